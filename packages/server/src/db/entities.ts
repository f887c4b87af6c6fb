import { Stream } from '../events/stream.entity.js';
import { StreamEvent } from '../events/stream-event.entity.js';
import { User } from '../modules/accounts/user.entity.js';
import { AuthSession } from '../modules/accounts/auth-session.entity.js';
import { AccountToken } from '../modules/accounts/account-token.entity.js';
import { PersonalAccessToken } from '../modules/access-tokens/personal-access-token.entity.js';
import { MentorProfile } from '../modules/mentor-profiles/mentor-profile.entity.js';
import { NeedsAssessment } from '../modules/needs-assessments/needs-assessment.entity.js';
import { MentorshipRequest } from '../modules/mentorship-requests/mentorship-request.entity.js';
import { Mentorship } from '../modules/mentorships/mentorship.entity.js';
import { AgreementAcknowledgement, AgreementVersion } from '../modules/mentorships/agreement-version.entity.js';
import { Enrollment, Organization, OrganizationMember, Program } from '../modules/programs/program.entity.js';
import { LiveSession, ReadMarker } from '../modules/live-sessions/live-session.entity.js';
import { Message, MessageReaction } from '../modules/live-sessions/message.entity.js';
import { ActionItem } from '../modules/live-sessions/action-item.entity.js';
import { Meeting } from '../modules/meetings/meeting.entity.js';
import { MeetingReminder } from '../modules/meetings/meeting-reminder.entity.js';
import { BoardLane, GoalBoard } from '../modules/goal-boards/goal-board.entity.js';
import { Goal, Milestone } from '../modules/goal-boards/goal.entity.js';
import { Reflection } from '../modules/reflections/reflection.entity.js';
import { Feedback } from '../modules/feedback/feedback.entity.js';
import { Resource } from '../modules/resources/resource.entity.js';
import { ProgressReview } from '../modules/progress-reviews/progress-review.entity.js';
import { WebhookEndpoint } from '../modules/webhooks/webhook-endpoint.entity.js';
import { WebhookDelivery } from '../modules/webhooks/webhook-delivery.entity.js';
import { NudgePreferences, NudgeSent } from '../modules/nudges/nudge.entity.js';

/** Every entity of every module; the ORM and the migration generator read this list. */
export const entities = [
  Stream,
  StreamEvent,
  User,
  AuthSession,
  AccountToken,
  PersonalAccessToken,
  MentorProfile,
  NeedsAssessment,
  MentorshipRequest,
  Mentorship,
  AgreementVersion,
  AgreementAcknowledgement,
  Organization,
  OrganizationMember,
  Program,
  Enrollment,
  LiveSession,
  ReadMarker,
  Message,
  MessageReaction,
  ActionItem,
  Meeting,
  MeetingReminder,
  GoalBoard,
  BoardLane,
  Goal,
  Milestone,
  Reflection,
  Feedback,
  Resource,
  ProgressReview,
  WebhookEndpoint,
  WebhookDelivery,
  NudgeSent,
  NudgePreferences,
];
