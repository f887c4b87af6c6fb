import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum OrganizationRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(OrganizationRole, { name: 'OrganizationRole', description: 'What a person may do in an organisation.' });

export enum EnrollmentRole {
  MENTOR = 'MENTOR',
  MENTEE = 'MENTEE',
}
registerEnumType(EnrollmentRole, {
  name: 'EnrollmentRole',
  description: 'The side a person enrols on.',
  valuesConfig: {
    MENTOR: { description: 'To mentor in the program.' },
    MENTEE: { description: 'To be mentored in the program.' },
  },
});

export enum EnrollmentStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
}
registerEnumType(EnrollmentStatus, {
  name: 'EnrollmentStatus',
  description: 'Where an enrolment stands; admins decide.',
  valuesConfig: {
    PENDING: { description: 'Waiting for an admin.' },
    APPROVED: { description: 'Taking part; can be matched.' },
    DECLINED: { description: 'Not taking part.' },
  },
});

@ObjectType({ description: 'A question people answer when they enrol.' })
export class EnrollmentQuestion {
  @Field(() => ID, { description: 'Answers name the question by this id.' })
  id!: string;

  @Field(() => String, { description: 'The question.' })
  prompt!: string;

  @Field(() => Boolean, { description: 'Whether an answer is needed to enrol.' })
  required!: boolean;
}

@ObjectType({ description: 'A group of people in a program who start together.' })
export class Cohort {
  @Field(() => ID, { description: 'Enrolments name the cohort by this id.' })
  id!: string;

  @Field(() => String, { description: 'The name of the cohort.' })
  name!: string;

  @Field(() => String, { description: '`YYYY-MM-DD`.' })
  startsOn!: string;
}

@ObjectType({ description: "An enrollee's answer to one question." })
export class EnrollmentAnswer {
  @Field(() => ID, { description: 'The `EnrollmentQuestion.id` it answers.' })
  questionId!: string;

  @Field(() => String, { description: 'The answer.' })
  answer!: string;
}
