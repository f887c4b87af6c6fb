import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { UserError } from '../../graphql/relay/user-error.js';
import { currentUser } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { User } from '../accounts/user.entity.js';
import { MentorProfile } from './mentor-profile.entity.js';
import { UpdateMentorProfileInput } from './mentor-profile.inputs.js';

@ObjectType()
export class UpdateMentorProfilePayload {
  @Field(() => MentorProfile, { nullable: true })
  mentorProfile!: MentorProfile | null;

  @Field(() => [UserError])
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
    @Arg('input', () => UpdateMentorProfileInput) input: UpdateMentorProfileInput,
    @Ctx() context: GraphQLContext,
  ): Promise<UpdateMentorProfilePayload> {
    const result = await context.services.mentorProfiles.update(context.em, currentUser(context), { ...input });
    return result.ok ? { mentorProfile: result.value, userErrors: [] } : { mentorProfile: null, userErrors: result.userErrors };
  }
}
