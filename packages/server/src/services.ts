import type { Config } from './config.js';
import { Realtime } from './events/realtime.js';
import { MemoryBus } from './events/memory-bus.js';
import { LogMailSender, type MailSender } from './mail/mail-sender.js';
import { SignInThrottle } from './auth/sign-in-throttle.js';
import { MailThrottle } from './auth/mail-throttle.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './logger.js';
import { MentorshipsService } from './modules/mentorships/mentorships.service.js';
import { AgreementsService } from './modules/mentorships/agreements.service.js';
import { MentorshipRequestsService } from './modules/mentorship-requests/mentorship-requests.service.js';
import { MentorSearchService } from './modules/mentor-search/mentor-search.service.js';
import { MatchingService } from './modules/matching/matching.service.js';
import { ProgramsService } from './modules/programs/programs.service.js';
import { LiveSessionsService } from './modules/live-sessions/live-sessions.service.js';
import { MessagesService } from './modules/live-sessions/messages.service.js';
import { MeetingsService } from './modules/meetings/meetings.service.js';
import { CalendarService } from './modules/meetings/calendar.service.js';
import { GoalBoardsService } from './modules/goal-boards/goal-boards.service.js';
import { ReflectionsService } from './modules/reflections/reflections.service.js';
import { FeedbackService } from './modules/feedback/feedback.service.js';
import { ResourcesService } from './modules/resources/resources.service.js';
import { ProgressReviewsService } from './modules/progress-reviews/progress-reviews.service.js';
import { AccountsService } from './modules/accounts/accounts.service.js';
import { AccountRecoveryService } from './modules/accounts/account-recovery.service.js';
import { AccountDataService } from './modules/accounts/account-data.service.js';
import { AccessTokensService } from './modules/access-tokens/access-tokens.service.js';
import { MentorProfilesService } from './modules/mentor-profiles/mentor-profiles.service.js';
import { NeedsAssessmentsService } from './modules/needs-assessments/needs-assessments.service.js';
import { WebhooksService } from './modules/webhooks/webhooks.service.js';
import { isWebhookEventType } from './modules/webhooks/webhook-events.js';
import { InsightsService } from './modules/insights/insights.service.js';
import { NudgesService } from './modules/nudges/nudges.service.js';

/** Every module's service, built once per app; resolvers reach them through the context. */
export type Services = ReturnType<typeof createServices>;

export function createServices(deps: { config: Config; mail: MailSender; throttle: SignInThrottle; mailThrottle: MailThrottle; realtime: Realtime }) {
  const recovery = new AccountRecoveryService(deps);
  const mentorProfiles = new MentorProfilesService();
  const mentorships = new MentorshipsService({ realtime: deps.realtime });
  const matching = new MatchingService();
  const meetings = new MeetingsService({ mentorships });
  const liveSessions = new LiveSessionsService({ realtime: deps.realtime, mentorships, meetings });
  const goalBoards = new GoalBoardsService({ realtime: deps.realtime, liveSessions });
  const agreements = new AgreementsService({ mentorships });
  const programs = new ProgramsService({ mentorships, matching, realtime: deps.realtime });
  const webhooks = new WebhooksService({ config: deps.config, programs });
  // The webhook outbox: a delivery row in the same transaction as every event an endpoint subscribes to.
  deps.realtime.onAppend(webhooks.enqueueFor, isWebhookEventType);
  const feedback = new FeedbackService({ mentorships });
  return {
    meetings,
    goalBoards,
    reflections: new ReflectionsService({ mentorships }),
    feedback,
    resources: new ResourcesService({ mentorships, programs }),
    insights: new InsightsService({ feedback }),
    nudges: new NudgesService(),
    progressReviews: new ProgressReviewsService({ mentorships, agreements, goalBoards }),
    calendar: new CalendarService({ config: deps.config, meetings }),
    liveSessions,
    messages: new MessagesService({ config: deps.config, sessions: liveSessions }),
    accounts: new AccountsService({ config: deps.config, throttle: deps.throttle, recovery, realtime: deps.realtime }),
    recovery,
    accountData: new AccountDataService({ realtime: deps.realtime }),
    accessTokens: new AccessTokensService({ realtime: deps.realtime }),
    mentorProfiles,
    needsAssessments: new NeedsAssessmentsService(),
    mentorships,
    agreements,
    mentorSearch: new MentorSearchService(),
    matching,
    programs,
    webhooks,
    mentorshipRequests: new MentorshipRequestsService({ config: deps.config, realtime: deps.realtime, mentorProfiles, mentorships }),
  };
}

/**
 * The services for a process that works on the database without serving
 * anyone (the seed, the benchmark's fillers): events go to the database, so
 * every stream stays gap-free and servers pick them up when people next load
 * or subscribe; mail is logged; throttles are in memory.
 */
export function createOfflineServices(deps: { config: Config; em: EntityManager; logger: Logger; name: string }): Services {
  return createServices({
    config: deps.config,
    realtime: new Realtime({ bus: new MemoryBus(), em: deps.em, instanceId: `${deps.name}-${process.pid}` }),
    mail: new LogMailSender(deps.logger),
    throttle: new SignInThrottle({ slowdownMs: deps.config.signInSlowdownMs }),
    mailThrottle: new MailThrottle(),
  });
}
