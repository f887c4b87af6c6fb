import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { USER_ERRORS_DESCRIPTION, UserError } from '../../graphql/relay/user-error.js';
import { Connection, PageArgs, type Page } from '../../graphql/relay/connection.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { currentUser, isViewer } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { User } from '../accounts/user.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { Reflection } from './reflection.entity.js';
import { REFLECTION_PROMPTS } from './reflections.service.js';

const ReflectionConnection = Connection(Reflection, 'Reflection');

@InputType({ description: 'A journal entry to write, or to rewrite whole: fields left out take their defaults again.' }) export class WriteReflectionInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to write a new entry; give to edit one of yours.' }) id?: string | null;
  @Field(() => String, { description: 'The entry, 1 to 10,000 characters.' }) body!: string;
  @Field(() => String, { nullable: true, description: 'The prompt it answers (see `reflectionPrompts`), at most 300 characters; empty for free writing.' }) prompt?: string | null;
  @Field(() => ID, { nullable: true, description: 'The mentorship it belongs to (needed to share it).' }) mentorshipId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Share with your partner in that mentorship.' }) shared?: boolean | null;
  @Field(() => [ID], { nullable: true, description: 'At most 10 `Goal` ids it is about.' }) goalIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'The `LiveSession` id it is about, if any.' }) sessionId?: string | null;
}
@ObjectType({ description: 'The result of `writeReflection`.' }) export class ReflectionPayload {
  @Field(() => Reflection, { nullable: true, description: 'The entry as it now is; null when nothing was changed.' }) reflection!: Reflection | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}

@Resolver(() => Reflection)
export class ReflectionsResolver {
  @Query(() => [String], { description: 'Prompts for the reflection journal.' })
  reflectionPrompts(): string[] {
    return REFLECTION_PROMPTS;
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => ReflectionPayload, { description: 'Writes or edits a journal entry; private unless shared.' })
  async writeReflection(@Arg('input', () => WriteReflectionInput, { description: 'The entry, and the entry to edit if any.' }) input: WriteReflectionInput, @Ctx() context: GraphQLContext): Promise<ReflectionPayload> {
    const clean = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) as WriteReflectionInput & Record<string, unknown>;
    const result = await context.services.reflections.write(context.em, currentUser(context), clean);
    return result.ok ? { reflection: result.value, userErrors: [] } : { reflection: null, userErrors: result.userErrors };
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who wrote it.' })
  author(@Root() reflection: Reflection, @Ctx() context: GraphQLContext): Promise<User | null> {
    return context.em.findOne(User, { uuid: reflection.author.unwrap().uuid });
  }
}

@Resolver(() => User)
export class UserReflectionsResolver {
  @FieldResolver(() => ReflectionConnection, { nullable: true, description: 'Your journal, newest first; null for anyone else.' })
  async reflections(@Root() user: User, @Args(() => PageArgs) args: PageArgs, @Ctx() context: GraphQLContext): Promise<Page<Reflection> | null> {
    if (!isViewer(context, user)) return null;
    assertAllowed(context.viewer, [Scope.SESSIONS_READ]);
    return context.services.reflections.mine(context.em, user, args);
  }
}

@Resolver(() => Mentorship)
export class MentorshipReflectionsResolver {
  @FieldResolver(() => ReflectionConnection, { description: 'Your reflections in this mentorship, and those your partner shared.' })
  reflections(@Root() mentorship: Mentorship, @Args(() => PageArgs) args: PageArgs, @Ctx() context: GraphQLContext): Promise<Page<Reflection>> {
    assertAllowed(context.viewer, [Scope.SESSIONS_READ]);
    return context.services.reflections.inMentorship(context.em, context.viewer.user, mentorship, args);
  }
}
