import { describe, expect, it } from 'vitest';
import { fitLabel, partsByContribution, percent, sameWeights, weightLabel, weightShares, weightsInput, type Weights } from './matching';

const even: Weights = { GOALS: 1, SKILLS: 1, LANGUAGE: 1, AVAILABILITY: 1, RESPONSIVENESS: 1, CAPACITY: 1 };

describe('matching', () => {
  it('writes fractions as whole percentages, clamped', () => {
    expect(percent(0.824)).toBe('82%');
    expect(percent(0.825)).toBe('83%');
    expect(percent(1.2)).toBe('100%');
    expect(percent(-1)).toBe('0%');
    expect(percent(Number.NaN)).toBe('0%');
  });

  it('turns weights into shares of the whole', () => {
    const shares = weightShares({ ...even, GOALS: 5, CAPACITY: 0 });
    expect(shares.GOALS).toBeCloseTo(5 / 9);
    expect(shares.CAPACITY).toBe(0);
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    const zero = weightShares({ ...even, GOALS: 0, SKILLS: 0, LANGUAGE: 0, AVAILABILITY: 0, RESPONSIVENESS: 0, CAPACITY: 0 });
    expect(zero.GOALS).toBeCloseTo(1 / 6);
  });

  it('compares and cleans weights for the API', () => {
    expect(sameWeights(even, { ...even })).toBe(true);
    expect(sameWeights(even, { ...even, SKILLS: 2 })).toBe(false);
    expect(weightsInput({ __typename: 'MatchWeights', ...even, GOALS: 14, SKILLS: -2 })).toEqual({ ...even, GOALS: 10, SKILLS: 0 });
    expect(weightsInput({})).toEqual(even);
  });

  it('orders parts by what they added, then in the usual factor order', () => {
    const parts = [
      { factor: 'CAPACITY' as const, contribution: 0.1 },
      { factor: 'LANGUAGE' as const, contribution: 0.3 },
      { factor: 'GOALS' as const, contribution: 0.1 },
    ];
    expect(partsByContribution(parts).map((part) => part.factor)).toEqual(['LANGUAGE', 'GOALS', 'CAPACITY']);
    expect(parts[0]!.factor).toBe('CAPACITY'); // not mutated
  });

  it('names weights and scores in words', () => {
    expect(weightLabel(0)).toBe('Ignored');
    expect(weightLabel(1)).toBe('A little');
    expect(weightLabel(5)).toBe('Some');
    expect(weightLabel(10)).toBe('Most');
    expect(fitLabel(0.8)).toBe('Strong fit');
    expect(fitLabel(0.5)).toBe('Good fit');
    expect(fitLabel(0.1)).toBe('Weak fit');
  });
});
