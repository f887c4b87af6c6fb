import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuthChecker } from '../auth/auth-checker.js';
import { NodeResolver } from './relay/node.resolver.js';
import { SystemResolver } from '../modules/system/system.resolver.js';
import { AccountsResolver } from '../modules/accounts/accounts.resolver.js';
import { AuthSessionResolver, UserResolver } from '../modules/accounts/user.resolver.js';
import { AccessTokensResolver } from '../modules/access-tokens/access-tokens.resolver.js';
import { MentorProfilesResolver } from '../modules/mentor-profiles/mentor-profiles.resolver.js';
import { NeedsAssessmentsResolver } from '../modules/needs-assessments/needs-assessments.resolver.js';
import { MentorSearchResolver } from '../modules/mentor-search/mentor-search.resolver.js';
import { MatchingResolver, UserMatchingResolver } from '../modules/matching/matching.resolver.js';
import { EnrollmentsResolver, OrganizationsResolver, ProgramsResolver, UserOrganizationsResolver } from '../modules/programs/programs.resolver.js';
import { ActionItemsResolver, LiveSessionsResolver, MentorshipSessionsResolver, MessagesResolver } from '../modules/live-sessions/live-sessions.resolver.js';
import { MeetingsResolver, MentorshipMeetingsResolver, UserMeetingsResolver } from '../modules/meetings/meetings.resolver.js';
import { BoardLanesResolver, GoalBoardsResolver, GoalsResolver, MentorshipBoardResolver } from '../modules/goal-boards/goal-boards.resolver.js';
import { MentorshipReflectionsResolver, ReflectionsResolver, UserReflectionsResolver } from '../modules/reflections/reflections.resolver.js';
import { FeedbackResolver, MentorshipFeedbackResolver, ProgramFeedbackResolver } from '../modules/feedback/feedback.resolver.js';
import { MentorshipResourcesResolver, ResourcesResolver } from '../modules/resources/resources.resolver.js';
import { MentorshipReviewsResolver, ProgressReviewsResolver } from '../modules/progress-reviews/progress-reviews.resolver.js';
import { NotificationsResolver, UserNotificationsResolver } from '../modules/notifications/notifications.resolver.js';
import { MentorshipRequestsResolver, UserRequestsResolver } from '../modules/mentorship-requests/mentorship-requests.resolver.js';
import { ProgramInsightsResolver } from '../modules/insights/insights.resolver.js';
import { NudgesResolver } from '../modules/nudges/nudges.resolver.js';
import { AgreementVersionResolver, MentorshipsResolver, UserMentorshipsResolver } from '../modules/mentorships/mentorships.resolver.js';

/** Every resolver of every module; the schema (and the printed SDL) is built from this list. */
export const resolvers = [
  SystemResolver,
  NodeResolver,
  AccountsResolver,
  UserResolver,
  AuthSessionResolver,
  AccessTokensResolver,
  MentorProfilesResolver,
  NeedsAssessmentsResolver,
  NotificationsResolver,
  UserNotificationsResolver,
  MentorSearchResolver,
  MatchingResolver,
  UserMatchingResolver,
  MentorshipRequestsResolver,
  UserRequestsResolver,
  MentorshipsResolver,
  AgreementVersionResolver,
  UserMentorshipsResolver,
  ProgramsResolver,
  OrganizationsResolver,
  EnrollmentsResolver,
  UserOrganizationsResolver,
  LiveSessionsResolver,
  MessagesResolver,
  ActionItemsResolver,
  MentorshipSessionsResolver,
  MeetingsResolver,
  MentorshipMeetingsResolver,
  UserMeetingsResolver,
  GoalBoardsResolver,
  BoardLanesResolver,
  GoalsResolver,
  MentorshipBoardResolver,
  ReflectionsResolver,
  UserReflectionsResolver,
  MentorshipReflectionsResolver,
  FeedbackResolver,
  MentorshipFeedbackResolver,
  ProgramFeedbackResolver,
  ResourcesResolver,
  MentorshipResourcesResolver,
  ProgressReviewsResolver,
  MentorshipReviewsResolver,
  ProgramInsightsResolver,
  NudgesResolver,
] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker: AuthChecker,
    // Every subscription streams from the real-time core through its `subscribe`
    // option; type-graphql insists on a pub/sub all the same, so this one refuses use.
    pubSub: {
      publish: () => {
        throw new Error('use Realtime (events/realtime.ts), not type-graphql topics');
      },
      subscribe: () => {
        throw new Error('use Realtime (events/realtime.ts), not type-graphql topics');
      },
    },
    // The committed SDL is printed by `pnpm schema:print`; nothing is written at start.
    emitSchemaFile: false,
    validate: false,
  });
}
