import { Field, ObjectType } from 'type-graphql';
import { USER_ERRORS_DESCRIPTION, UserError } from '../../graphql/relay/user-error.js';
import { User } from './user.entity.js';

@ObjectType({ description: 'The roles an account holds.' })
export class Roles {
  @Field(() => Boolean, { description: 'Offers mentoring (has chosen the mentor role).' })
  isMentor!: boolean;

  @Field(() => Boolean, { description: 'Looks for mentoring (has chosen the mentee role).' })
  isMentee!: boolean;

  @Field(() => Boolean, { description: 'Runs the platform itself.' })
  isPlatformAdmin!: boolean;
}

@ObjectType({ description: 'The result of a mutation that signs in or changes the account.' })
export class AccountPayload {
  @Field(() => User, { nullable: true, description: 'The account, when the mutation succeeded.' })
  user!: User | null;

  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of a mutation that needs no object back.' })
export class OutcomePayload {
  @Field(() => Boolean, { description: 'Whether it was done.' })
  ok!: boolean;

  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}
