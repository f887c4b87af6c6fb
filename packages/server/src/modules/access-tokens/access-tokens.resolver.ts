import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { UserError } from '../../graphql/relay/user-error.js';
import { currentUser } from '../../auth/current-user.js';
import { Scope, SESSION_ONLY } from '../../auth/scopes.js';
import { OutcomePayload } from '../accounts/accounts.types.js';
import { PersonalAccessToken } from './personal-access-token.entity.js';

@InputType()
export class CreatePersonalAccessTokenInput {
  @Field(() => String, { description: 'What will use it, e.g. "Program dashboard".' })
  name!: string;

  @Field(() => [Scope])
  scopes!: Scope[];

  @Field(() => Date, { nullable: true, description: 'When it stops working (at most a year ahead); null: never.' })
  expiresAt?: Date | null;
}

@InputType()
export class RevokePersonalAccessTokenInput {
  @Field(() => ID)
  tokenId!: string;
}

@ObjectType()
export class CreatePersonalAccessTokenPayload {
  @Field(() => PersonalAccessToken, { nullable: true })
  token!: PersonalAccessToken | null;

  @Field(() => String, { nullable: true, description: 'The secret, shown this once: send it as `Authorization: Bearer <secret>`.' })
  secret!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver()
export class AccessTokensResolver {
  @Authorized(SESSION_ONLY)
  @Mutation(() => CreatePersonalAccessTokenPayload, { description: 'Creates a token; a token cannot create tokens.' })
  async createPersonalAccessToken(
    @Arg('input', () => CreatePersonalAccessTokenInput) input: CreatePersonalAccessTokenInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CreatePersonalAccessTokenPayload> {
    const result = await context.services.accessTokens.create(context.em, currentUser(context), input);
    return result.ok
      ? { token: result.value.token, secret: result.value.secret, userErrors: [] }
      : { token: null, secret: null, userErrors: result.userErrors };
  }

  @Authorized(SESSION_ONLY)
  @Mutation(() => OutcomePayload, { description: 'Revokes a token at once.' })
  async revokePersonalAccessToken(
    @Arg('input', () => RevokePersonalAccessTokenInput) input: RevokePersonalAccessTokenInput,
    @Ctx() context: GraphQLContext,
  ): Promise<OutcomePayload> {
    const userErrors = await context.services.accessTokens.revoke(context.em, currentUser(context), input.tokenId);
    return { ok: userErrors.length === 0, userErrors };
  }
}
