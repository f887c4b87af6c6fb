import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { USER_ERRORS_DESCRIPTION, UserError } from '../../graphql/relay/user-error.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { currentUser } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { hasScope } from '../../auth/viewer.js';
import { User } from '../accounts/user.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { Program } from '../programs/program.entity.js';
import { Resource, ResourceKind } from './resource.entity.js';

@InputType({ description: 'Give exactly one of `mentorshipId` and `programId`.' }) export class ShareResourceInput {
  @Field(() => ID, { nullable: true, description: "Share it in this mentorship's library (with your partner)." }) mentorshipId?: string | null;
  @Field(() => ID, { nullable: true, description: "Share it in this program's library (with everyone taking part)." }) programId?: string | null;
  @Field(() => String, { description: 'Its title, 1 to 200 characters.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'A full http(s) link, at most 1,000 characters.' }) url?: string | null;
  @Field(() => ResourceKind, { description: 'What kind of resource it is.' }) kind!: ResourceKind;
  @Field(() => [String], { nullable: true, description: 'At most 10 tags, each once.' }) tags?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Why it is worth a look, at most 2,000 characters.' }) note?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Goals on the pair\'s board it helps with (mentorships only).' }) goalIds?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Recommend it to your partner (they get a notification; mentorships only).' }) recommend?: boolean | null;
}
@ObjectType({ description: 'The result of `shareResource`.' }) export class ResourcePayload {
  @Field(() => Resource, { nullable: true, description: 'The resource added; null when it was not accepted.' }) resource!: Resource | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}

@Resolver(() => Resource)
export class ResourcesResolver {
  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => ResourcePayload, { description: "Adds a resource to a mentorship's library, or to the library of a program you take part in." })
  async shareResource(@Arg('input', () => ShareResourceInput, { description: 'The library and the resource.' }) input: ShareResourceInput, @Ctx() context: GraphQLContext): Promise<ResourcePayload> {
    const clean = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) as ShareResourceInput & Record<string, unknown>;
    const result = await context.services.resources.share(context.em, currentUser(context), clean);
    return result.ok ? { resource: result.value, userErrors: [] } : { resource: null, userErrors: result.userErrors };
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who shared it; null once they deleted their account.' })
  addedBy(@Root() resource: Resource, @Ctx() context: GraphQLContext): Promise<User | null> {
    return resource.addedBy ? context.em.findOne(User, { uuid: resource.addedBy.unwrap().uuid }) : Promise.resolve(null);
  }
}

@Resolver(() => Mentorship)
export class MentorshipResourcesResolver {
  @FieldResolver(() => [Resource], { description: 'The pair\'s resource library, newest first.' })
  resources(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<Resource[]> {
    assertAllowed(context.viewer, [Scope.SESSIONS_READ]);
    return context.services.resources.forMentorship(context.em, mentorship);
  }
}

@Resolver(() => Program)
export class ProgramResourcesResolver {
  @FieldResolver(() => [Resource], {
    nullable: true,
    description: "The program's resource library, newest first; for people taking part in it (approved enrollees and admins), null for others.",
  })
  async resources(@Root() program: Program, @Ctx() context: GraphQLContext): Promise<Resource[] | null> {
    if (context.viewer.kind === 'anonymous' || !hasScope(context.viewer, Scope.SESSIONS_READ)) return null;
    return context.services.resources.forProgram(context.em, context.viewer.user, program);
  }
}
