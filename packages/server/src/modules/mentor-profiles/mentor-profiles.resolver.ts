import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
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
}
