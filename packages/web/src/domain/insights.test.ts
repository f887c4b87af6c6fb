import { describe, expect, it } from 'vitest';
import { cadencePercent, completionChartData, csvFilename, formatHours, ratingsChartData, statusChartData, weeklyChartData } from './insights';

describe('insights charts', () => {
  it('show only statuses that occur, with their labels and colours', () => {
    expect(
      statusChartData([
        { status: 'PENDING_AGREEMENT', count: 1 },
        { status: 'ACTIVE', count: 3 },
        { status: 'CANCELLED', count: 0 },
      ]),
    ).toEqual([
      { name: 'Agreeing terms', value: 1, color: 'orange.6' },
      { name: 'Active', value: 3, color: 'spruce.6' },
    ]);
  });

  it('label weeks by their Monday, in UTC', () => {
    expect(weeklyChartData([{ weekStart: '2026-09-07', sessions: 2 }])).toEqual([{ week: 'Sep 7', Sessions: 2 }]);
  });

  it('give the share of promised sessions held, or null before any were promised', () => {
    expect(cadencePercent({ held: 24, expected: 22, mentorshipsMeasured: 4, mentorshipsOnCadence: 3, weekly: [] })).toBe(109);
    expect(cadencePercent({ held: 0, expected: 0, mentorshipsMeasured: 0, mentorshipsOnCadence: 0, weekly: [] })).toBeNull();
  });

  it('split milestones into done, open and overdue', () => {
    expect(completionChartData({ goals: 8, goalsCompleted: 2, milestones: 17, milestonesDone: 10, milestonesOverdue: 1 })).toEqual([
      { item: 'Goals', Done: 2, Open: 6, Overdue: 0 },
      { item: 'Milestones', Done: 10, Open: 6, Overdue: 1 },
    ]);
  });

  it('show rating averages only when the server shared them', () => {
    const reviews = { reviews: 2, raters: 2, averageRating: null, averageProgress: null };
    expect(ratingsChartData(null, reviews)).toEqual([]);
    expect(ratingsChartData({ givers: 3, helpfulness: 4.5, clarity: 4, preparation: 3.5, listening: 5 }, { ...reviews, averageRating: 4.2 }).map((bar) => bar.Average)).toEqual([
      4.5, 4, 3.5, 5, 4.2,
    ]);
  });

  it('say hours the way people do, and name the CSV after the program and day', () => {
    expect(formatHours(null)).toBe('—');
    expect(formatHours(30.4)).toBe('30 h');
    expect(formatHours(60)).toBe('2.5 days');
    expect(csvFilename('New Managers Program', '2026-11-26T01:29:40.006Z')).toBe('new-managers-program-insights-2026-11-26.csv');
    expect(csvFilename('***', '2026-11-26T00:00:00Z')).toBe('program-insights-2026-11-26.csv');
  });
});
