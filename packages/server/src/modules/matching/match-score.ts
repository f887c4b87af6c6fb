import { utcOffsetMinutes } from '../../time/zones.js';
import type { AvailabilityWindow, SkillLevel } from '../mentor-profiles/mentor-profile.types.js';
import type { MenteeGoal, SkillGap } from '../needs-assessments/needs-assessment.types.js';

/** The parts of a match score, each with a weight the mentee can change. */
export const MATCH_FACTORS = ['SKILLS', 'GOALS', 'AVAILABILITY', 'LANGUAGE', 'CAPACITY', 'RESPONSIVENESS'] as const;
export type MatchFactor = (typeof MATCH_FACTORS)[number];
export type MatchWeights = Record<MatchFactor, number>;

export const DEFAULT_WEIGHTS: MatchWeights = { SKILLS: 3, GOALS: 2, AVAILABILITY: 2, LANGUAGE: 2, CAPACITY: 1, RESPONSIVENESS: 1 };

/** The mentee's reachable hours, assumed every day in their own time zone. */
export const MENTEE_DAY = { start: 8 * 60, end: 22 * 60 };

export type MenteeNeeds = {
  skillsToDevelop: SkillGap[];
  goals: MenteeGoal[];
  preferredLanguages: string[];
  timeZone: string | null;
};

export type MentorOffer = {
  headline: string;
  expertise: string[];
  skills: SkillLevel[];
  languages: string[];
  timeZone: string;
  availability: AvailabilityWindow[];
  capacity: number;
  openMentorships: number;
  /** Median hours to a first answer on recent requests; null with none yet. */
  medianResponseHours: number | null;
};

export type ScorePart = { factor: MatchFactor; value: number; weight: number; contribution: number; explanation: string };
export type MatchScore = { score: number; parts: ScorePart[] };

const STOP_WORDS = new Set(
  'the and for with that this from into about your have more better become being what when how want get make able lead'.split(' '),
);
const words = (text: string): Set<string> =>
  new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3 && !STOP_WORDS.has(word)));

const listed = (names: string[], max = 3) =>
  names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;

function skills(mentee: MenteeNeeds, mentor: MentorOffer): Omit<ScorePart, 'factor' | 'weight' | 'contribution'> {
  if (!mentee.skillsToDevelop.length) return { value: 0, explanation: 'Add skills to develop to your needs assessment to match on them.' };
  const levels = new Map(mentor.skills.map((skill) => [skill.name.toLowerCase(), skill.level]));
  let covered = 0;
  let total = 0;
  const names: string[] = [];
  for (const gap of mentee.skillsToDevelop) {
    const weight = Math.max(1, gap.targetLevel - gap.currentLevel); // bigger gaps matter more
    const level = levels.get(gap.name.toLowerCase());
    total += weight;
    if (level !== undefined) {
      covered += weight * (level >= gap.targetLevel ? 1 : 0.5);
      names.push(gap.name);
    }
  }
  return {
    value: covered / total,
    explanation: names.length
      ? `Covers ${names.length} of your ${mentee.skillsToDevelop.length} skills to develop (${listed(names)}).`
      : `Covers none of your ${mentee.skillsToDevelop.length} skills to develop.`,
  };
}

function goals(mentee: MenteeNeeds, mentor: MentorOffer): Omit<ScorePart, 'factor' | 'weight' | 'contribution'> {
  if (!mentee.goals.length) return { value: 0, explanation: 'Add goals to your needs assessment to match on them.' };
  const offered = words([mentor.headline, ...mentor.expertise, ...mentor.skills.map((skill) => skill.name)].join(' '));
  const fitting = mentee.goals.filter((goal) => [...words(`${goal.title} ${goal.whyItMatters}`)].some((word) => offered.has(word)));
  return {
    value: fitting.length / mentee.goals.length,
    explanation: fitting.length
      ? `Their expertise speaks to ${fitting.length} of your ${mentee.goals.length} goals (${listed(fitting.map((goal) => `“${goal.title}”`), 2)}).`
      : 'Their expertise does not mention your goals.',
  };
}

