import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { USER_ERRORS_DESCRIPTION, UserError } from '../../graphql/relay/user-error.js';
import { currentUser } from '../../auth/current-user.js';
import { Scope, SESSION_ONLY } from '../../auth/scopes.js';
import { OutcomePayload } from '../accounts/accounts.types.js';
import { PersonalAccessToken } from './personal-access-token.entity.js';

@InputType({ description: 'A new personal access token: what it is for, what it may do, and until when. At most 50 unrevoked tokens per person.' })
export class CreatePersonalAccessTokenInput {
  @Field(() => String, { description: 'What will use it, e.g. "Program dashboard".' })
  name!: string;

  @Field(() => [Scope], { description: 'What it may do: one or more scopes, each once. Write scopes include their read scope.' })
  scopes!: Scope[];

  @Field(() => Date, { nullable: true, description: 'When it stops working (at most a year ahead); null: never.' })
  expiresAt?: Date | null;
}

@InputType({ description: 'The token to revoke.' })
export class RevokePersonalAccessTokenInput {
  @Field(() => ID, { description: 'A `PersonalAccessToken` id from `viewer.personalAccessTokens`.' })
  tokenId!: string;
}

@ObjectType({ description: 'The result of `createPersonalAccessToken`: the token and its secret, shown only here.' })
export class CreatePersonalAccessTokenPayload {
  @Field(() => PersonalAccessToken, { nullable: true, description: 'The new token; null when it was not created.' })
  token!: PersonalAccessToken | null;

  @Field(() => String, { nullable: true, description: 'The secret, shown this once: send it as `Authorization: Bearer <secret>`.' })
  secret!: string | null;

  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@Resolver()
export class AccessTokensResolver {
  @Authorized(SESSION_ONLY)
  @Mutation(() => CreatePersonalAccessTokenPayload, { description: 'Creates a token; a token cannot create tokens.' })
  async createPersonalAccessToken(
    @Arg('input', () => CreatePersonalAccessTokenInput, { description: 'Name, scopes and expiry of the token.' }) input: CreatePersonalAccessTokenInput,
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
    @Arg('input', () => RevokePersonalAccessTokenInput, { description: 'The token to revoke.' }) input: RevokePersonalAccessTokenInput,
    @Ctx() context: GraphQLContext,
  ): Promise<OutcomePayload> {
    const userErrors = await context.services.accessTokens.revoke(context.em, currentUser(context), input.tokenId);
    return { ok: userErrors.length === 0, userErrors };
  }
}
