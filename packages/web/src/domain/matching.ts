import type { MatchFactor } from '../graphql/documents';

/**
 * The parts of a match score as people read them: what each factor is called,
 * and how a score, a share or a weight is written.
 */
export const FACTORS: ReadonlyArray<{ value: MatchFactor; label: string; description: string }> = [
  { value: 'GOALS', label: 'Goals', description: 'How much their expertise speaks to your goals.' },
  { value: 'SKILLS', label: 'Skills', description: 'How many of the skills you want to develop they have.' },
  { value: 'LANGUAGE', label: 'Language', description: 'Whether they mentor in a language you prefer.' },
  { value: 'AVAILABILITY', label: 'Availability', description: 'How much of their time falls in your daytime.' },
  { value: 'RESPONSIVENESS', label: 'Responsiveness', description: 'How fast they answer requests.' },
  { value: 'CAPACITY', label: 'Free places', description: 'How many of their places are free.' },
];

export const factorLabel = (factor: MatchFactor): string => FACTORS.find((entry) => entry.value === factor)?.label ?? factor;

/** The API's weights: 0 to 10 each, relative. */
export type Weights = Record<MatchFactor, number>;

export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 10;

/** A 0–1 fraction as a whole percentage: 0.824 → "82%". */
export function percent(fraction: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  return `${Math.round(clamped * 100)}%`;
}

/** Each weight's share of the whole, 0–1; all equal when every weight is 0. */
export function weightShares(weights: Weights): Weights {
  const total = FACTORS.reduce((sum, { value }) => sum + Math.max(0, weights[value]), 0);
  const shares = {} as Weights;
  for (const { value } of FACTORS) shares[value] = total > 0 ? Math.max(0, weights[value]) / total : 1 / FACTORS.length;
  return shares;
}

/** Whether two sets of weights are the same (to enable "Save these weights"). */
export function sameWeights(a: Weights, b: Weights): boolean {
  return FACTORS.every(({ value }) => Math.abs(a[value] - b[value]) < 1e-9);
}

/** Only the weights, without `__typename` or other fields, for the API's input. */
export function weightsInput(source: Partial<Record<MatchFactor, number>> & Record<string, unknown>): Weights {
  const weights = {} as Weights;
  for (const { value } of FACTORS) {
    const raw = source[value];
    weights[value] = typeof raw === 'number' && Number.isFinite(raw) ? Math.min(WEIGHT_MAX, Math.max(WEIGHT_MIN, raw)) : 1;
  }
  return weights;
}

/** How a weight reads beside its slider. */
export function weightLabel(weight: number): string {
  if (weight <= 0) return 'Ignored';
  if (weight < 3) return 'A little';
  if (weight < 6) return 'Some';
  if (weight < 9) return 'A lot';
  return 'Most';
}

/** Parts in the order worth reading: what added most to the score first. */
export function partsByContribution<Part extends { contribution: number; factor: MatchFactor }>(parts: readonly Part[]): Part[] {
  const order = (factor: MatchFactor) => FACTORS.findIndex((entry) => entry.value === factor);
  return [...parts].sort((a, b) => b.contribution - a.contribution || order(a.factor) - order(b.factor));
}

/** A few words for the whole score. */
export function fitLabel(score: number): string {
  if (score >= 0.75) return 'Strong fit';
  if (score >= 0.5) return 'Good fit';
  if (score >= 0.25) return 'Partial fit';
  return 'Weak fit';
}
