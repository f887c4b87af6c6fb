import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Connection, PageArgs, paginate, type Page } from '../../graphql/relay/connection.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { isViewer } from '../../auth/current-user.js';
import { SESSION_ONLY } from '../../auth/scopes.js';
import { MentorProfile } from '../mentor-profiles/mentor-profile.entity.js';
import { NeedsAssessment } from '../needs-assessments/needs-assessment.entity.js';
import { PersonalAccessToken } from '../access-tokens/personal-access-token.entity.js';
import { AuthSession } from './auth-session.entity.js';
import { User } from './user.entity.js';
import { Roles } from './accounts.types.js';

const AuthSessionConnection = Connection(AuthSession, 'AuthSession');
const PersonalAccessTokenConnection = Connection(PersonalAccessToken, 'PersonalAccessToken');

/** Fields of `User` that depend on who is asking. */
@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Only you see your address; null for anyone else.' })
  email(@Root() user: User, @Ctx() context: GraphQLContext): string | null {
    return isViewer(context, user) ? user.email : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether you confirmed your address; null for anyone else.' })
  emailVerified(@Root() user: User, @Ctx() context: GraphQLContext): boolean | null {
    return isViewer(context, user) ? user.emailVerifiedAt !== null : null;
  }

  @FieldResolver(() => Roles, { description: 'The roles they hold.' })
  roles(@Root() user: User): Roles {
    return { isMentor: user.isMentor, isMentee: user.isMentee, isPlatformAdmin: user.isPlatformAdmin };
  }

  @FieldResolver(() => Boolean, { description: 'Whether they finished onboarding (chose their roles).' })
  onboarded(@Root() user: User): boolean {
    return user.onboardedAt !== null;
  }

  @FieldResolver(() => MentorProfile, { nullable: true, description: 'Their mentor profile, if they have one you may see.' })
  mentorProfile(@Root() user: User, @Ctx() context: GraphQLContext): Promise<MentorProfile | null> {
    return context.services.mentorProfiles.forUser(context.em, context.viewer, user.uuid);
  }

  @FieldResolver(() => NeedsAssessment, { nullable: true, description: 'Your needs assessment; null for anyone else.' })
  async needsAssessment(@Root() user: User, @Ctx() context: GraphQLContext): Promise<NeedsAssessment | null> {
    return isViewer(context, user) ? context.services.needsAssessments.forOwner(context.em, user) : null;
  }

  @FieldResolver(() => AuthSessionConnection, {
    nullable: true,
    description: 'Browsers where you are signed in, newest first. Yours only, and not through a token.',
  })
  async sessions(@Root() user: User, @Args(() => PageArgs) args: PageArgs, @Ctx() context: GraphQLContext): Promise<Page<AuthSession> | null> {
    if (!isViewer(context, user)) return null;
    assertAllowed(context.viewer, [SESSION_ONLY]);
    return paginate(
      context.em,
      AuthSession,
      { user, revokedAt: null, expiresAt: { $gt: new Date() } },
      args,
      { createdAt: 'desc', uuid: 'desc' },
    );
  }

  @FieldResolver(() => PersonalAccessTokenConnection, {
    nullable: true,
    description: 'Your live tokens, newest first. Yours only, and not through a token.',
  })
  async personalAccessTokens(
    @Root() user: User,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<Page<PersonalAccessToken> | null> {
    if (!isViewer(context, user)) return null;
    assertAllowed(context.viewer, [SESSION_ONLY]);
    return context.services.accessTokens.list(context.em, user, args);
  }
}

@Resolver(() => AuthSession)
export class AuthSessionResolver {
  @FieldResolver(() => Boolean, { description: 'Whether this is the browser asking.' })
  current(@Root() session: AuthSession, @Ctx() context: GraphQLContext): boolean {
    return context.viewer.kind === 'session' && context.viewer.sessionId === session.uuid;
  }
}
