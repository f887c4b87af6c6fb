/**
 * The demo cast: an organisation's admin, mentors and mentees with
 * real-looking profiles. Addresses are at example.com (reserved, never
 * delivered), so demo data cannot mail a real person.
 */
export const DEMO_PASSWORD = 'mentorspace-demo';
export const DEMO_DOMAIN = 'example.com';

export const ORGANISATION = 'Lumen Labs';
export const PROGRAM = {
  name: 'New Managers Program',
  description:
    'Six months of one-to-one mentoring for people in their first management role: running a team, giving feedback, hiring, and looking after yourself while you learn.',
  question: 'What would you like to get out of the program?',
};

export type DemoMentor = {
  key: string;
  name: string;
  profile: {
    headline: string;
    bio: string;
    expertise: string[];
    skills: { name: string; level: number }[];
    yearsOfExperience: number;
    industries: string[];
    qualities: string[];
    communicationStyle: string;
    languages: string[];
    timeZone: string;
    availability: { weekday: number; startTime: string; endTime: string }[];
    capacity: number;
    formats: string[];
  };
};

export type DemoMentee = {
  key: string;
  name: string;
  needs: {
    goals: { title: string; horizon: 'SHORT_TERM' | 'LONG_TERM'; whyItMatters: string }[];
    skillsToDevelop: { name: string; currentLevel: number; targetLevel: number }[];
    supportKinds: string[];
    preferredCadence: string;
    preferredLanguages: string[];
    timeZone: string;
  };
};

export const ADMIN = { key: 'olivia', name: 'Olivia Grant' };

export const MENTORS: DemoMentor[] = [
  {
    key: 'priya',
    name: 'Priya Raman',
    profile: {
      headline: 'Engineering manager who loves helping new leads find their footing',
      bio: 'I lead two product engineering teams at a health-tech company. I became a manager by accident twelve years ago and made every mistake in the book, so I enjoy helping people skip a few of them. I care about clear feedback, calm planning and teams that trust each other.',
      expertise: ['Engineering management', 'Leadership', 'Team health'],
      skills: [
        { name: 'Giving feedback', level: 5 },
        { name: 'Delegation', level: 5 },
        { name: 'Hiring', level: 4 },
        { name: 'Roadmap planning', level: 4 },
      ],
      yearsOfExperience: 12,
      industries: ['Health tech', 'SaaS'],
      qualities: ['patient', 'direct', 'practical'],
      communicationStyle: 'Short weekly calls with a clear agenda; quick questions in chat any time.',
      languages: ['en', 'ta'],
      timeZone: 'Europe/London',
      availability: [
        { weekday: 2, startTime: '17:00', endTime: '19:00' },
        { weekday: 4, startTime: '12:00', endTime: '13:30' },
      ],
      capacity: 3,
      formats: ['FORMAL_PROGRAM', 'VIDEO', 'CHAT'],
    },
  },
  {
    key: 'daniel',
    name: 'Daniel Okafor',
    profile: {
      headline: 'Product director: strategy, prioritisation and stakeholder wrangling',
      bio: 'Fifteen years in product, the last six leading product managers across fintech and logistics. I help new managers turn a pile of requests into a strategy their team believes in, and say no without burning bridges.',
      expertise: ['Product management', 'Strategy', 'Stakeholder management'],
      skills: [
        { name: 'Prioritisation', level: 5 },
        { name: 'Stakeholder management', level: 5 },
        { name: 'Public speaking', level: 4 },
      ],
      yearsOfExperience: 15,
      industries: ['Fintech', 'Logistics'],
      qualities: ['curious', 'encouraging'],
      communicationStyle: 'Video every other week, with written notes afterwards.',
      languages: ['en', 'fr'],
      timeZone: 'Africa/Lagos',
      availability: [{ weekday: 3, startTime: '16:00', endTime: '18:00' }],
      capacity: 3,
      formats: ['FORMAL_PROGRAM', 'VIDEO'],
    },
  },
  {
    key: 'sofia',
    name: 'Sofia Marquez',
    profile: {
      headline: 'Design lead building calm, inclusive design teams',
      bio: 'I run a design team of nine and built our design system from scratch. I mentor designers moving into leadership, especially around critique culture, design ops and speaking up for research.',
      expertise: ['Design leadership', 'Design systems', 'UX research'],
      skills: [
        { name: 'Design critique', level: 5 },
        { name: 'Facilitation', level: 4 },
        { name: 'Giving feedback', level: 4 },
      ],
      yearsOfExperience: 10,
      industries: ['E-commerce', 'Media'],
      qualities: ['warm', 'thoughtful'],
      communicationStyle: 'Monthly deep-dives, and I answer chat within a couple of days.',
      languages: ['en', 'es'],
      timeZone: 'Europe/Madrid',
      availability: [{ weekday: 1, startTime: '18:00', endTime: '20:00' }],
      capacity: 2,
      formats: ['FORMAL_PROGRAM', 'VIDEO', 'CHAT'],
    },
  },
  {
    key: 'henrik',
    name: 'Henrik Larsen',
    profile: {
      headline: 'Staff engineer turned engineering director; career paths and growth',
      bio: 'I have been an individual contributor and a manager twice each. I help people decide which path suits them, build a growth plan, and have honest career conversations with their own reports.',
      expertise: ['Career development', 'Engineering management'],
      skills: [
        { name: 'Career coaching', level: 5 },
        { name: 'System design', level: 5 },
        { name: 'Delegation', level: 3 },
      ],
      yearsOfExperience: 18,
      industries: ['Energy', 'SaaS'],
      qualities: ['calm', 'honest'],
      communicationStyle: 'Weekly half-hours; I like a written update before each one.',
      languages: ['en', 'da'],
      timeZone: 'Europe/Copenhagen',
      availability: [{ weekday: 5, startTime: '09:00', endTime: '11:00' }],
      capacity: 2,
      formats: ['FORMAL_PROGRAM', 'INFORMAL', 'VIDEO'],
    },
  },
];

