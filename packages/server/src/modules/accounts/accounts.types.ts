import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/relay/user-error.js';
import { User } from './user.entity.js';

@ObjectType({ description: 'The roles an account holds.' })
export class Roles {
  @Field(() => Boolean)
  isMentor!: boolean;

  @Field(() => Boolean)
  isMentee!: boolean;

  @Field(() => Boolean, { description: 'Runs the platform itself.' })
  isPlatformAdmin!: boolean;
}

@ObjectType({ description: 'The result of a mutation that signs in or changes the account.' })
export class AccountPayload {
  @Field(() => User, { nullable: true, description: 'The account, when the mutation succeeded.' })
  user!: User | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of a mutation that needs no object back.' })
export class OutcomePayload {
  @Field(() => Boolean, { description: 'Whether it was done.' })
  ok!: boolean;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
