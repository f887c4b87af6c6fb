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
registerEnumType(EnrollmentRole, { name: 'EnrollmentRole', description: 'The side a person enrols on.' });

export enum EnrollmentStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
}
registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus', description: 'Where an enrolment stands; admins decide.' });

@ObjectType({ description: 'A question people answer when they enrol.' })
export class EnrollmentQuestion {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  prompt!: string;

  @Field(() => Boolean)
  required!: boolean;
}

@ObjectType({ description: 'A group of people in a program who start together.' })
export class Cohort {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: '`YYYY-MM-DD`.' })
  startsOn!: string;
}

@ObjectType({ description: "An enrollee's answer to one question." })
export class EnrollmentAnswer {
  @Field(() => ID)
  questionId!: string;

  @Field(() => String)
  answer!: string;
}