const mentee = (
  key: string,
  name: string,
  timeZone: string,
  goals: DemoMentee['needs']['goals'],
  skills: DemoMentee['needs']['skillsToDevelop'],
  preferredCadence = 'WEEKLY',
): DemoMentee => ({
  key,
  name,
  needs: { goals, skillsToDevelop: skills, supportKinds: ['SKILL_DEVELOPMENT', 'CAREER_GUIDANCE'], preferredCadence, preferredLanguages: ['en'], timeZone },
});

export const MENTEES: DemoMentee[] = [
  mentee(
    'amara',
    'Amara Osei',
    'Europe/London',
    [
      { title: 'Run my first team retrospective', horizon: 'SHORT_TERM', whyItMatters: 'My team of five has never had one and I want us to improve together.' },
      { title: 'Give difficult feedback with confidence', horizon: 'SHORT_TERM', whyItMatters: 'I avoid hard conversations and it is starting to hurt the team.' },
      { title: 'Build a hiring plan', horizon: 'LONG_TERM', whyItMatters: 'We are growing to eight people this year.' },
    ],
    [
      { name: 'Giving feedback', currentLevel: 2, targetLevel: 4 },
      { name: 'Hiring', currentLevel: 1, targetLevel: 3 },
    ],
  ),
  mentee(
    'lucas',
    'Lucas Moreau',
    'Europe/Paris',
    [
      { title: 'Say no to stakeholders without drama', horizon: 'SHORT_TERM', whyItMatters: 'My team is drowning in requests.' },
      { title: 'Write a product strategy my team believes in', horizon: 'LONG_TERM', whyItMatters: 'We need a direction beyond the next sprint.' },
    ],
    [{ name: 'Prioritisation', currentLevel: 2, targetLevel: 4 }],
    'EVERY_TWO_WEEKS',
  ),
  mentee(
    'mei',
    'Mei Chen',
    'Asia/Singapore',
    [
      { title: 'Set up a weekly design critique', horizon: 'SHORT_TERM', whyItMatters: 'Feedback only happens right before launch.' },
      { title: 'Grow into a design lead role', horizon: 'LONG_TERM', whyItMatters: 'I was promoted last month and feel out of my depth.' },
    ],
    [{ name: 'Facilitation', currentLevel: 2, targetLevel: 4 }],
    'MONTHLY',
  ),
  mentee(
    'jonas',
    'Jonas Weber',
    'Europe/Berlin',
    [{ title: 'Delegate without losing quality', horizon: 'SHORT_TERM', whyItMatters: 'I still review every pull request myself.' }],
    [{ name: 'Delegation', currentLevel: 1, targetLevel: 3 }],
  ),
  mentee(
    'aisha',
    'Aisha Khan',
    'Asia/Dubai',
    [{ title: 'Decide between the manager and staff engineer paths', horizon: 'LONG_TERM', whyItMatters: 'I have an offer for both and need to choose.' }],
    [{ name: 'Career planning', currentLevel: 2, targetLevel: 4 }],
  ),
  mentee(
    'tom',
    'Tom Becker',
    'Europe/Vienna',
    [{ title: 'Run better one-to-ones', horizon: 'SHORT_TERM', whyItMatters: 'Mine turn into status updates.' }],
    [{ name: 'Coaching', currentLevel: 1, targetLevel: 3 }],
    'EVERY_TWO_WEEKS',
  ),
  // Not in the program: they ask mentors directly.
  mentee(
    'nora',
    'Nora Lindqvist',
    'Europe/Stockholm',
    [{ title: 'Prepare for my first leadership interview', horizon: 'SHORT_TERM', whyItMatters: 'The interview is next month.' }],
    [{ name: 'Interviewing', currentLevel: 2, targetLevel: 4 }],
  ),
  mentee(
    'ravi',
    'Ravi Patel',
    'Asia/Kolkata',
    [{ title: 'Move from senior engineer to tech lead', horizon: 'LONG_TERM', whyItMatters: 'I want to grow without leaving engineering.' }],
    [{ name: 'System design', currentLevel: 3, targetLevel: 5 }],
  ),
];

export const emailOf = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${DEMO_DOMAIN}`;
