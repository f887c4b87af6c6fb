import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum MentorshipRequestStatus {
  PENDING = 'PENDING',
  INFO_REQUESTED = 'INFO_REQUESTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}
registerEnumType(MentorshipRequestStatus, {
  name: 'MentorshipRequestStatus',
  description: 'Where a request stands. PENDING and INFO_REQUESTED are open; the others are final.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the mentor.' },
    INFO_REQUESTED: { description: 'The mentor asked a question; waiting for the mentee.' },
    ACCEPTED: { description: 'A mentorship was created.' },
    DECLINED: { description: 'The mentor said no, with a reason.' },
    WITHDRAWN: { description: 'The mentee took it back.' },
    EXPIRED: { description: 'Nobody answered in time.' },
  },
});

export const OPEN_REQUEST_STATUSES = [MentorshipRequestStatus.PENDING, MentorshipRequestStatus.INFO_REQUESTED];

export enum RequestParty {
  MENTOR = 'MENTOR',
  MENTEE = 'MENTEE',
}
registerEnumType(RequestParty, {
  name: 'RequestParty',
  description: 'Which side of a request.',
  valuesConfig: {
    MENTOR: { description: 'The mentor who was asked.' },
    MENTEE: { description: 'The mentee who asked.' },
  },
});

@ObjectType({ description: 'A question from the mentor or an answer from the mentee, on a request.' })
export class RequestExchange {
  @Field(() => RequestParty, { description: 'Who wrote it.' })
  from!: RequestParty;

  @Field(() => String, { description: 'The question or answer.' })
  body!: string;

  @Field(() => Date, { description: 'When it was written.' })
  at!: Date;
}
