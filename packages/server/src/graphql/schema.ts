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
import { ActionItemsResolver, LiveSessionsResolver, MentorshipSessionsResolver, MessagesResolver, UpcomingMeetingRoomResolver } from '../modules/live-sessions/live-sessions.resolver.js';
import { MeetingsResolver, MentorshipMeetingsResolver, UserMeetingsResolver } from '../modules/meetings/meetings.resolver.js';
import {
  ActionItemMilestoneResolver, BoardLanesResolver, GoalBoardsResolver, GoalsResolver, MentorshipBoardResolver, MilestonesResolver,
} from '../modules/goal-boards/goal-boards.resolver.js';
import { MentorshipReflectionsResolver, ReflectionsResolver, UserReflectionsResolver } from '../modules/reflections/reflections.resolver.js';
import { FeedbackResolver, MentorshipFeedbackResolver, ProgramFeedbackResolver } from '../modules/feedback/feedback.resolver.js';
import { MentorshipResourcesResolver, ProgramResourcesResolver, ResourcesResolver } from '../modules/resources/resources.resolver.js';
import { UserProgramsResolver } from '../modules/programs/user-programs.resolver.js';
import { MentorshipReviewsResolver, ProgressReviewsResolver } from '../modules/progress-reviews/progress-reviews.resolver.js';
import { NotificationsResolver, UserNotificationsResolver } from '../modules/notifications/notifications.resolver.js';
import { MentorshipRequestsResolver, UserRequestsResolver } from '../modules/mentorship-requests/mentorship-requests.resolver.js';
import { ProgramInsightsResolver } from '../modules/insights/insights.resolver.js';
import { NudgesResolver } from '../modules/nudges/nudges.resolver.js';
import { AgreementVersionResolver, MentorshipsResolver, UserMentorshipsResolver } from '../modules/mentorships/mentorships.resolver.js';
import {
  OrganizationWebhooksResolver,
  UserWebhooksResolver,
  WebhookDeliveryResolver,
  WebhookEndpointResolver,
  WebhooksResolver,
} from '../modules/webhooks/webhooks.resolver.js';

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
  UserProgramsResolver,
  LiveSessionsResolver,
  UpcomingMeetingRoomResolver,
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
  MilestonesResolver,
  ActionItemMilestoneResolver,
  ReflectionsResolver,
  UserReflectionsResolver,
  MentorshipReflectionsResolver,
  FeedbackResolver,
  MentorshipFeedbackResolver,
  ProgramFeedbackResolver,
  ResourcesResolver,
  MentorshipResourcesResolver,
  ProgramResourcesResolver,
  ProgressReviewsResolver,
  MentorshipReviewsResolver,
  WebhooksResolver,
  WebhookEndpointResolver,
  WebhookDeliveryResolver,
  UserWebhooksResolver,
  OrganizationWebhooksResolver,
  ProgramInsightsResolver,
  NudgesResolver,
] as const;

/** type-graphql builds the root types itself and takes no description for them. */
const ROOT_DESCRIPTIONS = {
  Query: 'Reads. Start from `viewer` for your own account and everything you take part in, or fetch any object by id with `node`.',
  Mutation:
    'Changes. Each takes one `input` and returns a payload; expected failures come back in its `userErrors`, and then nothing was changed.',
  Subscription:
    'Live streams over WebSocket (graphql-ws). Each replays the stored events after `after`, then streams new ones in order, each once.',
};

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
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
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (root) root.description = ROOT_DESCRIPTIONS[root.name as keyof typeof ROOT_DESCRIPTIONS];
  }
  return schema;
}
