import IconCompass from '@tabler/icons-react/icons/IconCompass';
import IconSeedling from '@tabler/icons-react/icons/IconSeedling';
import type { ComponentType } from 'react';

export type Role = 'mentee' | 'mentor';

export interface RoleChoice {
  value: Role;
  title: string;
  description: string;
  next: string;
  icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>;
}

export const ROLE_CHOICES: readonly RoleChoice[] = [
  {
    value: 'mentee',
    title: 'I am looking for a mentor',
    description: 'Get guidance from someone who has been where you want to go: on your career, a skill, or a hard decision.',
    next: 'Next, a short self-assessment: your goals, the skills you want to grow, and what has worked for you before. It helps mentors see how they can help.',
    icon: IconSeedling,
  },
  {
    value: 'mentor',
    title: 'I want to mentor others',
    description: 'Share what you have learned. You decide how many mentees you take on, how you meet, and when.',
    next: 'Next, your mentor profile: your expertise, the way you like to work, and when you are available.',
    icon: IconCompass,
  },
];
