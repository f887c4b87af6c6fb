import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** The reminders Mentorspace sends by itself. Each person may mute any of them. */
export enum NudgeKind {
  REQUEST_EXPIRING = 'REQUEST_EXPIRING',
  MENTORSHIP_STALLED = 'MENTORSHIP_STALLED',
  MILESTONE_DUE_SOON = 'MILESTONE_DUE_SOON',
  MILESTONE_OVERDUE = 'MILESTONE_OVERDUE',
  REVIEW_OVERDUE = 'REVIEW_OVERDUE',
}
registerEnumType(NudgeKind, {
  name: 'NudgeKind',
  description: 'A kind of reminder Mentorspace sends by itself (a notification, and mail for those who opt in).',
  valuesConfig: {
    REQUEST_EXPIRING: { description: 'To a mentor: a request to them expires within two days unanswered.' },
    MENTORSHIP_STALLED: { description: 'To both people (and program admins): no session for twice the agreed cadence.' },
    MILESTONE_DUE_SOON: { description: "To the goal's owner (or both): a milestone is due within two days." },
    MILESTONE_OVERDUE: { description: "To the goal's owner (or both): a milestone's due date has passed." },
    REVIEW_OVERDUE: { description: 'To both people: a progress review is overdue on the agreed cadence.' },
  },
});

export const ALL_NUDGE_KINDS: readonly NudgeKind[] = Object.values(NudgeKind);

/** The notification type each kind appears as on the person's stream (`user:<uuid>`). */
export const NOTIFICATION_TYPE: Record<NudgeKind, string> = {
  [NudgeKind.REQUEST_EXPIRING]: 'nudge.request_expiring',
  [NudgeKind.MENTORSHIP_STALLED]: 'nudge.mentorship_stalled',
  [NudgeKind.MILESTONE_DUE_SOON]: 'nudge.milestone_due_soon',
  [NudgeKind.MILESTONE_OVERDUE]: 'nudge.milestone_overdue',
  [NudgeKind.REVIEW_OVERDUE]: 'nudge.review_overdue',
};

@ObjectType({ description: 'Which reminders you get, and whether they also come by mail.' })
export class NudgeSettings {
  @Field(() => [NudgeKind], { description: 'Kinds you muted: you get neither a notification nor mail for them.' })
  mutedKinds!: NudgeKind[];

  @Field(() => Boolean, { description: 'Whether reminders you have not muted also come by mail (to a verified address).' })
  email!: boolean;
}
