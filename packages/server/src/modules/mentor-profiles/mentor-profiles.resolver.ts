import { Arg, Authorized, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { USER_ERRORS_DESCRIPTION, UserError } from '../../graphql/relay/user-error.js';
import { currentUser } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { User } from '../accounts/user.entity.js';
import { MentorProfile } from './mentor-profile.entity.js';
import { UpdateMentorProfileInput } from './mentor-profile.inputs.js';

@ObjectType({ description: 'The result of `updateMentorProfile`.' })
export class UpdateMentorProfilePayload {
  @Field(() => MentorProfile, { nullable: true, description: 'Your profile as it now is; null when nothing was changed.' })
  mentorProfile!: MentorProfile | null;

  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}

@InputType({ description: 'Whether you are away.' })
export class SetMentorAwayInput {
  @Field(() => Boolean, { description: 'True while you are away; false when you are back.' })
  away!: boolean;
}

@Resolver(() => MentorProfile)
export class MentorProfilesResolver {
  @FieldResolver(() => User, { description: 'The mentor.' })
  async user(@Root() profile: MentorProfile, @Ctx() context: GraphQLContext): Promise<User> {
    return context.em.findOneOrFail(User, { uuid: profile.user.unwrap().uuid });
  }

  @Authorized(Scope.PROFILE_WRITE)
  @Mutation(() => UpdateMentorProfilePayload, { description: 'Creates or changes your mentor profile.' })
  async updateMentorProfile(
    @Arg('input', () => UpdateMentorProfileInput, { description: 'The fields to change.' }) input: UpdateMentorProfileInput,
    @Ctx() context: GraphQLContext,
  ): Promise<UpdateMentorProfilePayload> {
    const result = await context.services.mentorProfiles.update(context.em, currentUser(context), { ...input });
    return result.ok ? { mentorProfile: result.value, userErrors: [] } : { mentorProfile: null, userErrors: result.userErrors };
  }

  @FieldResolver(() => Boolean, { description: 'Whether the mentor is away (hidden from search, taking no requests).' })
  away(@Root() profile: MentorProfile): boolean {
    return profile.awaySince !== null;
  }

  @Authorized(Scope.PROFILE_WRITE)
  @Mutation(() => UpdateMentorProfilePayload, {
    description: 'Marks you away (or back): while away you are hidden from search and recommendations and new requests are refused; your mentorships carry on.',
  })
  async setMentorAway(@Arg('input', () => SetMentorAwayInput, { description: 'Away or back.' }) input: SetMentorAwayInput, @Ctx() context: GraphQLContext): Promise<UpdateMentorProfilePayload> {
    const result = await context.services.mentorProfiles.setAway(context.em, currentUser(context), input.away);
    return result.ok ? { mentorProfile: result.value, userErrors: [] } : { mentorProfile: null, userErrors: result.userErrors };
  }
}
