import { describe, expect, it } from 'vitest';
import { chartGeometry, chartSummary } from './progress-chart';

const box = { width: 200, height: 120, padding: { top: 10, right: 10, bottom: 10, left: 10 } };

describe('progress chart', () => {
  it('places reviews by time and progress', () => {
    const geometry = chartGeometry(
      [
        { createdAt: '2027-01-01T00:00:00Z', averageProgress: 0 },
        { createdAt: '2027-01-03T00:00:00Z', averageProgress: 50 },
        { createdAt: '2027-01-05T00:00:00Z', averageProgress: 100 },
      ],
      box,
    );
    expect(geometry.points.map(({ x, y }) => [x, y])).toEqual([
      [10, 110],
      [100, 60],
      [190, 10],
    ]);
    expect(geometry.path).toBe('M10 110 L100 60 L190 10');
    expect(geometry.yTicks[0]).toEqual({ value: 0, y: 110 });
  });

  it('centres a single review and clamps values', () => {
    const geometry = chartGeometry([{ createdAt: '2027-01-01T00:00:00Z', averageProgress: 140 }], box);
    expect(geometry.points[0]).toMatchObject({ x: 100, y: 10 });
    expect(chartGeometry([], box).path).toBe('');
  });

  it('summarises the trend in words', () => {
    expect(chartSummary([])).toBe('No reviews yet.');
    expect(chartSummary([{ averageProgress: 33.4 }])).toBe('One review so far: average progress 33%.');
    expect(chartSummary([{ averageProgress: 20 }, { averageProgress: 65 }])).toBe('2 reviews: average progress went from 20% to 65% (up 45 points).');
  });
});
