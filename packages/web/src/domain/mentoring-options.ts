import type { GoalHorizon, MeetingCadence, MentoringFormat, ProfileVisibility, SupportKind } from '../graphql/documents';

/**
 * What each of the API's choices is called on screen, with a line to explain
 * it. Typed by the generated enums: a value added to the schema fails the build
 * until it has its words here.
 */
export interface Choice<Value extends string> {
  value: Value;
  label: string;
  description: string;
}

const choices = <Value extends string>(record: Record<Value, Omit<Choice<Value>, 'value'>>): Array<Choice<Value>> =>
  (Object.entries(record) as Array<[Value, Omit<Choice<Value>, 'value'>]>).map(([value, rest]) => ({ value, ...rest }));

export const FORMATS = choices<MentoringFormat>({
  VIDEO: { label: 'Video calls', description: 'Talk face to face, on a call.' },
  CHAT: { label: 'Chat', description: 'Written messages, at your own pace.' },
  INFORMAL: { label: 'Informal', description: 'Meet when it suits you both, without a set structure.' },
  FORMAL_PROGRAM: { label: 'Formal program', description: 'Within an organisation’s mentoring program.' },
});

export const VISIBILITIES = choices<ProfileVisibility>({
  PUBLIC: { label: 'Public', description: 'Anyone can see it, including apps you give a profile:read token.' },
  MEMBERS: { label: 'Members only', description: 'Anyone signed in to Mentorspace can see it.' },
  HIDDEN: { label: 'Hidden', description: 'Only you see it; you do not appear in search.' },
});

export const SUPPORT_KINDS = choices<SupportKind>({
  CAREER_GUIDANCE: { label: 'Career guidance', description: 'Choosing a direction, changing roles, growing into the next step.' },
  SKILL_DEVELOPMENT: { label: 'Skill development', description: 'Getting better at something specific, with practice and feedback.' },
  NETWORKING: { label: 'Networking', description: 'Meeting people in your field and finding opportunities.' },
  ENCOURAGEMENT: { label: 'Encouragement', description: 'Someone in your corner when things are hard or uncertain.' },
});

export const CADENCES = choices<MeetingCadence>({
  WEEKLY: { label: 'Weekly', description: 'Steady momentum on an active goal.' },
  EVERY_TWO_WEEKS: { label: 'Every two weeks', description: 'Time to try things between sessions.' },
  MONTHLY: { label: 'Monthly', description: 'A regular check-in on longer goals.' },
  AS_NEEDED: { label: 'As needed', description: 'Meet when something comes up.' },
});

export const HORIZONS = choices<GoalHorizon>({
  SHORT_TERM: { label: 'Short term', description: 'Within the next few months.' },
  LONG_TERM: { label: 'Long term', description: 'A year or more away.' },
});

/** Skill levels 1–5, as the API counts them. */
export const LEVELS: ReadonlyArray<{ value: number; label: string }> = [
  { value: 1, label: 'Beginner' },
  { value: 2, label: 'Learning' },
  { value: 3, label: 'Capable' },
  { value: 4, label: 'Advanced' },
  { value: 5, label: 'Expert' },
];

export const levelLabel = (level: number): string => LEVELS.find((entry) => entry.value === level)?.label ?? String(level);

/** ISO weekdays: 1 is Monday. */
export const WEEKDAYS: ReadonlyArray<{ value: number; label: string }> = [
  { value: 1, label: 'Monday' },
  { value: 2, label: 'Tuesday' },
  { value: 3, label: 'Wednesday' },
  { value: 4, label: 'Thursday' },
  { value: 5, label: 'Friday' },
  { value: 6, label: 'Saturday' },
  { value: 7, label: 'Sunday' },
];

export const labelOf = <Value extends string>(list: ReadonlyArray<Choice<Value>>, value: Value): string =>
  list.find((choice) => choice.value === value)?.label ?? value;
