import { blankIn, compactList } from '../../forms/compact-lists';
import type { MentoringFormat, MentorProfileFieldsFragment, ProfileVisibility, UpdateMentorProfileInput } from '../../graphql/documents';

export interface SkillRow {
  key: string;
  name: string;
  /** 1–5, null until chosen. */
  level: number | null;
}

export interface AvailabilityRow {
  key: string;
  /** ISO weekday as text ("1" is Monday), for a native select. */
  weekday: string;
  /** `HH:MM`, as `<input type="time">` gives it. */
  startTime: string;
  endTime: string;
}

export interface ProfileValues {
  headline: string;
  bio: string;
  yearsOfExperience: number | string;
  expertise: string[];
  skills: SkillRow[];
  industries: string[];
  qualities: string[];
  communicationStyle: string;
  formats: MentoringFormat[];
  languages: string[];
  timeZone: string;
  availability: AvailabilityRow[];
  capacity: number | string;
  acceptingRequests: boolean;
  visibility: ProfileVisibility;
}

export const PROFILE_FIELDS = [
  'headline',
  'bio',
  'yearsOfExperience',
  'expertise',
  'skills',
  'skills.*.name',
  'skills.*.level',
  'industries',
  'qualities',
  'communicationStyle',
  'formats',
  'languages',
  'timeZone',
  'availability',
  'availability.*.weekday',
  'availability.*.startTime',
  'availability.*.endTime',
  'capacity',
  'acceptingRequests',
  'visibility',
] as const;

/** The server's limits, so the editor can stop at them instead of failing on save. */
export const LIMITS = {
  headline: 120,
  expertise: 20,
  skills: 30,
  industries: 10,
  qualities: 10,
  languages: 10,
  availability: 28,
  tag: 60,
  years: 70,
  capacity: 20,
} as const;

let lastKey = 0;
const newKey = () => `row-${++lastKey}`;

export const emptySkill = (): SkillRow => ({ key: newKey(), name: '', level: null });
export const newWindow = (weekday = '1'): AvailabilityRow => ({ key: newKey(), weekday, startTime: '18:00', endTime: '19:00' });

const isBlankSkill = blankIn<SkillRow>('name', 'level');

/** A new profile starts as the server would create it (2 mentees, accepting, informal and video, members only) in the browser's zone. */
export function toFormValues(saved: MentorProfileFieldsFragment | null | undefined, defaultTimeZone: string): ProfileValues {
  if (!saved) {
    return {
      headline: '',
      bio: '',
      yearsOfExperience: '',
      expertise: [],
      skills: [emptySkill()],
      industries: [],
      qualities: [],
      communicationStyle: '',
      formats: ['INFORMAL', 'VIDEO'],
      languages: [],
      timeZone: defaultTimeZone,
      availability: [],
      capacity: 2,
      acceptingRequests: true,
      visibility: 'MEMBERS',
    };
  }
  return {
    headline: saved.headline,
    bio: saved.bio,
    yearsOfExperience: saved.yearsOfExperience ?? '',
    expertise: [...saved.expertise],
    skills: saved.skills.map((skill) => ({ key: newKey(), name: skill.name, level: skill.level })),
    industries: [...saved.industries],
    qualities: [...saved.qualities],
    communicationStyle: saved.communicationStyle,
    formats: [...saved.formats],
    languages: [...saved.languages],
    timeZone: saved.timeZone,
    availability: saved.availability.map((window) => ({
      key: newKey(),
      weekday: String(window.weekday),
      startTime: window.startTime,
      endTime: window.endTime,
    })),
    capacity: saved.capacity,
    acceptingRequests: saved.acceptingRequests,
    visibility: saved.visibility,
  };
}

/** A number input's value as the API wants it: an integer, or null when left empty. */
export function wholeNumberOrNull(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : null;
  const trimmed = value.trim();
  return trimmed === '' || Number.isNaN(Number(trimmed)) ? null : Math.trunc(Number(trimmed));
}

const cleanTags = (tags: readonly string[]) => tags.map((tag) => tag.trim()).filter(Boolean);

export function toInput(values: ProfileValues): { input: UpdateMentorProfileInput; rows: Record<'skills' | 'availability', number[]> } {
  const skills = compactList(values.skills, isBlankSkill);
  return {
    input: {
      headline: values.headline.trim(),
      bio: values.bio.trim(),
      yearsOfExperience: wholeNumberOrNull(values.yearsOfExperience),
      expertise: cleanTags(values.expertise),
      skills: skills.items.map(({ name, level }) => ({ name: name.trim(), level: level ?? 0 })),
      industries: cleanTags(values.industries),
      qualities: cleanTags(values.qualities),
      communicationStyle: values.communicationStyle.trim(),
      formats: values.formats,
      languages: values.languages,
      timeZone: values.timeZone,
      availability: values.availability.map(({ weekday, startTime, endTime }) => ({ weekday: Number(weekday), startTime, endTime })),
      capacity: wholeNumberOrNull(values.capacity) ?? 0,
      acceptingRequests: values.acceptingRequests,
      visibility: values.visibility,
    },
    rows: { skills: skills.formIndex, availability: values.availability.map((_, index) => index) },
  };
}

export function validate(values: ProfileValues): Record<string, string> {
  const errors: Record<string, string> = {};
  values.skills.forEach((skill, index) => {
    if (isBlankSkill(skill)) return;
    if (!skill.name.trim()) errors[`skills.${index}.name`] = 'Name the skill, or remove it.';
    if (skill.level === null) errors[`skills.${index}.level`] = 'Choose your level.';
  });
  values.availability.forEach((window, index) => {
    if (!window.startTime) errors[`availability.${index}.startTime`] = 'Choose a start time.';
    if (!window.endTime) errors[`availability.${index}.endTime`] = 'Choose an end time.';
    else if (window.startTime && window.endTime <= window.startTime) errors[`availability.${index}.endTime`] = 'End after it starts.';
  });
  if (!values.timeZone) errors.timeZone = 'Choose your time zone.';
  if (wholeNumberOrNull(values.capacity) === null) errors.capacity = 'Say how many mentees you can take on (0 to 20).';
  return errors;
}
