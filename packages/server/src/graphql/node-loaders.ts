import type { GraphQLContext } from './context.js';
import { hasScope } from '../auth/viewer.js';
import { globalId } from './relay/node.js';
import { Scope } from '../auth/scopes.js';
import { User } from '../modules/accounts/user.entity.js';
import { AuthSession } from '../modules/accounts/auth-session.entity.js';
import { Organization, Program } from '../modules/programs/program.entity.js';
import { Message } from '../modules/live-sessions/message.entity.js';
import { ActionItem } from '../modules/live-sessions/action-item.entity.js';
import { Goal } from '../modules/goal-boards/goal.entity.js';

export type NodeLoader = (context: GraphQLContext, uuid: string) => Promise<object | null>;

const canReadProfiles = (context: GraphQLContext) => context.viewer.kind === 'anonymous' || hasScope(context.viewer, Scope.PROFILE_READ);
const ownUser = (context: GraphQLContext) => (context.viewer.kind === 'anonymous' ? null : context.viewer.user);

/** A loader for signed-in callers whose token (if any) carries `scope`; null for everyone else. */
function signedInWith(scope: Scope, load: (context: GraphQLContext, user: User, uuid: string) => Promise<object | null>): NodeLoader {
  return async (context, uuid) => {
    const user = ownUser(context);
    return user && hasScope(context.viewer, scope) ? load(context, user, uuid) : null;
  };
}

/** For things inside a live room or on a board: visible when the room or board is. */
function inside<T extends object>(
  scope: Scope,
  find: (context: GraphQLContext, uuid: string) => Promise<T | null>,
  containerVisible: (context: GraphQLContext, user: User, item: T) => Promise<object | null>,
): NodeLoader {
  return signedInWith(scope, async (context, user, uuid) => {
    const item = await find(context, uuid);
    return item && (await containerVisible(context, user, item)) ? item : null;
  });
}

/**
 * How `node(id:)` fetches each Node type, and who may see it. A loader
 * returns null for what the caller may not see, exactly as for what does not
 * exist. Every Node type must have one (a test checks).
 */
export const nodeLoaders: Record<string, NodeLoader> = {
  async User(context, uuid) {
    if (!canReadProfiles(context)) return null;
    if (ownUser(context)?.uuid === uuid) return ownUser(context);
    // Others are visible through a mentor profile the caller may see.
    const profile = await context.services.mentorProfiles.forUser(context.em, context.viewer, uuid);
    return profile ? context.em.findOne(User, { uuid }) : null;
  },
  async MentorProfile(context, uuid) {
    return canReadProfiles(context) ? context.services.mentorProfiles.load(context.em, context.viewer, uuid) : null;
  },
  NeedsAssessment: signedInWith(Scope.PROFILE_READ, (c, user, uuid) => c.services.needsAssessments.loadOwn(c.em, user, uuid)),
  // Tokens and sessions: only through a signed-in browser, never a token.
  async PersonalAccessToken(context, uuid) {
    return context.viewer.kind === 'session' ? context.services.accessTokens.loadOwn(context.em, context.viewer.user, uuid) : null;
  },
  async AuthSession(context, uuid) {
    return context.viewer.kind === 'session' ? context.em.findOne(AuthSession, { uuid, user: context.viewer.user, revokedAt: null }) : null;
  },
  MentorshipRequest: signedInWith(Scope.MENTORSHIPS_READ, (c, user, uuid) => c.services.mentorshipRequests.loadForParty(c.em, user, uuid)),
  Mentorship: signedInWith(Scope.MENTORSHIPS_READ, (c, user, uuid) => c.services.mentorships.loadForMember(c.em, user, uuid)),
  AgreementVersion: signedInWith(Scope.MENTORSHIPS_READ, (c, user, uuid) => c.services.agreements.loadForMember(c.em, user, uuid)),
  // Organisations and programs are listed for anyone signed in (people enrol in them); their
  // admin-only fields check for themselves.
  Organization: signedInWith(Scope.MENTORSHIPS_READ, (c, _user, uuid) => c.em.findOne(Organization, { uuid })),
  Program: signedInWith(Scope.MENTORSHIPS_READ, (c, _user, uuid) => c.em.findOne(Program, { uuid })),
  Enrollment: signedInWith(Scope.MENTORSHIPS_READ, (c, user, uuid) => c.services.programs.loadEnrollment(c.em, user, uuid)),
  LiveSession: signedInWith(Scope.SESSIONS_READ, (c, user, uuid) => c.services.liveSessions.access(c.em, user.uuid, uuid)),
  Message: inside(
    Scope.SESSIONS_READ,
    (c, uuid) => c.em.findOne(Message, { uuid }),
    (c, user, message) => c.services.liveSessions.access(c.em, user.uuid, message.sessionUuid),
  ),
  ActionItem: inside(
    Scope.SESSIONS_READ,
    (c, uuid) => c.em.findOne(ActionItem, { uuid }),
    (c, user, item) => c.services.liveSessions.access(c.em, user.uuid, item.session.unwrap().uuid),
  ),
  Meeting: signedInWith(Scope.SESSIONS_READ, (c, user, uuid) => c.services.meetings.forMember(c.em, user, globalId('Meeting', uuid))),
  GoalBoard: signedInWith(Scope.SESSIONS_READ, (c, user, uuid) => c.services.goalBoards.access(c.em, user.uuid, uuid)),
  Goal: inside(
    Scope.SESSIONS_READ,
    (c, uuid) => c.em.findOne(Goal, { uuid }),
    (c, user, goal) => c.services.goalBoards.access(c.em, user.uuid, goal.board.unwrap().uuid),
  ),
  Reflection: signedInWith(Scope.SESSIONS_READ, (c, user, uuid) => c.services.reflections.load(c.em, user, uuid)),
  Feedback: signedInWith(Scope.MENTORSHIPS_READ, (c, user, uuid) => c.services.feedback.load(c.em, user, uuid)),
  Resource: signedInWith(Scope.SESSIONS_READ, (c, user, uuid) => c.services.resources.load(c.em, user, uuid)),
  ProgressReview: signedInWith(Scope.MENTORSHIPS_READ, (c, user, uuid) => c.services.progressReviews.load(c.em, user, uuid)),
  // Their owner's, or their organisation's admins' (with programs:admin) only.
  WebhookEndpoint: signedInWith(Scope.WEBHOOKS_READ, (c, _user, uuid) => (c.viewer.kind === 'anonymous' ? Promise.resolve(null) : c.services.webhooks.loadManaged(c.em, c.viewer, uuid))),
  WebhookDelivery: signedInWith(Scope.WEBHOOKS_READ, (c, _user, uuid) => (c.viewer.kind === 'anonymous' ? Promise.resolve(null) : c.services.webhooks.loadDelivery(c.em, c.viewer, uuid))),
};
