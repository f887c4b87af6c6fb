import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MeetingCadence } from '../needs-assessments/needs-assessment.types.js';

export enum MentorshipStatus {
  PENDING_AGREEMENT = 'PENDING_AGREEMENT',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MentorshipStatus, {
  name: 'MentorshipStatus',
  description: 'Where a mentorship stands.',
  valuesConfig: {
    PENDING_AGREEMENT: { description: 'Matched; active once both acknowledge the same agreement version.' },
    ACTIVE: { description: 'Under way.' },
    PAUSED: { description: 'On hold; either person can resume it.' },
    COMPLETED: { description: 'Finished, possibly early (with a reason).' },
    CANCELLED: { description: 'Ended without completing.' },
  },
});

/** Mentorships that hold one of the mentor's places. */
export const OPEN_MENTORSHIP_STATUSES = [MentorshipStatus.PENDING_AGREEMENT, MentorshipStatus.ACTIVE, MentorshipStatus.PAUSED];

export enum CommunicationChannel {
  VIDEO = 'VIDEO',
  CHAT = 'CHAT',
  IN_PERSON = 'IN_PERSON',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
}
registerEnumType(CommunicationChannel, {
  name: 'CommunicationChannel',
  description: 'A way the pair agrees to talk.',
  valuesConfig: {
    VIDEO: { description: 'Video calls.' },
    CHAT: { description: 'Written messages.' },
    IN_PERSON: { description: 'Meeting face to face.' },
    EMAIL: { description: 'Email.' },
    PHONE: { description: 'Phone calls.' },
  },
});

@ObjectType({ description: 'What a mentor and mentee agree to expect of each other.' })
export class AgreementTerms {
  @Field(() => [String], { description: 'What they will work on.' })
  goals!: string[];

  @Field(() => [String], { description: 'How they will know it worked.' })
  desiredOutcomes!: string[];

  @Field(() => MeetingCadence, { description: 'How often they meet.' })
  meetingCadence!: MeetingCadence;

  @Field(() => Int, { description: 'Minutes per meeting.' })
  meetingLengthMinutes!: number;

  @Field(() => [CommunicationChannel], { description: 'How they talk between meetings.' })
  channels!: CommunicationChannel[];

  @Field(() => Int, { description: 'Hours within which each answers messages.' })
  responseTimeHours!: number;

  @Field(() => String, { description: 'What stays between them.' })
  confidentiality!: string;

  @Field(() => String, { nullable: true, description: 'Planned end, `YYYY-MM-DD`; null: open-ended.' })
  endDate!: string | null;

  @Field(() => Int, { description: 'Weeks between progress reviews.' })
  reviewEveryWeeks!: number;
}

@ObjectType({ description: 'One term that differs between two agreement versions.' })
export class AgreementChange {
  @Field(() => String, { description: 'The term, e.g. `meetingCadence`.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'Its value before, as JSON; null when newly set.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'Its value after, as JSON.' })
  after!: string | null;
}
