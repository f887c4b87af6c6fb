import { blankIn, compactList } from '../../forms/compact-lists';
import type {
  GoalHorizon,
  MeetingCadence,
  MentoringFormat,
  NeedsAssessmentFieldsFragment,
  SupportKind,
  UpdateNeedsAssessmentInput,
} from '../../graphql/documents';

/** The editor's values: the API's shape, plus a React key per row and `null` for levels not chosen yet. */
export interface GoalRow {
  key: string;
  /** The saved goal's id, sent back so it stays the same goal (mentorship requests point at it); null for a new one. */
  id: string | null;
  title: string;
  horizon: GoalHorizon;
  whyItMatters: string;
}

export interface SkillGapRow {
  key: string;
  name: string;
  currentLevel: number | null;
  targetLevel: number | null;
}

export interface ReflectionRow {
  key: string;
  situation: string;
  whatWorked: string;
  whatDidNot: string;
}

export interface NeedsAssessmentValues {
  goals: GoalRow[];
  skillsToDevelop: SkillGapRow[];
  reflections: ReflectionRow[];
  supportKinds: SupportKind[];
  preferredFormats: MentoringFormat[];
  /** '' while there is no preference. */
  preferredCadence: MeetingCadence | '';
  preferredLanguages: string[];
  timeZone: string;
}

/** Where the form shows errors the server reports (see `useServerForm`). */
export const NEEDS_ASSESSMENT_FIELDS = [
  'goals',
  'goals.*.title',
  'goals.*.horizon',
  'goals.*.whyItMatters',
  'skillsToDevelop',
  'skillsToDevelop.*.name',
  'skillsToDevelop.*.currentLevel',
  'skillsToDevelop.*.targetLevel',
  'reflections',
  'reflections.*.situation',
  'reflections.*.whatWorked',
  'reflections.*.whatDidNot',
  'supportKinds',
  'preferredFormats',
  'preferredCadence',
  'preferredLanguages',
  'timeZone',
] as const;

export const LIMITS = { goals: 10, skillsToDevelop: 20, reflections: 10, preferredLanguages: 5 } as const;

let lastKey = 0;
const newKey = () => `row-${++lastKey}`;

export const emptyGoal = (): GoalRow => ({ key: newKey(), id: null, title: '', horizon: 'SHORT_TERM', whyItMatters: '' });
export const emptySkillGap = (): SkillGapRow => ({ key: newKey(), name: '', currentLevel: null, targetLevel: null });
export const emptyReflection = (): ReflectionRow => ({ key: newKey(), situation: '', whatWorked: '', whatDidNot: '' });

const isBlankGoal = blankIn<GoalRow>('title', 'whyItMatters');
const isBlankSkillGap = blankIn<SkillGapRow>('name', 'currentLevel', 'targetLevel');
const isBlankReflection = blankIn<ReflectionRow>('situation', 'whatWorked', 'whatDidNot');

/**
 * The editor's starting values. A first assessment starts with one empty goal,
 * skill and reflection to fill in, and the browser's time zone.
 */
export function toFormValues(saved: NeedsAssessmentFieldsFragment | null | undefined, defaultTimeZone: string): NeedsAssessmentValues {
  if (!saved) {
    return {
      goals: [emptyGoal()],
      skillsToDevelop: [emptySkillGap()],
      reflections: [emptyReflection()],
      supportKinds: [],
      preferredFormats: [],
      preferredCadence: '',
      preferredLanguages: [],
      timeZone: defaultTimeZone,
    };
  }
  return {
    goals: saved.goals.map((goal) => ({
      key: newKey(),
      id: goal.id,
      title: goal.title,
      horizon: goal.horizon,
      whyItMatters: goal.whyItMatters,
    })),
    skillsToDevelop: saved.skillsToDevelop.map((gap) => ({
      key: newKey(),
      name: gap.name,
      currentLevel: gap.currentLevel,
      targetLevel: gap.targetLevel,
    })),
    reflections: saved.reflections.map((reflection) => ({
      key: newKey(),
      situation: reflection.situation,
      whatWorked: reflection.whatWorked,
      whatDidNot: reflection.whatDidNot,
    })),
    supportKinds: [...saved.supportKinds],
    preferredFormats: [...saved.preferredFormats],
    preferredCadence: saved.preferredCadence ?? '',
    preferredLanguages: [...saved.preferredLanguages],
    timeZone: saved.timeZone ?? defaultTimeZone,
  };
}

export interface NeedsAssessmentSubmission {
  input: UpdateNeedsAssessmentInput;
  /** For each list, the form row each sent item came from (see `toFormRows`). */
  rows: Record<'goals' | 'skillsToDevelop' | 'reflections', number[]>;
}

/** The whole assessment to send: rows left empty are dropped, text is trimmed. */
export function toInput(values: NeedsAssessmentValues): NeedsAssessmentSubmission {
  const goals = compactList(values.goals, isBlankGoal);
  const gaps = compactList(values.skillsToDevelop, isBlankSkillGap);
  const reflections = compactList(values.reflections, isBlankReflection);
  return {
    input: {
      goals: goals.items.map(({ id, title, horizon, whyItMatters }) => ({
        ...(id ? { id } : {}),
        title: title.trim(),
        horizon,
        whyItMatters: whyItMatters.trim(),
      })),
      skillsToDevelop: gaps.items.map(({ name, currentLevel, targetLevel }) => ({
        name: name.trim(),
        // validate() makes sure both are chosen before anything is sent.
        currentLevel: currentLevel ?? 0,
        targetLevel: targetLevel ?? 0,
      })),
      reflections: reflections.items.map(({ situation, whatWorked, whatDidNot }) => ({
        situation: situation.trim(),
        whatWorked: whatWorked.trim(),
        whatDidNot: whatDidNot.trim(),
      })),
      supportKinds: values.supportKinds,
      preferredFormats: values.preferredFormats,
      preferredCadence: values.preferredCadence || null,
      preferredLanguages: values.preferredLanguages,
      timeZone: values.timeZone || null,
    },
    rows: { goals: goals.formIndex, skillsToDevelop: gaps.formIndex, reflections: reflections.formIndex },
  };
}

/** Quick checks before sending, for the rows someone started; empty rows are fine (they are dropped). */
export function validate(values: NeedsAssessmentValues): Record<string, string> {
  const errors: Record<string, string> = {};
  values.goals.forEach((goal, index) => {
    if (!isBlankGoal(goal) && !goal.title.trim()) errors[`goals.${index}.title`] = 'Name the goal, or remove it.';
  });
  values.skillsToDevelop.forEach((gap, index) => {
    if (isBlankSkillGap(gap)) return;
    const at = `skillsToDevelop.${index}`;
    if (!gap.name.trim()) errors[`${at}.name`] = 'Name the skill, or remove it.';
    if (gap.currentLevel === null) errors[`${at}.currentLevel`] = 'Choose where you are now.';
    if (gap.targetLevel === null) errors[`${at}.targetLevel`] = 'Choose where you want to be.';
    else if (gap.currentLevel !== null && gap.targetLevel <= gap.currentLevel) errors[`${at}.targetLevel`] = 'Aim above where you are now.';
  });
  values.reflections.forEach((reflection, index) => {
    if (!isBlankReflection(reflection) && !reflection.situation.trim()) {
      errors[`reflections.${index}.situation`] = 'Describe the situation, or remove this reflection.';
    }
  });
  return errors;
}
