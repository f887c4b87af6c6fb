import { describe, expect, it } from 'vitest';
import { NUDGE_KINDS, toggleMuted } from './reminders';

describe('reminder settings', () => {
  it('list every kind once', () => {
    expect(new Set(NUDGE_KINDS.map((k) => k.kind)).size).toBe(5);
  });

  it('mute and unmute one kind, keeping the others', () => {
    expect(toggleMuted(['REVIEW_OVERDUE'], 'MILESTONE_DUE_SOON', false)).toEqual(['MILESTONE_DUE_SOON', 'REVIEW_OVERDUE']);
    expect(toggleMuted(['MILESTONE_DUE_SOON', 'REVIEW_OVERDUE'], 'REVIEW_OVERDUE', true)).toEqual(['MILESTONE_DUE_SOON']);
    expect(toggleMuted([], 'REVIEW_OVERDUE', true)).toEqual([]);
  });
});
