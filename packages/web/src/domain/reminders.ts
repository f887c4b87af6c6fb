import type { NudgeKind } from '@mentorspace/schema';

/** The reminders people can mute, in the order the settings list them, with who gets each. */
export const NUDGE_KINDS: { kind: NudgeKind; label: string; description: string; mentorOnly?: boolean }[] = [
  { kind: 'REQUEST_EXPIRING', label: 'Requests about to expire', description: 'Two days before a request to you expires unanswered.', mentorOnly: true },
  { kind: 'MENTORSHIP_STALLED', label: 'Stalled mentorships', description: 'No session for twice your agreed cadence (program admins hear about their program’s too).' },
  { kind: 'MILESTONE_DUE_SOON', label: 'Milestones due soon', description: 'Two days before a milestone you own is due.' },
  { kind: 'MILESTONE_OVERDUE', label: 'Overdue milestones', description: 'When a milestone you own passes its due date.' },
  { kind: 'REVIEW_OVERDUE', label: 'Overdue progress reviews', description: 'When a review is overdue on your agreed cadence.' },
];

/** The muted list after switching one kind on (`enabled`) or off. */
export function toggleMuted(muted: readonly NudgeKind[], kind: NudgeKind, enabled: boolean): NudgeKind[] {
  const rest = muted.filter((k) => k !== kind);
  return enabled ? rest : [...rest, kind].sort();
}