const WEEK = 7 * 24 * 60;
/** Weekly intervals in UTC minutes from Monday 00:00, split where they wrap. */
function toUtc(intervals: [number, number][], offset: number): [number, number][] {
  return intervals.flatMap(([start, end]) => {
    const from = (((start - offset) % WEEK) + WEEK) % WEEK;
    const to = from + (end - start);
    return to <= WEEK ? [[from, to] as [number, number]] : [[from, WEEK] as [number, number], [0, to - WEEK] as [number, number]];
  });
}
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function weeklyOverlapHours(mentee: MenteeNeeds, mentor: MentorOffer, at = new Date()): number {
  const menteeZone = mentee.timeZone ?? mentor.timeZone;
  const menteeDays = toUtc(
    Array.from({ length: 7 }, (_, day) => [day * 1440 + MENTEE_DAY.start, day * 1440 + MENTEE_DAY.end]),
    utcOffsetMinutes(menteeZone, at),
  );
  const mentorWindows = toUtc(
    mentor.availability.map((window) => [(window.weekday - 1) * 1440 + minutes(window.startTime), (window.weekday - 1) * 1440 + minutes(window.endTime)]),
    utcOffsetMinutes(mentor.timeZone, at),
  );
  let overlap = 0;
  for (const [a1, a2] of mentorWindows) for (const [b1, b2] of menteeDays) overlap += Math.max(0, Math.min(a2, b2) - Math.max(a1, b1));
  return overlap / 60;
}

function availability(mentee: MenteeNeeds, mentor: MentorOffer, at: Date): Omit<ScorePart, 'factor' | 'weight' | 'contribution'> {
  if (!mentor.availability.length) return { value: 0, explanation: 'They have not shared when they are available.' };
  const hours = weeklyOverlapHours(mentee, mentor, at);
  const rounded = Math.round(hours * 2) / 2;
  return {
    value: Math.min(hours / 4, 1), // four or more shared hours a week is plenty
    explanation:
      hours > 0
        ? `${rounded} hour${rounded === 1 ? '' : 's'} a week of their availability fall in your daytime.`
        : 'None of their availability falls in your daytime.',
  };
}

function language(mentee: MenteeNeeds, mentor: MentorOffer): Omit<ScorePart, 'factor' | 'weight' | 'contribution'> {
  if (!mentee.preferredLanguages.length) return { value: 0.5, explanation: 'You set no language preference.' };
  const shared = mentee.preferredLanguages.filter((code) => mentor.languages.includes(code));
  if (!shared.length) return { value: 0, explanation: 'They mentor in none of your languages.' };
  const first = shared[0] === mentee.preferredLanguages[0];
  return {
    value: first ? 1 : 0.7,
    explanation: first ? `They mentor in your first language (${shared[0]}).` : `They mentor in ${listed(shared)}, not your first language.`,
  };
}

function capacity(mentor: MentorOffer): Omit<ScorePart, 'factor' | 'weight' | 'contribution'> {
  const free = Math.max(0, mentor.capacity - mentor.openMentorships);
  return { value: mentor.capacity ? free / mentor.capacity : 0, explanation: `${free} of ${mentor.capacity} places free.` };
}

function responsiveness(mentor: MentorOffer): Omit<ScorePart, 'factor' | 'weight' | 'contribution'> {
  const hours = mentor.medianResponseHours;
  if (hours === null) return { value: 0.5, explanation: 'No answered requests yet to judge by.' };
  const value = hours <= 24 ? 1 : Math.max(0, 1 - (hours - 24) / (13 * 24));
  const shown = hours < 24 ? `${Math.max(1, Math.round(hours))} hours` : `${Math.round(hours / 24)} days`;
  return { value, explanation: `Usually answers requests within ${shown}.` };
}

/**
 * Scores how well a mentor fits a mentee, as a weighted mean of six parts
 * (each 0 to 1), and says in words why. Pure and deterministic.
 */
export function scoreMatch(mentee: MenteeNeeds, mentor: MentorOffer, weights: MatchWeights, at = new Date()): MatchScore {
  const raw: Record<MatchFactor, Omit<ScorePart, 'factor' | 'weight' | 'contribution'>> = {
    SKILLS: skills(mentee, mentor),
    GOALS: goals(mentee, mentor),
    AVAILABILITY: availability(mentee, mentor, at),
    LANGUAGE: language(mentee, mentor),
    CAPACITY: capacity(mentor),
    RESPONSIVENESS: responsiveness(mentor),
  };
  const totalWeight = MATCH_FACTORS.reduce((sum, factor) => sum + weights[factor], 0) || 1;
  const parts = MATCH_FACTORS.map((factor) => {
    const weight = weights[factor] / totalWeight;
    return { factor, weight, value: raw[factor].value, contribution: weight * raw[factor].value, explanation: raw[factor].explanation };
  });
  return { score: parts.reduce((sum, part) => sum + part.contribution, 0), parts };
}
