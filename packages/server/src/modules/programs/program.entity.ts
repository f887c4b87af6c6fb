import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { User } from '../accounts/user.entity.js';
import { Cohort, EnrollmentAnswer, EnrollmentQuestion, EnrollmentRole, EnrollmentStatus, OrganizationRole } from './program.types.js';

@Entity({ tableName: 'organizations' })
@ObjectType('Organization', { implements: Node, description: 'An organisation that runs mentoring programs.' })
@nodeType('Organization')
export class Organization implements Node {
  [OptionalProps]?: 'uuid' | 'createdAt' | 'id';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('Organization', this.uuid);
  }

  @Field(() => String, { description: 'The name of the organisation.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Date, { description: 'When it was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'organization_members' })
@Unique({ properties: ['organization', 'user'] })
export class OrganizationMember {
  [OptionalProps]?: 'uuid' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @ManyToOne(() => Organization, { ref: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  @Index()
  user!: Ref<User>;

  @Enum({ items: () => OrganizationRole })
  role!: OrganizationRole;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'programs' })
@ObjectType('Program', { implements: Node, description: "A formal mentoring program of an organisation's." })
@nodeType('Program')
export class Program implements Node {
  [OptionalProps]?: 'uuid' | 'createdAt' | 'id' | 'cohorts' | 'enrollmentOpen' | 'description';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('Program', this.uuid);
  }

  @ManyToOne(() => Organization, { ref: true, deleteRule: 'cascade' })
  @Index()
  organization!: Ref<Organization>;

  @Field(() => String, { description: 'The name of the program.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'What the program is about; may be empty.' })
  @Property({ type: 'text' })
  description: string = '';

  @Field(() => String, { description: '`YYYY-MM-DD`.' })
  @Property({ type: 'date', columnType: 'date', runtimeType: 'string' })
  startsOn!: string;

  @Field(() => String, { description: '`YYYY-MM-DD`, after the start.' })
  @Property({ type: 'date', columnType: 'date', runtimeType: 'string' })
  endsOn!: string;

  @Field(() => [EnrollmentQuestion], { description: 'Questions people answer when they enrol.' })
  @Property({ type: 'json' })
  enrollmentQuestions!: EnrollmentQuestion[];

  @Field(() => [Cohort], { description: 'Groups that start together; empty when the program has none.' })
  @Property({ type: 'json' })
  cohorts: Cohort[] = [];

  @Field(() => Boolean, { description: 'Whether people may enrol now.' })
  @Property({ type: 'boolean' })
  enrollmentOpen: boolean = true;

  @Field(() => Date, { description: 'When it was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'program_enrollments' })
@Unique({ properties: ['program', 'user', 'role'] })
@ObjectType('Enrollment', { implements: Node, description: 'Someone asking to take part in a program, as mentor or mentee.' })
@nodeType('Enrollment')
export class Enrollment implements Node {
  [OptionalProps]?: 'uuid' | 'createdAt' | 'id' | 'status' | 'decidedAt' | 'cohortId';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('Enrollment', this.uuid);
  }

  @ManyToOne(() => Program, { ref: true, deleteRule: 'cascade' })
  @Index()
  program!: Ref<Program>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  @Index()
  user!: Ref<User>;

  @Field(() => EnrollmentRole, { description: 'The side they enrol on.' })
  @Enum({ items: () => EnrollmentRole })
  role!: EnrollmentRole;

  @Field(() => ID, { nullable: true, description: 'The cohort chosen, if the program has cohorts.' })
  @Property({ type: 'text', nullable: true })
  cohortId: string | null = null;

  @Field(() => [EnrollmentAnswer], { description: 'Their answers to the enrolment questions.' })
  @Property({ type: 'json' })
  answers!: EnrollmentAnswer[];

  @Field(() => EnrollmentStatus, { description: 'Where it stands.' })
  @Enum({ items: () => EnrollmentStatus })
  status: EnrollmentStatus = EnrollmentStatus.PENDING;

  @Field(() => Date, { nullable: true, description: 'When an admin approved or declined it; null while pending.' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => Date, { description: 'When they enrolled.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
