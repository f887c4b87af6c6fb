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
const ownSessionUser = (context: GraphQLContext) => (context.viewer.kind === 'session' ? context.viewer.user : null);

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
  async NeedsAssessment(context, uuid) {
    const user = ownUser(context);
    return user && hasScope(context.viewer, Scope.PROFILE_READ)
      ? context.services.needsAssessments.loadOwn(context.em, user, uuid)
      : null;
  },
  async PersonalAccessToken(context, uuid) {
    const user = ownSessionUser(context);
    return user ? context.services.accessTokens.loadOwn(context.em, user, uuid) : null;
  },
  async MentorshipRequest(context, uuid) {
    const user = ownUser(context);
    return user && hasScope(context.viewer, Scope.MENTORSHIPS_READ)
      ? context.services.mentorshipRequests.loadForParty(context.em, user, uuid)
      : null;
  },
  async Mentorship(context, uuid) {
    const user = ownUser(context);
    return user && hasScope(context.viewer, Scope.MENTORSHIPS_READ) ? context.services.mentorships.loadForMember(context.em, user, uuid) : null;
  },
  async AgreementVersion(context, uuid) {
    const user = ownUser(context);
    return user && hasScope(context.viewer, Scope.MENTORSHIPS_READ) ? context.services.agreements.loadForMember(context.em, user, uuid) : null;
  },
  // Organisations and programs are listed for anyone signed in (people enrol in them); their
  // admin-only fields check for themselves.
  async Organization(context, uuid) {
    return ownUser(context) && hasScope(context.viewer, Scope.MENTORSHIPS_READ) ? context.em.findOne(Organization, { uuid }) : null;
  },
  async Program(context, uuid) {
    return ownUser(context) && hasScope(context.viewer, Scope.MENTORSHIPS_READ) ? context.em.findOne(Program, { uuid }) : null;
  },
  async Enrollment(context, uuid) {
    const user = ownUser(context);
    return user && hasScope(context.viewer, Scope.MENTORSHIPS_READ) ? context.services.programs.loadEnrollment(context.em, user, uuid) : null;
  },
  async LiveSession(context, uuid) {
    const user = ownUser(context);
    return user && hasScope(context.viewer, Scope.SESSIONS_READ) ? context.services.liveSessions.access(context.em, user.uuid, uuid) : null;
  },
  async Message(context, uuid) {
    const user = ownUser(context);
    const message = user && hasScope(context.viewer, Scope.SESSIONS_READ) ? await context.em.findOne(Message, { uuid }) : null;
    return message && (await context.services.liveSessions.access(context.em, user!.uuid, message.session.unwrap().uuid)) ? message : null;
  },
  async ActionItem(context, uuid) {
    const user = ownUser(context);
    const item = user && hasScope(context.viewer, Scope.SESSIONS_READ) ? await context.em.findOne(ActionItem, { uuid }) : null;
    return item && (await context.services.liveSessions.access(context.em, user!.uuid, item.session.unwrap().uuid)) ? item : null;
  },
  async Meeting(context, uuid) {
    const user = ownUser(context);
    return user && hasScope(context.viewer, Scope.SESSIONS_READ) ? context.services.meetings.forMember(context.em, user, globalId('Meeting', uuid)) : null;
  },
  async GoalBoard(context, uuid) {
    const user = ownUser(context);
    return user && hasScope(context.viewer, Scope.SESSIONS_READ) ? context.services.goalBoards.access(context.em, user.uuid, uuid) : null;
  },
  async Goal(context, uuid) {
    const user = ownUser(context);
    const goal = user && hasScope(context.viewer, Scope.SESSIONS_READ) ? await context.em.findOne(Goal, { uuid }) : null;
    return goal && (await context.services.goalBoards.access(context.em, user!.uuid, goal.board.unwrap().uuid)) ? goal : null;
  },
  async Reflection(context, uuid) {
    const user = ownUser(context);
    return user && hasScope(context.viewer, Scope.SESSIONS_READ) ? context.services.reflections.load(context.em, user, uuid) : null;
  },
  async Feedback(context, uuid) {
    const user = ownUser(context);
    return user && hasScope(context.viewer, Scope.MENTORSHIPS_READ) ? context.services.feedback.load(context.em, user, uuid) : null;
  },
  async Resource(context, uuid) {
    const user = ownUser(context);
    return user && hasScope(context.viewer, Scope.SESSIONS_READ) ? context.services.resources.load(context.em, user, uuid) : null;
  },
  async ProgressReview(context, uuid) {
    const user = ownUser(context);
    return user && hasScope(context.viewer, Scope.MENTORSHIPS_READ) ? context.services.progressReviews.load(context.em, user, uuid) : null;
  },
  async AuthSession(context, uuid) {
    const user = ownSessionUser(context);
    return user ? context.em.findOne(AuthSession, { uuid, user, revokedAt: null }) : null;
  },
};
