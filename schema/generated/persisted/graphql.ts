/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The agreement version you accept. */
export type AcknowledgeAgreementInput = {
  /** A `Mentorship` id. */
  mentorshipId: string | number;
  /** The version you read and accept: it must be the latest. */
  version: number;
};

/** A new step towards a goal, added at the end. */
export type AddMilestoneInput = {
  /** `YYYY-MM-DD`; null for no due date. */
  dueOn?: string | null | undefined;
  /** A `Goal` id. */
  goalId: string | number;
  /** The step, 1 to 200 characters. */
  title: string;
};

/** What the two of you agree to expect of each other. */
export type AgreementTermsInput = {
  /** How you talk between meetings: 1 to 5 channels, each once. */
  channels: Array<CommunicationChannel>;
  /** What stays between you, at most 2,000 characters. */
  confidentiality?: string;
  /** How you will know it worked: at most 10, of at most 200 characters. */
  desiredOutcomes?: Array<string>;
  /** `YYYY-MM-DD`, in the future; null: open-ended. */
  endDate?: string | null | undefined;
  /** What you will work on: 1 to 10 goals of at most 200 characters. */
  goals: Array<string>;
  /** How often you meet. */
  meetingCadence: MeetingCadence;
  /** 15 to 240. */
  meetingLengthMinutes: number;
  /** 1 to 336. */
  responseTimeHours: number;
  /** 1 to 26. */
  reviewEveryWeeks: number;
};

/** A question for the mentee about their request. */
export type AskForInformationInput = {
  /** What you want to know, 1 to 2,000 characters. */
  question: string;
  /** A `MentorshipRequest` id. */
  requestId: string | number;
};

/** Why an active mentorship needs attention. */
export type AtRiskReasonKind =
  /** No session for twice the agreed cadence. */
  | 'NO_RECENT_SESSION'
  /** A progress review is overdue on the agreed cadence. */
  | 'REVIEW_OVERDUE'
  /** A message has waited longer than the agreed response time. */
  | 'UNANSWERED_MESSAGE';

/** A weekly window when you are usually available. */
export type AvailabilityWindowInput = {
  /** `HH:MM`, after the start. */
  endTime: string;
  /** `HH:MM`, 24-hour, in the profile's time zone. */
  startTime: string;
  /** ISO weekday: 1 is Monday, 7 is Sunday. */
  weekday: number;
};

/** A new address for your account. */
export type ChangeEmailInput = {
  /** The new address; a verification link is sent there. */
  newEmail: string;
  /** Your current password, to confirm it is you. */
  password: string;
};

/** The mentorship to pause, resume, complete or cancel. */
export type ChangeMentorshipInput = {
  /** A `Mentorship` id. */
  mentorshipId: string | number;
  /** Why (required to cancel; welcome when completing early). */
  reason?: string | null | undefined;
};

/** Your current password and the new one. */
export type ChangePasswordInput = {
  /** Your current password, to confirm it is you. */
  currentPassword: string;
  /** At least 10 characters, and not one of the most common passwords. */
  newPassword: string;
};

/** A group of people who start together. */
export type CohortInput = {
  /** Its name, 1 to 80 characters. */
  name: string;
  /** `YYYY-MM-DD`. */
  startsOn: string;
};

/** A way the pair agrees to talk. */
export type CommunicationChannel =
  /** Written messages. */
  | 'CHAT'
  /** Email. */
  | 'EMAIL'
  /** Meeting face to face. */
  | 'IN_PERSON'
  /** Phone calls. */
  | 'PHONE'
  /** Video calls. */
  | 'VIDEO';

/** Say which roles you take: mentor, mentee, or both. */
export type CompleteOnboardingInput = {
  /** Look for mentoring. */
  asMentee: boolean;
  /** Offer mentoring. */
  asMentor: boolean;
};

/** Which action item becomes a milestone of which goal. */
export type ConvertActionItemToMilestoneInput = {
  /** An action item of a live session. */
  actionItemId: string | number;
  /** A goal on the board of the session's mentorship. */
  goalId: string | number;
};

/** Something one of you agreed to do. */
export type CreateActionItemInput = {
  /** The mentor or the mentee. */
  assigneeId?: string | number | null | undefined;
  /** `YYYY-MM-DD`. */
  dueOn?: string | null | undefined;
  /** A `LiveSession` id. */
  sessionId: string | number;
  /** What is to be done, 1 to 200 characters. */
  title: string;
};

/** A new goal card on a board. */
export type CreateGoalInput = {
  /** Place it right after this card; neither: at the end of the lane. */
  afterId?: string | number | null | undefined;
  /** Place it right before this card. */
  beforeId?: string | number | null | undefined;
  /** A `GoalBoard` id. */
  boardId: string | number;
  /** Your own unique id for this goal: creating again with it gives the same goal once. */
  clientMutationId: string;
  /** Details, at most 4,000 characters. */
  description?: string | null | undefined;
  /** A `BoardLane` id of that board. */
  laneId: string | number;
  /** Skills it develops, at most 10 of at most 60 characters. */
  linkedSkills?: Array<string> | null | undefined;
  /** The mentor's or mentee's `User` id; null for no owner. */
  ownerId?: string | number | null | undefined;
  /** `YYYY-MM-DD`. */
  targetDate?: string | null | undefined;
  /** The goal, 1 to 200 characters. */
  title: string;
  /** Why it matters, at most 1,000 characters. */
  whyItMatters?: string | null | undefined;
};

/** A new organisation. */
export type CreateOrganizationInput = {
  /** Its name, 1 to 120 characters. */
  name: string;
};

/** A new personal access token: what it is for, what it may do, and until when. At most 50 unrevoked tokens per person. */
export type CreatePersonalAccessTokenInput = {
  /** When it stops working (at most a year ahead); null: never. */
  expiresAt?: string | null | undefined;
  /** What will use it, e.g. "Program dashboard". */
  name: string;
  /** What it may do: one or more scopes, each once. Write scopes include their read scope. */
  scopes: Array<Scope>;
};

/** A new program in an organisation you administer. */
export type CreateProgramInput = {
  /** At most 20 cohorts; none for a program without cohorts. */
  cohorts?: Array<CohortInput>;
  /** What it is about, at most 4,000 characters. */
  description?: string;
  /** `YYYY-MM-DD`, after the start. */
  endsOn: string;
  /** At most 20 questions for people who enrol. */
  enrollmentQuestions?: Array<EnrollmentQuestionInput>;
  /** Its name, 1 to 120 characters. */
  name: string;
  /** An `Organization` id. */
  organizationId: string | number;
  /** `YYYY-MM-DD`. */
  startsOn: string;
};

/** A new endpoint: where to send which events. */
export type CreateWebhookEndpointInput = {
  /** The events to send there. */
  events: Array<WebhookEventType>;
  /** An organisation you administer, for its program events; leave out for your own notifications. */
  organizationId?: string | number | null | undefined;
  /** An https:// address (http://localhost is accepted outside production). */
  url: string;
};

/** The request to decline, and why. */
export type DeclineMentorshipRequestInput = {
  /** A kind, honest reason; the mentee sees it. */
  reason: string;
  /** A `MentorshipRequest` id. */
  requestId: string | number;
};

/** Confirms that you want your account deleted. */
export type DeleteAccountInput = {
  /** Your password, to confirm. */
  password: string;
};

/** New text for one of your messages. */
export type EditMessageInput = {
  /** The new text, 1 to 4,000 characters. */
  body: string;
  /** A `Message` id of yours. */
  messageId: string | number;
};

/** The program you want to take part in, on which side, and your answers. */
export type EnrollInProgramInput = {
  /** Answers to the questions; every required one must be answered. */
  answers?: Array<EnrollmentAnswerInput>;
  /** A `Cohort.id` of the program; null when it has none or you have no preference. */
  cohortId?: string | number | null | undefined;
  /** A `Program` id. */
  programId: string | number;
  /** Whether you enrol as mentor or mentee; once per side. */
  role: EnrollmentRole;
};

/** An answer to one enrolment question. */
export type EnrollmentAnswerInput = {
  /** Your answer, at most 2,000 characters. */
  answer: string;
  /** An `EnrollmentQuestion.id` of the program. */
  questionId: string | number;
};

/** A question people answer when they enrol. */
export type EnrollmentQuestionInput = {
  /** The question, 1 to 300 characters. */
  prompt: string;
  /** Whether an answer is needed to enrol. */
  required?: boolean;
};

/** The side a person enrols on. */
export type EnrollmentRole =
  /** To be mentored in the program. */
  | 'MENTEE'
  /** To mentor in the program. */
  | 'MENTOR';

/** Where an enrolment stands; admins decide. */
export type EnrollmentStatus =
  /** Taking part; can be matched. */
  | 'APPROVED'
  /** Not taking part. */
  | 'DECLINED'
  /** Waiting for an admin. */
  | 'PENDING';

/** A look back at a past experience. */
export type ExperienceReflectionInput = {
  /** What happened, 1 to 2,000 characters. */
  situation: string;
  /** What did not go well, at most 2,000 characters. */
  whatDidNot?: string;
  /** What went well, at most 2,000 characters. */
  whatWorked?: string;
};

/** What the feedback is about. */
export type FeedbackContext =
  /** The mentorship as a whole. */
  | 'GENERAL'
  /** A progress review; `contextId` names it. */
  | 'REVIEW'
  /** A live session; `contextId` names it. */
  | 'SESSION';

/** Ratings from 1 (poor) to 5 (excellent). */
export type FeedbackRatingsInput = {
  /** How clearly they communicated, 1 to 5. */
  clarity: number;
  /** How helpful the other person was, 1 to 5. */
  helpfulness: number;
  /** How well they listened, 1 to 5. */
  listening: number;
  /** How well prepared they came, 1 to 5. */
  preparation: number;
};

/** Feedback for the other person of one of your mentorships; only the two of you see it. */
export type GiveFeedbackInput = {
  /** A comment, at most 2,000 characters. */
  comment?: string | null | undefined;
  /** What it is about; once per occasion. */
  context: FeedbackContext;
  /** The session or review it follows. */
  contextId?: string | number | null | undefined;
  /** Mentors: what you learned. */
  learned?: string | null | undefined;
  /** A `Mentorship` id. */
  mentorshipId: string | number;
  /** Your ratings. */
  ratings: FeedbackRatingsInput;
};

/** Short term: within months. Long term: a year or more. */
export type GoalHorizon =
  /** A year or more away. */
  | 'LONG_TERM'
  /** Within the next months. */
  | 'SHORT_TERM';

/** The goal to act on. */
export type GoalIdInput = {
  /** A `Goal` id. */
  id: string | number;
};

/** How far you have read your notifications. */
export type MarkNotificationsReadInput = {
  /** The seq of the newest notification seen; it never moves back. */
  upToSeq: number;
};

/** How far you have read in a room. */
export type MarkSessionReadInput = {
  /** The seq of the last event you have seen. */
  seq: number;
  /** A `LiveSession` id. */
  sessionId: string | number;
};

/** One part of a match score. */
export type MatchFactor =
  /** Hours a week their availability falls in your daytime (08:00–22:00 where you are). */
  | 'AVAILABILITY'
  /** How many of their places are free. */
  | 'CAPACITY'
  /** How much their expertise speaks to your goals. */
  | 'GOALS'
  /** Whether they mentor in your preferred languages. */
  | 'LANGUAGE'
  /** How fast they answer requests. */
  | 'RESPONSIVENESS'
  /** How many of your skills to develop they have, weighted by how far you want to go. */
  | 'SKILLS';

/** Pairs to match in a program you administer. */
export type MatchProgramPairsInput = {
  /** 1 to 100 pairs; all are matched, or none. */
  pairs: Array<ProgramPairInput>;
  /** A `Program` id. */
  programId: string | number;
};

/** Weights from 0 to 10; parts left out keep their current weight. */
export type MatchWeightsInput = {
  /** How much `AVAILABILITY` counts, 0 to 10. */
  AVAILABILITY?: number | null | undefined;
  /** How much `CAPACITY` counts, 0 to 10. */
  CAPACITY?: number | null | undefined;
  /** How much `GOALS` counts, 0 to 10. */
  GOALS?: number | null | undefined;
  /** How much `LANGUAGE` counts, 0 to 10. */
  LANGUAGE?: number | null | undefined;
  /** How much `RESPONSIVENESS` counts, 0 to 10. */
  RESPONSIVENESS?: number | null | undefined;
  /** How much `SKILLS` counts, 0 to 10. */
  SKILLS?: number | null | undefined;
};

/** How often to meet. */
export type MeetingCadence =
  /** No fixed rhythm: whenever either asks. */
  | 'AS_NEEDED'
  /** Once every two weeks. */
  | 'EVERY_TWO_WEEKS'
  /** Once a month. */
  | 'MONTHLY'
  /** Once a week. */
  | 'WEEKLY';

/** A goal you want to achieve. */
export type MenteeGoalInput = {
  /** How far away it is. */
  horizon: GoalHorizon;
  /** Keep an existing goal's id when editing it; leave out for a new goal. */
  id?: string | number | null | undefined;
  /** The goal, 1 to 120 characters; each goal once. */
  title: string;
  /** Why it matters to you, at most 1,000 characters. */
  whyItMatters?: string;
};

/** Narrows a mentor search; every filter given must hold. */
export type MentorSearchFilter = {
  /** Only mentors taking requests now (default: true). */
  acceptingRequests?: boolean | null | undefined;
  /** Has at least one of these areas of expertise (any case). */
  expertise?: Array<string> | null | undefined;
  /** Offers at least one of these formats. */
  formats?: Array<MentoringFormat> | null | undefined;
  /** Mentors in at least one of these languages (ISO 639-1). */
  languages?: Array<string> | null | undefined;
  /** At most this many hours from `nearTimeZone` right now (0 to 14). */
  maxHoursApart?: number | null | undefined;
  /** With `maxHoursApart`: an IANA time zone to be close to. */
  nearTimeZone?: string | null | undefined;
  /** Has at least one of these skills (any case). */
  skills?: Array<string> | null | undefined;
};

/** How mentoring happens: inside a formal program or informally, by video call or by chat. */
export type MentoringFormat =
  /** By written chat. */
  | 'CHAT'
  /** Within a structured program run by an organisation. */
  | 'FORMAL_PROGRAM'
  /** Outside any program, arranged by the pair. */
  | 'INFORMAL'
  /** By video call. */
  | 'VIDEO';

/** Where a request stands. PENDING and INFO_REQUESTED are open; the others are final. */
export type MentorshipRequestStatus =
  /** A mentorship was created. */
  | 'ACCEPTED'
  /** The mentor said no, with a reason. */
  | 'DECLINED'
  /** Nobody answered in time. */
  | 'EXPIRED'
  /** The mentor asked a question; waiting for the mentee. */
  | 'INFO_REQUESTED'
  /** Waiting for the mentor. */
  | 'PENDING'
  /** The mentee took it back. */
  | 'WITHDRAWN';

/** Where a mentorship stands. */
export type MentorshipStatus =
  /** Under way. */
  | 'ACTIVE'
  /** Ended without completing. */
  | 'CANCELLED'
  /** Finished, possibly early (with a reason). */
  | 'COMPLETED'
  /** On hold; either person can resume it. */
  | 'PAUSED'
  /** Matched; active once both acknowledge the same agreement version. */
  | 'PENDING_AGREEMENT';

/** The message to act on. */
export type MessageIdInput = {
  /** A `Message` id of yours. */
  messageId: string | number;
};

/** Where to move a goal card. */
export type MoveGoalInput = {
  /** Place it right after this card; neither this nor `beforeId`: at the end of the lane. */
  afterId?: string | number | null | undefined;
  /** Place it right before this card. */
  beforeId?: string | number | null | undefined;
  /** A `Goal` id. */
  id: string | number;
  /** The `BoardLane` id it goes to. */
  laneId: string | number;
};

/** Where a lane moves to, between two neighbours. */
export type MoveLaneInput = {
  /** Place it right after this lane; neither: last. */
  afterId?: string | number | null | undefined;
  /** Place it right before this lane. */
  beforeId?: string | number | null | undefined;
  /** A `BoardLane` id. */
  laneId: string | number;
};

/** A kind of reminder Mentorspace sends by itself (a notification, and mail for those who opt in). */
export type NudgeKind =
  /** To both people (and program admins): no session for twice the agreed cadence. */
  | 'MENTORSHIP_STALLED'
  /** To the goal's owner (or both): a milestone is due within two days. */
  | 'MILESTONE_DUE_SOON'
  /** To the goal's owner (or both): a milestone's due date has passed. */
  | 'MILESTONE_OVERDUE'
  /** To a mentor: a request to them expires within two days unanswered. */
  | 'REQUEST_EXPIRING'
  /** To both people: a progress review is overdue on the agreed cadence. */
  | 'REVIEW_OVERDUE';

/** The meeting occurrence whose room to open. */
export type OpenMeetingRoomInput = {
  /** A `Meeting` id. */
  meetingId: string | number;
  /** The occurrence, by `originalStart`. */
  originalStart: string;
};

/** Whether someone is in the room. */
export type PresenceStatus =
  /** In the room, but not looking at it (e.g. the tab is hidden). */
  | 'AWAY'
  /** Left the room. */
  | 'OFFLINE'
  /** In the room, looking at it. */
  | 'ONLINE';

/** Who can see a mentor profile. */
export type ProfileVisibility =
  /** Only you; you do not appear in search. */
  | 'HIDDEN'
  /** Anyone signed in to Mentorspace. */
  | 'MEMBERS'
  /** Anyone, including third parties with a `profile:read` token. */
  | 'PUBLIC';

/** A mentee and a mentor to pair. */
export type ProgramPairInput = {
  /** The mentee's `User` id. */
  menteeId: string | number;
  /** The mentor's `User` id. */
  mentorId: string | number;
};

/** A new version of the agreement of one of your mentorships. */
export type ProposeAgreementInput = {
  /** The latest version you saw (0 for none). If another was proposed since, you get STALE_VERSION instead of overwriting it. */
  basedOnVersion?: number | null | undefined;
  /** A `Mentorship` id. */
  mentorshipId: string | number;
  /** What you changed and why. */
  note?: string | null | undefined;
  /** The whole set of terms, changed or not. */
  terms: AgreementTermsInput;
};

/** An answer to the mentor's question. */
export type ProvideInformationInput = {
  /** Your answer, 1 to 2,000 characters. */
  answer: string;
  /** A `MentorshipRequest` id. */
  requestId: string | number;
};

/** Your rating of the period a review covers. */
export type RateProgressReviewInput = {
  /** 1 to 5. */
  rating: number;
  /** A `ProgressReview` id. */
  reviewId: string | number;
};

/** A reaction to add or take back. */
export type ReactToMessageInput = {
  /** False takes the reaction back. */
  add?: boolean;
  /** One of 👍 ❤️ 🎉 😂 🤔 👀 🙏. */
  emoji: string;
  /** A `Message` id. */
  messageId: string | number;
};

/** Which delivery to send again. */
export type RedeliverWebhookInput = {
  /** A `WebhookDelivery` id from the delivery log. */
  deliveryId: string | number;
};

/** A new name for a lane. */
export type RenameLaneInput = {
  /** A `BoardLane` id. */
  laneId: string | number;
  /** The new name, 1 to 40 characters. */
  name: string;
};

/** Requests you sent (as mentee) or received (as mentor). */
export type RequestDirection =
  /** Requests mentees sent to you. */
  | 'RECEIVED'
  /** Requests you sent to mentors. */
  | 'SENT';

/** The request to act on. */
export type RequestIdInput = {
  /** A `MentorshipRequest` id. */
  requestId: string | number;
};

/** Which side of a request. */
export type RequestParty =
  /** The mentee who asked. */
  | 'MENTEE'
  /** The mentor who was asked. */
  | 'MENTOR';

/** Where to send a password reset link. */
export type RequestPasswordResetInput = {
  /** The address of the account. */
  email: string;
};

/** A new password, with the token from a reset link. */
export type ResetPasswordInput = {
  /** At least 10 characters, and not one of the most common passwords. */
  newPassword: string;
  /** The token from the link in the reset mail. */
  token: string;
};

/** What kind of resource it is. */
export type ResourceKind =
  /** An article or blog post. */
  | 'ARTICLE'
  /** A book. */
  | 'BOOK'
  /** A course, online or in person. */
  | 'COURSE'
  /** A forum or community. */
  | 'FORUM'
  /** Anything else. */
  | 'OTHER'
  /** A video or talk. */
  | 'VIDEO'
  /** A workshop or event. */
  | 'WORKSHOP';

/** Your decision on an enrolment. */
export type ReviewEnrollmentInput = {
  /** True to approve, false to decline. */
  approve: boolean;
  /** An `Enrollment` id. */
  enrollmentId: string | number;
};

/** The token to revoke. */
export type RevokePersonalAccessTokenInput = {
  /** A `PersonalAccessToken` id from `viewer.personalAccessTokens`. */
  tokenId: string | number;
};

/** The browser to sign out. */
export type RevokeSessionInput = {
  /** An `AuthSession` id from `viewer.sessions`. */
  sessionId: string | number;
};

/** A meeting to schedule, once or recurring. */
export type ScheduleMeetingInput = {
  /** Points to cover, at most 20 of at most 200 characters. */
  agenda?: Array<string>;
  /** 10 to 480. */
  durationMinutes: number;
  /** Wall-clock start in `timeZone`, `YYYY-MM-DDTHH:MM`. */
  localStart: string;
  /** A `Mentorship` id of one of your open mentorships. */
  mentorshipId: string | number;
  /** An RRULE such as `FREQ=WEEKLY;INTERVAL=2;COUNT=10` or `FREQ=MONTHLY;BYDAY=+1TU;UNTIL=20271231`; it must end (COUNT or UNTIL), within 200 meetings and 3 years. */
  recurrence?: string | null | undefined;
  /** IANA time zone, e.g. Europe/Lisbon. */
  timeZone: string;
  /** What the meeting is for, 1 to 120 characters. */
  title: string;
  /** A video-call link (https). */
  videoLink?: string | null | undefined;
};

/** A permission a personal access token carries. A token never does more than its owner may. */
export type Scope =
  /** Read your mentorships, requests and agreements. */
  | 'MENTORSHIPS_READ'
  /** Send and answer requests; change agreements. */
  | 'MENTORSHIPS_WRITE'
  /** Read your account, profiles and needs assessment. */
  | 'PROFILE_READ'
  /** Change your profiles and needs assessment. */
  | 'PROFILE_WRITE'
  /** Administer the programs of organisations you administer. */
  | 'PROGRAMS_ADMIN'
  /** Read your meetings, chat history and goal boards. */
  | 'SESSIONS_READ'
  /** Schedule meetings, send messages, edit goal boards. */
  | 'SESSIONS_WRITE'
  /** Read your webhook endpoints and their delivery logs. */
  | 'WEBHOOKS_READ'
  /** Add, change and remove webhook endpoints; redeliver events. */
  | 'WEBHOOKS_WRITE';

/** A request to a mentor: your message, the goals to share, and a proposed rhythm. */
export type SendMentorshipRequestInput = {
  /** Your own unique id for this send: sending again with it returns the same request. */
  clientMutationId: string;
  /** Goals from your needs assessment to share with the mentor. */
  goalIds?: Array<string | number>;
  /** The mentor's `User` id. */
  mentorId: string | number;
  /** Why this mentor, and what you hope for: 40 to 2,000 characters. */
  message: string;
  /** How often you propose to meet; null to leave it open. */
  proposedCadence?: MeetingCadence | null | undefined;
};

/** A chat message to send. */
export type SendMessageInput = {
  /** 1 to 4,000 characters. */
  body: string;
  /** Your own unique id for this message: sending again with it gives the same message once. */
  clientMutationId: string;
  /** A `Message` id in the same room to reply to; null for none. */
  replyToId?: string | number | null | undefined;
  /** A `LiveSession` id. */
  sessionId: string | number;
};

/** Your presence in a room. */
export type SendPresenceInput = {
  /** A `LiveSession` id. */
  sessionId: string | number;
  /** Your presence now. */
  status: PresenceStatus;
};

/** Whether you are away. */
export type SetMentorAwayInput = {
  /** True while you are away; false when you are back. */
  away: boolean;
};

/** Whether you are typing in a room. */
export type SetTypingInput = {
  /** A `LiveSession` id. */
  sessionId: string | number;
  /** True when you start typing, false when you stop. */
  typing: boolean;
};

/** Give exactly one of `mentorshipId` and `programId`. */
export type ShareResourceInput = {
  /** Goals on the pair's board it helps with (mentorships only). */
  goalIds?: Array<string | number> | null | undefined;
  /** What kind of resource it is. */
  kind: ResourceKind;
  /** Share it in this mentorship's library (with your partner). */
  mentorshipId?: string | number | null | undefined;
  /** Why it is worth a look, at most 2,000 characters. */
  note?: string | null | undefined;
  /** Share it in this program's library (with everyone taking part). */
  programId?: string | number | null | undefined;
  /** Recommend it to your partner (they get a notification; mentorships only). */
  recommend?: boolean | null | undefined;
  /** At most 10 tags, each once. */
  tags?: Array<string> | null | undefined;
  /** Its title, 1 to 200 characters. */
  title: string;
  /** A full http(s) link, at most 1,000 characters. */
  url?: string | null | undefined;
};

/** Sign in with your email and password. */
export type SignInInput = {
  /** The address of your account; case does not matter. */
  email: string;
  /** Your password. */
  password: string;
};

/** Create an account. You are signed in at once. */
export type SignUpInput = {
  /** The name others will see. */
  displayName: string;
  /** Your email address, at most 254 characters; it signs you in and receives account mail. */
  email: string;
  /** At least 10 characters, and not one of the most common passwords. */
  password: string;
};

/** Where you are on a board, and what you are editing. */
export type SignalBoardActivityInput = {
  /** A `GoalBoard` id. */
  boardId: string | number;
  /** True while you edit `goalId`. */
  editing?: boolean;
  /** The goal you have open, if any. */
  goalId?: string | number | null | undefined;
  /** OFFLINE when you leave the board. */
  status?: PresenceStatus;
};

/** A skill to develop: where you stand and where you want to be. */
export type SkillGapInput = {
  /** 1 to 5. */
  currentLevel: number;
  /** The skill, 1 to 60 characters; each skill once. */
  name: string;
  /** 1 to 5, above the current level. */
  targetLevel: number;
};

/** A skill and its level. */
export type SkillLevelInput = {
  /** 1 (beginner) to 5 (expert). */
  level: number;
  /** The skill, 1 to 60 characters; each skill once. */
  name: string;
};

/** An ad-hoc live room for one of your open mentorships. */
export type StartLiveSessionInput = {
  /** A `Mentorship` id. */
  mentorshipId: string | number;
  /** What it is about, 1 to 120 characters. */
  title: string;
};

/** The kind of support a mentee looks for. */
export type SupportKind =
  /** Advice on career choices and next steps. */
  | 'CAREER_GUIDANCE'
  /** Moral support and confidence. */
  | 'ENCOURAGEMENT'
  /** Introductions and a wider professional network. */
  | 'NETWORKING'
  /** Help to build specific skills. */
  | 'SKILL_DEVELOPMENT';

/** Changes to an action item; fields left out keep their value. */
export type UpdateActionItemInput = {
  /** An `ActionItem` id. */
  actionItemId: string | number;
  /** The mentor's or mentee's `User` id; null leaves it unassigned. */
  assigneeId?: string | number | null | undefined;
  /** Whether it is done. */
  done?: boolean | null | undefined;
  /** `YYYY-MM-DD`; null clears it. */
  dueOn?: string | null | undefined;
  /** What is to be done, 1 to 200 characters. */
  title?: string | null | undefined;
};

/** Changes to a goal's content; fields left out keep their value. */
export type UpdateGoalInput = {
  /** Details, at most 4,000 characters. */
  description?: string | null | undefined;
  /** The version your edit started from; CONFLICT if it has moved on. */
  expectedVersion: number;
  /** A `Goal` id. */
  id: string | number;
  /** Skills it develops, at most 10; replaces the whole list. */
  linkedSkills?: Array<string> | null | undefined;
  /** The mentor's or mentee's `User` id; null for no owner. */
  ownerId?: string | number | null | undefined;
  /** Set progress by hand (0 to 100); null hands it back to the milestones. */
  progressOverride?: number | null | undefined;
  /** `YYYY-MM-DD`; null clears it. */
  targetDate?: string | null | undefined;
  /** The goal, 1 to 200 characters. */
  title?: string | null | undefined;
  /** Why it matters, at most 1,000 characters. */
  whyItMatters?: string | null | undefined;
};

/** Changes to your mentor profile; fields left out keep their value. Creates the profile on first use. */
export type UpdateMentorProfileInput = {
  /** Whether you accept new mentorship requests now. */
  acceptingRequests?: boolean | null | undefined;
  /** Weekly windows when you are usually available, at most 28; replaces the whole list. */
  availability?: Array<AvailabilityWindowInput> | null | undefined;
  /** About you, at most 4,000 characters. */
  bio?: string | null | undefined;
  /** The most mentees at once, 0 to 20. */
  capacity?: number | null | undefined;
  /** How you like to communicate, at most 1,000 characters. */
  communicationStyle?: string | null | undefined;
  /** Areas of expertise, at most 20, each once and at most 60 characters. */
  expertise?: Array<string> | null | undefined;
  /** How you mentor, at most 4. */
  formats?: Array<MentoringFormat> | null | undefined;
  /** One line: who you are and how you help; at most 120 characters. */
  headline?: string | null | undefined;
  /** Industries you know, at most 10, each once. */
  industries?: Array<string> | null | undefined;
  /** ISO 639-1 codes. */
  languages?: Array<string> | null | undefined;
  /** The qualities you bring (e.g. "patient"), at most 10, each once. */
  qualities?: Array<string> | null | undefined;
  /** Skills with your level, at most 30, each once. */
  skills?: Array<SkillLevelInput> | null | undefined;
  /** IANA time zone. */
  timeZone?: string | null | undefined;
  /** Who can see your profile and find it in search. */
  visibility?: ProfileVisibility | null | undefined;
  /** Years of professional experience, 0 to 70; null to leave it unsaid. */
  yearsOfExperience?: number | null | undefined;
};

/** Changes to a milestone; fields left out keep their value. */
export type UpdateMilestoneInput = {
  /** Whether it is done. */
  done?: boolean | null | undefined;
  /** `YYYY-MM-DD`; null clears it. */
  dueOn?: string | null | undefined;
  /** A `Milestone` id. */
  milestoneId: string | number;
  /** True removes it. */
  remove?: boolean | null | undefined;
  /** The step, 1 to 200 characters. */
  title?: string | null | undefined;
};

/** Changes to your needs assessment; fields left out keep their value. Creates it on first use. */
export type UpdateNeedsAssessmentInput = {
  /** Your goals, at most 10; replaces the whole list. */
  goals?: Array<MenteeGoalInput> | null | undefined;
  /** How often you would like to meet; null for no preference. */
  preferredCadence?: MeetingCadence | null | undefined;
  /** How you would like to be mentored, each format once. */
  preferredFormats?: Array<MentoringFormat> | null | undefined;
  /** ISO 639-1 codes, in order of preference. */
  preferredLanguages?: Array<string> | null | undefined;
  /** Reflections on past experience, at most 10; replaces the whole list. */
  reflections?: Array<ExperienceReflectionInput> | null | undefined;
  /** Skills to develop, at most 20; replaces the whole list. */
  skillsToDevelop?: Array<SkillGapInput> | null | undefined;
  /** The support you look for, each kind once. */
  supportKinds?: Array<SupportKind> | null | undefined;
  /** IANA time zone. */
  timeZone?: string | null | undefined;
};

/** Changes to your reminder settings; fields left out keep their value. */
export type UpdateNudgeSettingsInput = {
  /** Also send reminders by mail; omit to keep the setting. */
  email?: boolean | null | undefined;
  /** Every kind to mute (replaces the list); omit to keep it. */
  mutedKinds?: Array<NudgeKind> | null | undefined;
};

/** The shared notes to save, with the version they started from. */
export type UpdateSessionNotesInput = {
  /** The `notesVersion` your edit started from. */
  expectedVersion: number;
  /** The whole notes text, at most 20,000 characters. */
  notes: string;
  /** A `LiveSession` id. */
  sessionId: string | number;
};

/** Changes to an endpoint; fields left out keep their value. */
export type UpdateWebhookEndpointInput = {
  /** False stops deliveries; true resumes them and forgets past failures. */
  enabled?: boolean | null | undefined;
  /** A `WebhookEndpoint` id. */
  endpointId: string | number;
  /** The events to send there from now on (replacing the list). */
  events?: Array<WebhookEventType> | null | undefined;
  /** A new https:// address. */
  url?: string | null | undefined;
};

/** Why an input was not accepted. Stable: clients may switch on it. */
export type UserErrorCode =
  /** The two people already have a mentorship. */
  | 'ALREADY_MATCHED'
  /** The mentor has no place left for another mentee. */
  | 'CAPACITY_REACHED'
  /** Someone else changed it since the version you edited; the payload holds the current one. */
  | 'CONFLICT'
  /** The same thing is named twice, or exists already. */
  | 'DUPLICATE'
  /** Too long has passed since it was sent to change it. */
  | 'EDIT_WINDOW_CLOSED'
  /** Another account uses this email address. */
  | 'EMAIL_TAKEN'
  /** The value is not acceptable here; the message says why. */
  | 'INVALID'
  /** The email and password do not match an account. */
  | 'INVALID_CREDENTIALS'
  /** Not an email address. */
  | 'INVALID_EMAIL'
  /** Not an ISO 639-1 language code such as `en`. */
  | 'INVALID_LANGUAGE'
  /** The RRULE is not valid, never ends, produces no meetings, or runs too long. */
  | 'INVALID_RECURRENCE'
  /** Not a scope a token can carry. */
  | 'INVALID_SCOPE'
  /** The object is not in a state that allows this (e.g. cancelled, closed, deleted). */
  | 'INVALID_STATE'
  /** Not an IANA time zone such as Europe/Lisbon. */
  | 'INVALID_TIME_ZONE'
  /** The link token is unknown, used or expired. */
  | 'INVALID_TOKEN'
  /** Not an address we can send to (https required; no private addresses in production). */
  | 'INVALID_URL'
  /** The mentor is away for now and takes no requests until they are back. */
  | 'MENTOR_AWAY'
  /** The mentor is not taking requests now. */
  | 'MENTOR_UNAVAILABLE'
  /** Only a mentee can do this; complete onboarding as one first. */
  | 'NOT_A_MENTEE'
  /** No object with that id that you may use. */
  | 'NOT_FOUND'
  /** A number or date lies outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** The password is among the most common ones. */
  | 'PASSWORD_TOO_COMMON'
  /** The password has more than 256 characters. */
  | 'PASSWORD_TOO_LONG'
  /** The password has fewer than 10 characters. */
  | 'PASSWORD_TOO_SHORT'
  /** You have an open request with this mentor already. */
  | 'REQUEST_ALREADY_OPEN'
  /** A value is needed and was empty or missing. */
  | 'REQUIRED'
  /** A newer version exists; read it and try again. */
  | 'STALE_VERSION'
  /** Text is longer than the maximum. */
  | 'TOO_LONG'
  /** A list holds more items than allowed, or you already have as many as allowed. */
  | 'TOO_MANY'
  /** Too many tries or mails in a short time; try again later. */
  | 'TOO_MANY_ATTEMPTS'
  /** Text or a list is shorter than the minimum. */
  | 'TOO_SHORT'
  /** That is not your current password. */
  | 'WRONG_PASSWORD';

/** The token from a verification link. */
export type VerifyEmailInput = {
  /** The token from the link in the verification mail. */
  token: string;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt failed; it will not be retried unless you redeliver it. */
  | 'FAILED'
  /** Waiting for its first attempt or for a retry (`nextAttemptAt`). */
  | 'PENDING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

/** Which endpoint. */
export type WebhookEndpointIdInput = {
  /** A `WebhookEndpoint` id. */
  endpointId: string | number;
};

/** An event a webhook endpoint can subscribe to. A payload's `type` is the lower-case name, e.g. `request.received`. */
export type WebhookEventType =
  /** `agreement.acknowledged`: An agreement version was acknowledged. (personal endpoints; tokens need `mentorships:read`) */
  | 'AGREEMENT_ACKNOWLEDGED'
  /** `agreement.proposed`: A new agreement version was proposed. (personal endpoints; tokens need `mentorships:read`) */
  | 'AGREEMENT_PROPOSED'
  /** `enrollment.requested`: Someone asked to enrol in one of the organisation's programs. (organisation endpoints; tokens need `programs:admin`) */
  | 'ENROLLMENT_REQUESTED'
  /** `enrollment.reviewed`: An admin approved or declined an enrolment. (organisation endpoints; tokens need `programs:admin`) */
  | 'ENROLLMENT_REVIEWED'
  /** `meeting.cancelled`: A meeting (or its whole series) was cancelled. (personal endpoints; tokens need `sessions:read`) */
  | 'MEETING_CANCELLED'
  /** `meeting.occurrence_cancelled`: One meeting of a series was cancelled. (personal endpoints; tokens need `sessions:read`) */
  | 'MEETING_OCCURRENCE_CANCELLED'
  /** `meeting.occurrence_moved`: One meeting of a series was moved. (personal endpoints; tokens need `sessions:read`) */
  | 'MEETING_OCCURRENCE_MOVED'
  /** `meeting.recorded`: Attendance and notes were recorded for a meeting. (personal endpoints; tokens need `sessions:read`) */
  | 'MEETING_RECORDED'
  /** `meeting.reminder`: A meeting starts in a few minutes. (personal endpoints; tokens need `sessions:read`) */
  | 'MEETING_REMINDER'
  /** `meeting.scheduled`: A meeting was scheduled. (personal endpoints; tokens need `sessions:read`) */
  | 'MEETING_SCHEDULED'
  /** `mentorship.created`: A mentorship of yours began. (personal endpoints; tokens need `mentorships:read`) */
  | 'MENTORSHIP_CREATED'
  /** `mentorship.status_changed`: A mentorship was paused, resumed, completed or cancelled. (personal endpoints; tokens need `mentorships:read`) */
  | 'MENTORSHIP_STATUS_CHANGED'
  /** `program.mentorship_created`: A program mentorship was matched. (organisation endpoints; tokens need `programs:admin`) */
  | 'PROGRAM_MENTORSHIP_CREATED'
  /** `request.accepted`: Your request was accepted. (personal endpoints; tokens need `mentorships:read`) */
  | 'REQUEST_ACCEPTED'
  /** `request.declined`: Your request was declined. (personal endpoints; tokens need `mentorships:read`) */
  | 'REQUEST_DECLINED'
  /** `request.info_provided`: A mentee answered your question. (personal endpoints; tokens need `mentorships:read`) */
  | 'REQUEST_INFO_PROVIDED'
  /** `request.info_requested`: A mentor asked a question about your request. (personal endpoints; tokens need `mentorships:read`) */
  | 'REQUEST_INFO_REQUESTED'
  /** `request.received`: A mentee asked you to mentor them. (personal endpoints; tokens need `mentorships:read`) */
  | 'REQUEST_RECEIVED'
  /** `request.withdrawn`: A mentee withdrew a request to you. (personal endpoints; tokens need `mentorships:read`) */
  | 'REQUEST_WITHDRAWN'
  /** `resource.recommended`: A resource was shared in a mentorship. (personal endpoints; tokens need `sessions:read`) */
  | 'RESOURCE_RECOMMENDED'
  /** `review.written`: A progress review was written. (personal endpoints; tokens need `mentorships:read`) */
  | 'REVIEW_WRITTEN'
  /** `session.started`: A live session started. (personal endpoints; tokens need `sessions:read`) */
  | 'SESSION_STARTED';

/** Whose endpoints an event goes to: a person's own, or an organisation's. */
export type WebhookOwnerKind =
  /** An organisation's endpoints, managed by its admins, for its programs. */
  | 'ORGANIZATION'
  /** A person's own endpoints, for what happens to them (their notifications). */
  | 'USER';

/** A progress review of one of your mentorships. */
export type WriteProgressReviewInput = {
  /** A `Mentorship` id. */
  mentorshipId: string | number;
  /** The next steps, at most 4,000 characters. */
  nextSteps?: string | null | undefined;
  /** Your rating of the period, 1 to 5. */
  rating: number;
  /** What to change, at most 4,000 characters. */
  toChange?: string | null | undefined;
  /** What went well, at most 4,000 characters. */
  wentWell?: string | null | undefined;
};

/** A journal entry to write, or to rewrite whole: fields left out take their defaults again. */
export type WriteReflectionInput = {
  /** The entry, 1 to 10,000 characters. */
  body: string;
  /** At most 10 `Goal` ids it is about. */
  goalIds?: Array<string | number> | null | undefined;
  /** Leave out to write a new entry; give to edit one of yours. */
  id?: string | number | null | undefined;
  /** The mentorship it belongs to (needed to share it). */
  mentorshipId?: string | number | null | undefined;
  /** The prompt it answers (see `reflectionPrompts`), at most 300 characters; empty for free writing. */
  prompt?: string | null | undefined;
  /** The `LiveSession` id it is about, if any. */
  sessionId?: string | number | null | undefined;
  /** Share with your partner in that mentorship. */
  shared?: boolean | null | undefined;
};

export type PersonalAccessTokenFieldsFragment = { __typename: 'PersonalAccessToken', id: string, name: string, scopes: Array<Scope>, secretPrefix: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null };

export type MyAccessTokensQueryVariables = Exact<{
  first: number;
}>;


export type MyAccessTokensQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, personalAccessTokens: { __typename: 'PersonalAccessTokenConnection', totalCount: number, nodes: Array<{ __typename: 'PersonalAccessToken', id: string, name: string, scopes: Array<Scope>, secretPrefix: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null }> } | null } | null };

export type CreatePersonalAccessTokenMutationVariables = Exact<{
  input: CreatePersonalAccessTokenInput;
}>;


export type CreatePersonalAccessTokenMutation = { __typename: 'Mutation', createPersonalAccessToken: { __typename: 'CreatePersonalAccessTokenPayload', secret: string | null, token: { __typename: 'PersonalAccessToken', id: string, name: string, scopes: Array<Scope>, secretPrefix: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type RevokePersonalAccessTokenMutationVariables = Exact<{
  input: RevokePersonalAccessTokenInput;
}>;


export type RevokePersonalAccessTokenMutation = { __typename: 'Mutation', revokePersonalAccessToken: { __typename: 'OutcomePayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type ChangeEmailMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type ChangeEmailMutation = { __typename: 'Mutation', changeEmail: { __typename: 'OutcomePayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename: 'Mutation', changePassword: { __typename: 'OutcomePayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type ExportMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataQuery = { __typename: 'Query', exportMyData: unknown };

export type DeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type DeleteAccountMutation = { __typename: 'Mutation', deleteAccount: { __typename: 'OutcomePayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename: 'Mutation', signUp: { __typename: 'AccountPayload', user: { __typename: 'User', id: string, displayName: string, email: string | null, emailVerified: boolean | null, onboarded: boolean, roles: { __typename: 'Roles', isMentor: boolean, isMentee: boolean } } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename: 'Mutation', signIn: { __typename: 'AccountPayload', user: { __typename: 'User', id: string, displayName: string, email: string | null, emailVerified: boolean | null, onboarded: boolean, roles: { __typename: 'Roles', isMentor: boolean, isMentee: boolean } } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename: 'Mutation', signOut: { __typename: 'OutcomePayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename: 'Mutation', requestPasswordReset: { __typename: 'OutcomePayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename: 'Mutation', resetPassword: { __typename: 'OutcomePayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type RequestEmailVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestEmailVerificationMutation = { __typename: 'Mutation', requestEmailVerification: { __typename: 'OutcomePayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type VerifyEmailMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;


export type VerifyEmailMutation = { __typename: 'Mutation', verifyEmail: { __typename: 'OutcomePayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type GoalFieldsFragment = { __typename: 'Goal', id: string, title: string, description: string, whyItMatters: string, linkedSkills: Array<string>, targetDate: string | null, laneId: string, position: string, version: number, archivedAt: string | null, owner: { __typename: 'User', id: string, displayName: string } | null, progress: { __typename: 'GoalProgress', percent: number, manual: boolean }, milestones: Array<{ __typename: 'Milestone', id: string, title: string, done: boolean, dueOn: string | null, position: string }> };

export type ArchivedGoalFieldsFragment = { __typename: 'Goal', id: string, title: string, description: string, whyItMatters: string, linkedSkills: Array<string>, targetDate: string | null, laneId: string, position: string, version: number, archivedAt: string | null, owner: { __typename: 'User', id: string, displayName: string } | null, progress: { __typename: 'GoalProgress', percent: number, manual: boolean } };

export type BoardActivityFieldsFragment = { __typename: 'BoardActivity', seq: number, sentence: string, at: string };

export type GoalBoardQueryVariables = Exact<{
  id: string | number;
}>;


export type GoalBoardQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'AuthSession', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'GoalBoard', id: string }
    | { __typename: 'LiveSession', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'Mentorship', id: string, status: MentorshipStatus, mentor: { __typename: 'User', id: string, displayName: string }, mentee: { __typename: 'User', id: string, displayName: string }, goalBoard: { __typename: 'GoalBoard', id: string, head: number, lanes: Array<{ __typename: 'BoardLane', id: string, name: string, position: string, goals: Array<{ __typename: 'Goal', id: string, title: string, description: string, whyItMatters: string, linkedSkills: Array<string>, targetDate: string | null, laneId: string, position: string, version: number, archivedAt: string | null, owner: { __typename: 'User', id: string, displayName: string } | null, progress: { __typename: 'GoalProgress', percent: number, manual: boolean }, milestones: Array<{ __typename: 'Milestone', id: string, title: string, done: boolean, dueOn: string | null, position: string }> }> }>, archivedGoals: Array<{ __typename: 'Goal', id: string, title: string, description: string, whyItMatters: string, linkedSkills: Array<string>, targetDate: string | null, laneId: string, position: string, version: number, archivedAt: string | null, owner: { __typename: 'User', id: string, displayName: string } | null, progress: { __typename: 'GoalProgress', percent: number, manual: boolean } }>, activity: Array<{ __typename: 'BoardActivity', seq: number, sentence: string, at: string }> } | null }
    | { __typename: 'MentorshipRequest', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'NeedsAssessment', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PersonalAccessToken', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'ProgressReview', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type GoalBoardActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type GoalBoardActivityQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'AuthSession', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'GoalBoard', id: string }
    | { __typename: 'LiveSession', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'Mentorship', id: string, goalBoard: { __typename: 'GoalBoard', id: string, activity: Array<{ __typename: 'BoardActivity', seq: number, sentence: string, at: string }> } | null }
    | { __typename: 'MentorshipRequest', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'NeedsAssessment', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PersonalAccessToken', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'ProgressReview', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type BoardEventsSubscriptionVariables = Exact<{
  boardId: string | number;
  after: number;
}>;


export type BoardEventsSubscription = { boardEvents: { __typename: 'StreamEvent', seq: number | null, type: string, payload: unknown, actorId: string | null, ephemeral: boolean } };

export type SignalBoardActivityMutationVariables = Exact<{
  input: SignalBoardActivityInput;
}>;


export type SignalBoardActivityMutation = { __typename: 'Mutation', signalBoardActivity: { __typename: 'OutcomePayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;


export type CreateGoalMutation = { __typename: 'Mutation', createGoal: { __typename: 'GoalPayload', goal: { __typename: 'Goal', id: string, title: string, description: string, whyItMatters: string, linkedSkills: Array<string>, targetDate: string | null, laneId: string, position: string, version: number, archivedAt: string | null, owner: { __typename: 'User', id: string, displayName: string } | null, progress: { __typename: 'GoalProgress', percent: number, manual: boolean }, milestones: Array<{ __typename: 'Milestone', id: string, title: string, done: boolean, dueOn: string | null, position: string }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;


export type UpdateGoalMutation = { __typename: 'Mutation', updateGoal: { __typename: 'GoalPayload', goal: { __typename: 'Goal', id: string, title: string, description: string, whyItMatters: string, linkedSkills: Array<string>, targetDate: string | null, laneId: string, position: string, version: number, archivedAt: string | null, owner: { __typename: 'User', id: string, displayName: string } | null, progress: { __typename: 'GoalProgress', percent: number, manual: boolean }, milestones: Array<{ __typename: 'Milestone', id: string, title: string, done: boolean, dueOn: string | null, position: string }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type MoveGoalMutationVariables = Exact<{
  input: MoveGoalInput;
}>;


export type MoveGoalMutation = { __typename: 'Mutation', moveGoal: { __typename: 'GoalPayload', goal: { __typename: 'Goal', id: string, laneId: string, position: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type ArchiveGoalMutationVariables = Exact<{
  input: GoalIdInput;
}>;


export type ArchiveGoalMutation = { __typename: 'Mutation', archiveGoal: { __typename: 'GoalPayload', goal: { __typename: 'Goal', id: string, title: string, description: string, whyItMatters: string, linkedSkills: Array<string>, targetDate: string | null, laneId: string, position: string, version: number, archivedAt: string | null, owner: { __typename: 'User', id: string, displayName: string } | null, progress: { __typename: 'GoalProgress', percent: number, manual: boolean }, milestones: Array<{ __typename: 'Milestone', id: string, title: string, done: boolean, dueOn: string | null, position: string }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type RestoreGoalMutationVariables = Exact<{
  input: GoalIdInput;
}>;


export type RestoreGoalMutation = { __typename: 'Mutation', restoreGoal: { __typename: 'GoalPayload', goal: { __typename: 'Goal', id: string, title: string, description: string, whyItMatters: string, linkedSkills: Array<string>, targetDate: string | null, laneId: string, position: string, version: number, archivedAt: string | null, owner: { __typename: 'User', id: string, displayName: string } | null, progress: { __typename: 'GoalProgress', percent: number, manual: boolean }, milestones: Array<{ __typename: 'Milestone', id: string, title: string, done: boolean, dueOn: string | null, position: string }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type AddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
}>;


export type AddMilestoneMutation = { __typename: 'Mutation', addMilestone: { __typename: 'MilestonePayload', milestone: { __typename: 'Milestone', id: string, title: string, done: boolean, dueOn: string | null, position: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateMilestoneMutationVariables = Exact<{
  input: UpdateMilestoneInput;
}>;


export type UpdateMilestoneMutation = { __typename: 'Mutation', updateMilestone: { __typename: 'MilestonePayload', milestone: { __typename: 'Milestone', id: string, title: string, done: boolean, dueOn: string | null, position: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type RenameLaneMutationVariables = Exact<{
  input: RenameLaneInput;
}>;


export type RenameLaneMutation = { __typename: 'Mutation', renameLane: { __typename: 'LanePayload', lane: { __typename: 'BoardLane', id: string, name: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type MoveLaneMutationVariables = Exact<{
  input: MoveLaneInput;
}>;


export type MoveLaneMutation = { __typename: 'Mutation', moveLane: { __typename: 'LanePayload', lane: { __typename: 'BoardLane', id: string, name: string, position: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type SessionBoardGoalsQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type SessionBoardGoalsQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'AuthSession', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'GoalBoard', id: string }
    | { __typename: 'LiveSession', id: string, mentorship: { __typename: 'Mentorship', id: string, goalBoard: { __typename: 'GoalBoard', id: string, lanes: Array<{ __typename: 'BoardLane', id: string, name: string, goals: Array<{ __typename: 'Goal', id: string, title: string }> }> } | null } }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'MentorshipRequest', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'NeedsAssessment', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PersonalAccessToken', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'ProgressReview', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type ConvertActionItemToMilestoneMutationVariables = Exact<{
  input: ConvertActionItemToMilestoneInput;
}>;


export type ConvertActionItemToMilestoneMutation = { __typename: 'Mutation', convertActionItemToMilestone: { __typename: 'MilestonePayload', milestone: { __typename: 'Milestone', id: string, title: string, done: boolean, dueOn: string | null, position: string, goal: { __typename: 'Goal', id: string, title: string } } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type BoardGoalQueryVariables = Exact<{
  id: string | number;
}>;


export type BoardGoalQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'AuthSession', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Goal', id: string, title: string, description: string, whyItMatters: string, linkedSkills: Array<string>, targetDate: string | null, laneId: string, position: string, version: number, archivedAt: string | null, owner: { __typename: 'User', id: string, displayName: string } | null, progress: { __typename: 'GoalProgress', percent: number, manual: boolean }, milestones: Array<{ __typename: 'Milestone', id: string, title: string, done: boolean, dueOn: string | null, position: string }> }
    | { __typename: 'GoalBoard', id: string }
    | { __typename: 'LiveSession', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'MentorshipRequest', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'NeedsAssessment', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PersonalAccessToken', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'ProgressReview', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type MilestoneFieldsFragment = { __typename: 'Milestone', id: string, title: string, done: boolean, dueOn: string | null, position: string };

export type ProgramInsightsQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgramInsightsQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'AuthSession', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'GoalBoard', id: string }
    | { __typename: 'LiveSession', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'MentorshipRequest', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'NeedsAssessment', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PersonalAccessToken', id: string }
    | { __typename: 'Program', name: string, startsOn: string, endsOn: string, id: string, organization: { __typename: 'Organization', id: string, name: string, viewerIsAdmin: boolean }, insights: { __typename: 'ProgramInsights', generatedAt: string, activeMentorships: number, mentorshipsByStatus: Array<{ __typename: 'MentorshipStatusCount', status: MentorshipStatus, count: number }>, sessions: { __typename: 'SessionInsights', held: number, expected: number, mentorshipsMeasured: number, mentorshipsOnCadence: number, weekly: Array<{ __typename: 'WeeklySessions', weekStart: string, sessions: number }> }, goals: { __typename: 'GoalInsights', goals: number, goalsCompleted: number, milestones: number, milestonesDone: number, milestonesOverdue: number }, reviews: { __typename: 'ReviewInsights', reviews: number, raters: number, averageRating: number | null, averageProgress: number | null }, feedback: { __typename: 'FeedbackAverages', givers: number, helpfulness: number, clarity: number, preparation: number, listening: number } | null, requests: { __typename: 'RequestInsights', received: number, answered: number, open: number, expiredUnanswered: number, medianHoursToAnswer: number | null, averageHoursToAnswer: number | null, buckets: Array<{ __typename: 'ResponseTimeBucket', label: string, count: number }> }, atRisk: Array<{ __typename: 'AtRiskMentorship', mentorshipId: string, mentor: { __typename: 'User', id: string, displayName: string }, mentee: { __typename: 'User', id: string, displayName: string }, reasons: Array<{ __typename: 'AtRiskReason', kind: AtRiskReasonKind, since: string, detail: string }> }> } | null }
    | { __typename: 'ProgressReview', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type ProgramInsightsCsvQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgramInsightsCsvQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'AuthSession', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'GoalBoard', id: string }
    | { __typename: 'LiveSession', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'MentorshipRequest', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'NeedsAssessment', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PersonalAccessToken', id: string }
    | { __typename: 'Program', name: string, id: string, insights: { __typename: 'ProgramInsights', generatedAt: string, csv: string } | null }
    | { __typename: 'ProgressReview', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type ReflectionFieldsFragment = { __typename: 'Reflection', id: string, body: string, prompt: string, shared: boolean, goalIds: Array<string>, createdAt: string, updatedAt: string, author: { __typename: 'User', id: string, displayName: string } | null };

export type JournalQueryVariables = Exact<{ [key: string]: never; }>;


export type JournalQuery = { __typename: 'Query', reflectionPrompts: Array<string>, viewer: { __typename: 'User', id: string, reflections: { __typename: 'ReflectionConnection', totalCount: number, nodes: Array<{ __typename: 'Reflection', id: string, body: string, prompt: string, shared: boolean, goalIds: Array<string>, createdAt: string, updatedAt: string, author: { __typename: 'User', id: string, displayName: string } | null }> } | null, mentorships: { __typename: 'MentorshipConnection', nodes: Array<{ __typename: 'Mentorship', id: string, status: MentorshipStatus, mentor: { __typename: 'User', id: string, displayName: string }, mentee: { __typename: 'User', id: string, displayName: string } }> } | null } | null };

export type WriteReflectionMutationVariables = Exact<{
  input: WriteReflectionInput;
}>;


export type WriteReflectionMutation = { __typename: 'Mutation', writeReflection: { __typename: 'ReflectionPayload', reflection: { __typename: 'Reflection', id: string, body: string, prompt: string, shared: boolean, goalIds: Array<string>, createdAt: string, updatedAt: string, author: { __typename: 'User', id: string, displayName: string } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type ResourceFieldsFragment = { __typename: 'Resource', id: string, title: string, url: string | null, kind: ResourceKind, tags: Array<string>, note: string, goalIds: Array<string>, recommended: boolean, createdAt: string, addedBy: { __typename: 'User', id: string, displayName: string } | null };

export type ResourcesQueryVariables = Exact<{
  id: string | number;
}>;


export type ResourcesQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'AuthSession', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'GoalBoard', id: string }
    | { __typename: 'LiveSession', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'Mentorship', id: string, status: MentorshipStatus, mentor: { __typename: 'User', id: string, displayName: string }, mentee: { __typename: 'User', id: string, displayName: string }, resources: Array<{ __typename: 'Resource', id: string, title: string, url: string | null, kind: ResourceKind, tags: Array<string>, note: string, goalIds: Array<string>, recommended: boolean, createdAt: string, addedBy: { __typename: 'User', id: string, displayName: string } | null }> }
    | { __typename: 'MentorshipRequest', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'NeedsAssessment', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PersonalAccessToken', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'ProgressReview', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type ResourceProgramsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResourceProgramsQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, programs: Array<{ __typename: 'Program', id: string, name: string }> | null } | null };

export type ProgramResourcesQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgramResourcesQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'AuthSession', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'GoalBoard', id: string }
    | { __typename: 'LiveSession', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'MentorshipRequest', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'NeedsAssessment', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PersonalAccessToken', id: string }
    | { __typename: 'Program', id: string, name: string, resources: Array<{ __typename: 'Resource', id: string, title: string, url: string | null, kind: ResourceKind, tags: Array<string>, note: string, goalIds: Array<string>, recommended: boolean, createdAt: string, addedBy: { __typename: 'User', id: string, displayName: string } | null }> | null }
    | { __typename: 'ProgressReview', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type ShareResourceMutationVariables = Exact<{
  input: ShareResourceInput;
}>;


export type ShareResourceMutation = { __typename: 'Mutation', shareResource: { __typename: 'ResourcePayload', resource: { __typename: 'Resource', id: string, title: string, url: string | null, kind: ResourceKind, tags: Array<string>, note: string, goalIds: Array<string>, recommended: boolean, createdAt: string, addedBy: { __typename: 'User', id: string, displayName: string } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type SessionMessageFieldsFragment = { __typename: 'Message', id: string, seq: number, body: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, author: { __typename: 'User', id: string, displayName: string } | null, replyTo: { __typename: 'Message', id: string, body: string | null } | null, reactions: Array<{ __typename: 'ReactionSummary', emoji: string, count: number, userIds: Array<string> }> };

export type ActionItemFieldsFragment = { __typename: 'ActionItem', id: string, title: string, done: boolean, dueOn: string | null, createdAt: string, assignee: { __typename: 'User', id: string, displayName: string } | null, milestone: { __typename: 'Milestone', id: string, goal: { __typename: 'Goal', id: string, title: string } } | null };

export type MentorshipSessionsQueryVariables = Exact<{
  id: string | number;
}>;


export type MentorshipSessionsQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'AuthSession', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'GoalBoard', id: string }
    | { __typename: 'LiveSession', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'Mentorship', id: string, liveSessions: Array<{ __typename: 'LiveSession', id: string, title: string, createdAt: string, head: number }> }
    | { __typename: 'MentorshipRequest', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'NeedsAssessment', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PersonalAccessToken', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'ProgressReview', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type LiveSessionQueryVariables = Exact<{
  id: string | number;
  last: number;
}>;


export type LiveSessionQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'AuthSession', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'GoalBoard', id: string }
    | { __typename: 'LiveSession', title: string, createdAt: string, occurrenceStart: string | null, head: number, notes: string, notesVersion: number, notesUpdatedAt: string | null, id: string, meeting: { __typename: 'Meeting', id: string, agenda: Array<string>, videoLink: string | null } | null, mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus, mentor: { __typename: 'User', id: string, displayName: string }, mentee: { __typename: 'User', id: string, displayName: string } }, messages: { __typename: 'MessageConnection', totalCount: number, nodes: Array<{ __typename: 'Message', id: string, seq: number, body: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, author: { __typename: 'User', id: string, displayName: string } | null, replyTo: { __typename: 'Message', id: string, body: string | null } | null, reactions: Array<{ __typename: 'ReactionSummary', emoji: string, count: number, userIds: Array<string> }> }>, pageInfo: { __typename: 'PageInfo', startCursor: string | null, hasPreviousPage: boolean } }, actionItems: Array<{ __typename: 'ActionItem', id: string, title: string, done: boolean, dueOn: string | null, createdAt: string, assignee: { __typename: 'User', id: string, displayName: string } | null, milestone: { __typename: 'Milestone', id: string, goal: { __typename: 'Goal', id: string, title: string } } | null }>, readMarkers: Array<{ __typename: 'SessionReadMarker', lastReadSeq: number, user: { __typename: 'User', id: string } }> }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'MentorshipRequest', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'NeedsAssessment', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PersonalAccessToken', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'ProgressReview', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type SessionHistoryQueryVariables = Exact<{
  id: string | number;
  last: number;
  before?: string | null | undefined;
}>;


export type SessionHistoryQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'AuthSession', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'GoalBoard', id: string }
    | { __typename: 'LiveSession', id: string, messages: { __typename: 'MessageConnection', nodes: Array<{ __typename: 'Message', id: string, seq: number, body: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, author: { __typename: 'User', id: string, displayName: string } | null, replyTo: { __typename: 'Message', id: string, body: string | null } | null, reactions: Array<{ __typename: 'ReactionSummary', emoji: string, count: number, userIds: Array<string> }> }>, pageInfo: { __typename: 'PageInfo', startCursor: string | null, hasPreviousPage: boolean } } }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'MentorshipRequest', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'NeedsAssessment', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PersonalAccessToken', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'ProgressReview', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type SessionHeadQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionHeadQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'AuthSession', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'GoalBoard', id: string }
    | { __typename: 'LiveSession', head: number, id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'MentorshipRequest', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'NeedsAssessment', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PersonalAccessToken', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'ProgressReview', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type SessionEventsSubscriptionVariables = Exact<{
  sessionId: string | number;
  after: number;
}>;


export type SessionEventsSubscription = { sessionEvents: { __typename: 'StreamEvent', seq: number | null, type: string, payload: unknown, actorId: string | null, createdAt: string, ephemeral: boolean } };

export type StartLiveSessionMutationVariables = Exact<{
  input: StartLiveSessionInput;
}>;


export type StartLiveSessionMutation = { __typename: 'Mutation', startLiveSession: { __typename: 'LiveSessionPayload', session: { __typename: 'LiveSession', id: string, title: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { __typename: 'Mutation', sendMessage: { __typename: 'MessagePayload', message: { __typename: 'Message', id: string, seq: number, body: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, author: { __typename: 'User', id: string, displayName: string } | null, replyTo: { __typename: 'Message', id: string, body: string | null } | null, reactions: Array<{ __typename: 'ReactionSummary', emoji: string, count: number, userIds: Array<string> }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type EditMessageMutationVariables = Exact<{
  input: EditMessageInput;
}>;


export type EditMessageMutation = { __typename: 'Mutation', editMessage: { __typename: 'MessagePayload', message: { __typename: 'Message', id: string, seq: number, body: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, author: { __typename: 'User', id: string, displayName: string } | null, replyTo: { __typename: 'Message', id: string, body: string | null } | null, reactions: Array<{ __typename: 'ReactionSummary', emoji: string, count: number, userIds: Array<string> }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type DeleteMessageMutationVariables = Exact<{
  input: MessageIdInput;
}>;


export type DeleteMessageMutation = { __typename: 'Mutation', deleteMessage: { __typename: 'MessagePayload', message: { __typename: 'Message', id: string, seq: number, body: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, author: { __typename: 'User', id: string, displayName: string } | null, replyTo: { __typename: 'Message', id: string, body: string | null } | null, reactions: Array<{ __typename: 'ReactionSummary', emoji: string, count: number, userIds: Array<string> }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReactToMessageMutationVariables = Exact<{
  input: ReactToMessageInput;
}>;


export type ReactToMessageMutation = { __typename: 'Mutation', reactToMessage: { __typename: 'MessagePayload', message: { __typename: 'Message', id: string, seq: number, body: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, author: { __typename: 'User', id: string, displayName: string } | null, replyTo: { __typename: 'Message', id: string, body: string | null } | null, reactions: Array<{ __typename: 'ReactionSummary', emoji: string, count: number, userIds: Array<string> }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type MarkSessionReadMutationVariables = Exact<{
  input: MarkSessionReadInput;
}>;


export type MarkSessionReadMutation = { __typename: 'Mutation', markSessionRead: { __typename: 'OutcomePayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateSessionNotesMutationVariables = Exact<{
  input: UpdateSessionNotesInput;
}>;


export type UpdateSessionNotesMutation = { __typename: 'Mutation', updateSessionNotes: { __typename: 'LiveSessionPayload', session: { __typename: 'LiveSession', id: string, notes: string, notesVersion: number, notesUpdatedAt: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreateActionItemMutationVariables = Exact<{
  input: CreateActionItemInput;
}>;


export type CreateActionItemMutation = { __typename: 'Mutation', createActionItem: { __typename: 'ActionItemPayload', actionItem: { __typename: 'ActionItem', id: string, title: string, done: boolean, dueOn: string | null, createdAt: string, assignee: { __typename: 'User', id: string, displayName: string } | null, milestone: { __typename: 'Milestone', id: string, goal: { __typename: 'Goal', id: string, title: string } } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateActionItemMutationVariables = Exact<{
  input: UpdateActionItemInput;
}>;


export type UpdateActionItemMutation = { __typename: 'Mutation', updateActionItem: { __typename: 'ActionItemPayload', actionItem: { __typename: 'ActionItem', id: string, title: string, done: boolean, dueOn: string | null, createdAt: string, assignee: { __typename: 'User', id: string, displayName: string } | null, milestone: { __typename: 'Milestone', id: string, goal: { __typename: 'Goal', id: string, title: string } } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type SendPresenceMutationVariables = Exact<{
  input: SendPresenceInput;
}>;


export type SendPresenceMutation = { __typename: 'Mutation', sendPresence: { __typename: 'OutcomePayload', ok: boolean } };

export type SetTypingMutationVariables = Exact<{
  input: SetTypingInput;
}>;


export type SetTypingMutation = { __typename: 'Mutation', setTyping: { __typename: 'OutcomePayload', ok: boolean } };

export type UpcomingMeetingsQueryVariables = Exact<{
  days: number;
}>;


export type UpcomingMeetingsQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, upcomingMeetings: Array<{ __typename: 'UpcomingMeeting', meeting: { __typename: 'Meeting', id: string, title: string, videoLink: string | null, recurrence: string | null, timeZone: string, durationMinutes: number, mentorship: { __typename: 'Mentorship', id: string, mentor: { __typename: 'User', id: string, displayName: string }, mentee: { __typename: 'User', id: string, displayName: string } } }, occurrence: { __typename: 'MeetingOccurrence', originalStart: string, startsAt: string, endsAt: string, cancelled: boolean, rescheduled: boolean }, room: { __typename: 'LiveSession', id: string } | null }> | null } | null };

export type OpenMeetingRoomMutationVariables = Exact<{
  input: OpenMeetingRoomInput;
}>;


export type OpenMeetingRoomMutation = { __typename: 'Mutation', openMeetingRoom: { __typename: 'LiveSessionPayload', session: { __typename: 'LiveSession', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { __typename: 'Mutation', scheduleMeeting: { __typename: 'MeetingPayload', meeting: { __typename: 'Meeting', id: string, title: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutation = { __typename: 'Mutation', createCalendarFeed: { __typename: 'CalendarFeedPayload', url: string } };

export type MentorProfileFieldsFragment = { __typename: 'MentorProfile', id: string, headline: string, bio: string, expertise: Array<string>, yearsOfExperience: number | null, industries: Array<string>, qualities: Array<string>, communicationStyle: string, languages: Array<string>, timeZone: string, capacity: number, acceptingRequests: boolean, formats: Array<MentoringFormat>, visibility: ProfileVisibility, updatedAt: string, skills: Array<{ __typename: 'SkillLevel', name: string, level: number }>, availability: Array<{ __typename: 'AvailabilityWindow', weekday: number, startTime: string, endTime: string }> };

export type MyMentorProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMentorProfileQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, mentorProfile: { __typename: 'MentorProfile', id: string, headline: string, bio: string, expertise: Array<string>, yearsOfExperience: number | null, industries: Array<string>, qualities: Array<string>, communicationStyle: string, languages: Array<string>, timeZone: string, capacity: number, acceptingRequests: boolean, formats: Array<MentoringFormat>, visibility: ProfileVisibility, updatedAt: string, skills: Array<{ __typename: 'SkillLevel', name: string, level: number }>, availability: Array<{ __typename: 'AvailabilityWindow', weekday: number, startTime: string, endTime: string }> } | null } | null };

export type UpdateMentorProfileMutationVariables = Exact<{
  input: UpdateMentorProfileInput;
}>;


export type UpdateMentorProfileMutation = { __typename: 'Mutation', updateMentorProfile: { __typename: 'UpdateMentorProfilePayload', mentorProfile: { __typename: 'MentorProfile', id: string, headline: string, bio: string, expertise: Array<string>, yearsOfExperience: number | null, industries: Array<string>, qualities: Array<string>, communicationStyle: string, languages: Array<string>, timeZone: string, capacity: number, acceptingRequests: boolean, formats: Array<MentoringFormat>, visibility: ProfileVisibility, updatedAt: string, skills: Array<{ __typename: 'SkillLevel', name: string, level: number }>, availability: Array<{ __typename: 'AvailabilityWindow', weekday: number, startTime: string, endTime: string }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type MentorCardFieldsFragment = { __typename: 'MentorProfile', id: string, headline: string, expertise: Array<string>, languages: Array<string>, formats: Array<MentoringFormat>, acceptingRequests: boolean, away: boolean, capacity: number, timeZone: string, yearsOfExperience: number | null, skills: Array<{ __typename: 'SkillLevel', name: string, level: number }>, user: { __typename: 'User', id: string, displayName: string } };

export type MatchPartFieldsFragment = { __typename: 'MatchScorePart', factor: MatchFactor, value: number, weight: number, contribution: number, explanation: string };

export type RecommendedMentorsQueryVariables = Exact<{
  first: number;
  weights?: MatchWeightsInput | null | undefined;
}>;


export type RecommendedMentorsQuery = { __typename: 'Query', recommendedMentors: Array<{ __typename: 'MentorMatch', score: number, mentor: { __typename: 'MentorProfile', id: string, headline: string, expertise: Array<string>, languages: Array<string>, formats: Array<MentoringFormat>, acceptingRequests: boolean, away: boolean, capacity: number, timeZone: string, yearsOfExperience: number | null, skills: Array<{ __typename: 'SkillLevel', name: string, level: number }>, user: { __typename: 'User', id: string, displayName: string } }, parts: Array<{ __typename: 'MatchScorePart', factor: MatchFactor, value: number, weight: number, contribution: number, explanation: string }> }> };

export type MatchingWeightsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchingWeightsQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, matchingWeights: { __typename: 'MatchWeights', AVAILABILITY: number, CAPACITY: number, GOALS: number, LANGUAGE: number, RESPONSIVENESS: number, SKILLS: number } | null } | null };

export type SaveMatchingWeightsMutationVariables = Exact<{
  input: MatchWeightsInput;
}>;


export type SaveMatchingWeightsMutation = { __typename: 'Mutation', saveMatchingWeights: { __typename: 'OutcomePayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type SearchMentorsQueryVariables = Exact<{
  query: string;
  filter?: MentorSearchFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchMentorsQuery = { __typename: 'Query', searchMentors: { __typename: 'MentorProfileConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename: 'MentorProfile', id: string, headline: string, expertise: Array<string>, languages: Array<string>, formats: Array<MentoringFormat>, acceptingRequests: boolean, away: boolean, capacity: number, timeZone: string, yearsOfExperience: number | null, skills: Array<{ __typename: 'SkillLevel', name: string, level: number }>, user: { __typename: 'User', id: string, displayName: string } }> } };

export type MentorByUserQueryVariables = Exact<{
  id: string | number;
}>;


export type MentorByUserQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'AuthSession', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'GoalBoard', id: string }
    | { __typename: 'LiveSession', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'MentorshipRequest', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'NeedsAssessment', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PersonalAccessToken', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'ProgressReview', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'User', displayName: string, id: string, mentorProfile: { __typename: 'MentorProfile', bio: string, communicationStyle: string, qualities: Array<string>, industries: Array<string>, id: string, headline: string, expertise: Array<string>, languages: Array<string>, formats: Array<MentoringFormat>, acceptingRequests: boolean, away: boolean, capacity: number, timeZone: string, yearsOfExperience: number | null, availability: Array<{ __typename: 'AvailabilityWindow', weekday: number, startTime: string, endTime: string }>, skills: Array<{ __typename: 'SkillLevel', name: string, level: number }>, user: { __typename: 'User', id: string, displayName: string } } | null }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type ComposerContextQueryVariables = Exact<{ [key: string]: never; }>;


export type ComposerContextQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, roles: { __typename: 'Roles', isMentee: boolean }, needsAssessment: { __typename: 'NeedsAssessment', id: string, preferredCadence: MeetingCadence | null, goals: Array<{ __typename: 'MenteeGoal', id: string, title: string, horizon: GoalHorizon }> } | null } | null };

export type SendMentorshipRequestMutationVariables = Exact<{
  input: SendMentorshipRequestInput;
}>;


export type SendMentorshipRequestMutation = { __typename: 'Mutation', sendMentorshipRequest: { __typename: 'MentorshipRequestPayload', request: { __typename: 'MentorshipRequest', id: string, status: MentorshipRequestStatus } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type AgreementTermsFieldsFragment = { __typename: 'AgreementTerms', goals: Array<string>, desiredOutcomes: Array<string>, meetingCadence: MeetingCadence, meetingLengthMinutes: number, channels: Array<CommunicationChannel>, responseTimeHours: number, confidentiality: string, endDate: string | null, reviewEveryWeeks: number };

export type AgreementVersionFieldsFragment = { __typename: 'AgreementVersion', id: string, version: number, note: string, createdAt: string, proposedBy: { __typename: 'User', id: string, displayName: string }, acknowledgedBy: Array<{ __typename: 'User', id: string, displayName: string }>, terms: { __typename: 'AgreementTerms', goals: Array<string>, desiredOutcomes: Array<string>, meetingCadence: MeetingCadence, meetingLengthMinutes: number, channels: Array<CommunicationChannel>, responseTimeHours: number, confidentiality: string, endDate: string | null, reviewEveryWeeks: number }, changes: Array<{ __typename: 'AgreementChange', field: string, before: string | null, after: string | null }> };

export type MentorshipSummaryFieldsFragment = { __typename: 'Mentorship', id: string, status: MentorshipStatus, createdAt: string, startedAt: string | null, endedAt: string | null, endReason: string | null, mentor: { __typename: 'User', id: string, displayName: string }, mentee: { __typename: 'User', id: string, displayName: string }, agreement: { __typename: 'AgreementVersion', id: string, version: number } | null, latestAgreement: { __typename: 'AgreementVersion', id: string, version: number, proposedBy: { __typename: 'User', id: string }, acknowledgedBy: Array<{ __typename: 'User', id: string }> } | null };

export type MentorshipsQueryVariables = Exact<{
  first: number;
}>;


export type MentorshipsQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, mentorships: { __typename: 'MentorshipConnection', totalCount: number, nodes: Array<{ __typename: 'Mentorship', id: string, status: MentorshipStatus, createdAt: string, startedAt: string | null, endedAt: string | null, endReason: string | null, mentor: { __typename: 'User', id: string, displayName: string }, mentee: { __typename: 'User', id: string, displayName: string }, agreement: { __typename: 'AgreementVersion', id: string, version: number } | null, latestAgreement: { __typename: 'AgreementVersion', id: string, version: number, proposedBy: { __typename: 'User', id: string }, acknowledgedBy: Array<{ __typename: 'User', id: string }> } | null }> } | null } | null };

export type MentorshipQueryVariables = Exact<{
  id: string | number;
}>;


export type MentorshipQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'AuthSession', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'GoalBoard', id: string }
    | { __typename: 'LiveSession', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'Mentorship', id: string, status: MentorshipStatus, createdAt: string, startedAt: string | null, endedAt: string | null, endReason: string | null, agreement: { __typename: 'AgreementVersion', id: string, version: number, note: string, createdAt: string, proposedBy: { __typename: 'User', id: string, displayName: string }, acknowledgedBy: Array<{ __typename: 'User', id: string, displayName: string }>, terms: { __typename: 'AgreementTerms', goals: Array<string>, desiredOutcomes: Array<string>, meetingCadence: MeetingCadence, meetingLengthMinutes: number, channels: Array<CommunicationChannel>, responseTimeHours: number, confidentiality: string, endDate: string | null, reviewEveryWeeks: number }, changes: Array<{ __typename: 'AgreementChange', field: string, before: string | null, after: string | null }> } | null, latestAgreement: { __typename: 'AgreementVersion', id: string, version: number, note: string, createdAt: string, proposedBy: { __typename: 'User', id: string, displayName: string }, acknowledgedBy: Array<{ __typename: 'User', id: string, displayName: string }>, terms: { __typename: 'AgreementTerms', goals: Array<string>, desiredOutcomes: Array<string>, meetingCadence: MeetingCadence, meetingLengthMinutes: number, channels: Array<CommunicationChannel>, responseTimeHours: number, confidentiality: string, endDate: string | null, reviewEveryWeeks: number }, changes: Array<{ __typename: 'AgreementChange', field: string, before: string | null, after: string | null }> } | null, agreementVersions: { __typename: 'AgreementVersionConnection', totalCount: number, nodes: Array<{ __typename: 'AgreementVersion', id: string, version: number, note: string, createdAt: string, proposedBy: { __typename: 'User', id: string, displayName: string }, acknowledgedBy: Array<{ __typename: 'User', id: string, displayName: string }>, terms: { __typename: 'AgreementTerms', goals: Array<string>, desiredOutcomes: Array<string>, meetingCadence: MeetingCadence, meetingLengthMinutes: number, channels: Array<CommunicationChannel>, responseTimeHours: number, confidentiality: string, endDate: string | null, reviewEveryWeeks: number }, changes: Array<{ __typename: 'AgreementChange', field: string, before: string | null, after: string | null }> }> }, mentor: { __typename: 'User', id: string, displayName: string }, mentee: { __typename: 'User', id: string, displayName: string } }
    | { __typename: 'MentorshipRequest', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'NeedsAssessment', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PersonalAccessToken', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'ProgressReview', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type MentorshipGoalsQueryVariables = Exact<{ [key: string]: never; }>;


export type MentorshipGoalsQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, needsAssessment: { __typename: 'NeedsAssessment', id: string, goals: Array<{ __typename: 'MenteeGoal', id: string, title: string }> } | null } | null };

export type ProposeAgreementMutationVariables = Exact<{
  input: ProposeAgreementInput;
}>;


export type ProposeAgreementMutation = { __typename: 'Mutation', proposeAgreement: { __typename: 'ProposeAgreementPayload', agreementVersion: { __typename: 'AgreementVersion', id: string, version: number, note: string, createdAt: string, proposedBy: { __typename: 'User', id: string, displayName: string }, acknowledgedBy: Array<{ __typename: 'User', id: string, displayName: string }>, terms: { __typename: 'AgreementTerms', goals: Array<string>, desiredOutcomes: Array<string>, meetingCadence: MeetingCadence, meetingLengthMinutes: number, channels: Array<CommunicationChannel>, responseTimeHours: number, confidentiality: string, endDate: string | null, reviewEveryWeeks: number }, changes: Array<{ __typename: 'AgreementChange', field: string, before: string | null, after: string | null }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type AcknowledgeAgreementMutationVariables = Exact<{
  input: AcknowledgeAgreementInput;
}>;


export type AcknowledgeAgreementMutation = { __typename: 'Mutation', acknowledgeAgreement: { __typename: 'MentorshipPayload', mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus, createdAt: string, startedAt: string | null, endedAt: string | null, endReason: string | null, mentor: { __typename: 'User', id: string, displayName: string }, mentee: { __typename: 'User', id: string, displayName: string }, agreement: { __typename: 'AgreementVersion', id: string, version: number } | null, latestAgreement: { __typename: 'AgreementVersion', id: string, version: number, proposedBy: { __typename: 'User', id: string }, acknowledgedBy: Array<{ __typename: 'User', id: string }> } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type PauseMentorshipMutationVariables = Exact<{
  input: ChangeMentorshipInput;
}>;


export type PauseMentorshipMutation = { __typename: 'Mutation', pauseMentorship: { __typename: 'MentorshipPayload', mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus, createdAt: string, startedAt: string | null, endedAt: string | null, endReason: string | null, mentor: { __typename: 'User', id: string, displayName: string }, mentee: { __typename: 'User', id: string, displayName: string }, agreement: { __typename: 'AgreementVersion', id: string, version: number } | null, latestAgreement: { __typename: 'AgreementVersion', id: string, version: number, proposedBy: { __typename: 'User', id: string }, acknowledgedBy: Array<{ __typename: 'User', id: string }> } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type ResumeMentorshipMutationVariables = Exact<{
  input: ChangeMentorshipInput;
}>;


export type ResumeMentorshipMutation = { __typename: 'Mutation', resumeMentorship: { __typename: 'MentorshipPayload', mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus, createdAt: string, startedAt: string | null, endedAt: string | null, endReason: string | null, mentor: { __typename: 'User', id: string, displayName: string }, mentee: { __typename: 'User', id: string, displayName: string }, agreement: { __typename: 'AgreementVersion', id: string, version: number } | null, latestAgreement: { __typename: 'AgreementVersion', id: string, version: number, proposedBy: { __typename: 'User', id: string }, acknowledgedBy: Array<{ __typename: 'User', id: string }> } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type CompleteMentorshipMutationVariables = Exact<{
  input: ChangeMentorshipInput;
}>;


export type CompleteMentorshipMutation = { __typename: 'Mutation', completeMentorship: { __typename: 'MentorshipPayload', mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus, createdAt: string, startedAt: string | null, endedAt: string | null, endReason: string | null, mentor: { __typename: 'User', id: string, displayName: string }, mentee: { __typename: 'User', id: string, displayName: string }, agreement: { __typename: 'AgreementVersion', id: string, version: number } | null, latestAgreement: { __typename: 'AgreementVersion', id: string, version: number, proposedBy: { __typename: 'User', id: string }, acknowledgedBy: Array<{ __typename: 'User', id: string }> } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type CancelMentorshipMutationVariables = Exact<{
  input: ChangeMentorshipInput;
}>;


export type CancelMentorshipMutation = { __typename: 'Mutation', cancelMentorship: { __typename: 'MentorshipPayload', mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus, createdAt: string, startedAt: string | null, endedAt: string | null, endReason: string | null, mentor: { __typename: 'User', id: string, displayName: string }, mentee: { __typename: 'User', id: string, displayName: string }, agreement: { __typename: 'AgreementVersion', id: string, version: number } | null, latestAgreement: { __typename: 'AgreementVersion', id: string, version: number, proposedBy: { __typename: 'User', id: string }, acknowledgedBy: Array<{ __typename: 'User', id: string }> } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type NeedsAssessmentFieldsFragment = { __typename: 'NeedsAssessment', id: string, supportKinds: Array<SupportKind>, preferredFormats: Array<MentoringFormat>, preferredCadence: MeetingCadence | null, preferredLanguages: Array<string>, timeZone: string | null, updatedAt: string, goals: Array<{ __typename: 'MenteeGoal', id: string, title: string, horizon: GoalHorizon, whyItMatters: string }>, skillsToDevelop: Array<{ __typename: 'SkillGap', name: string, currentLevel: number, targetLevel: number }>, reflections: Array<{ __typename: 'ExperienceReflection', situation: string, whatWorked: string, whatDidNot: string }> };

export type MyNeedsAssessmentQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNeedsAssessmentQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, needsAssessment: { __typename: 'NeedsAssessment', id: string, supportKinds: Array<SupportKind>, preferredFormats: Array<MentoringFormat>, preferredCadence: MeetingCadence | null, preferredLanguages: Array<string>, timeZone: string | null, updatedAt: string, goals: Array<{ __typename: 'MenteeGoal', id: string, title: string, horizon: GoalHorizon, whyItMatters: string }>, skillsToDevelop: Array<{ __typename: 'SkillGap', name: string, currentLevel: number, targetLevel: number }>, reflections: Array<{ __typename: 'ExperienceReflection', situation: string, whatWorked: string, whatDidNot: string }> } | null } | null };

export type UpdateNeedsAssessmentMutationVariables = Exact<{
  input: UpdateNeedsAssessmentInput;
}>;


export type UpdateNeedsAssessmentMutation = { __typename: 'Mutation', updateNeedsAssessment: { __typename: 'UpdateNeedsAssessmentPayload', needsAssessment: { __typename: 'NeedsAssessment', id: string, supportKinds: Array<SupportKind>, preferredFormats: Array<MentoringFormat>, preferredCadence: MeetingCadence | null, preferredLanguages: Array<string>, timeZone: string | null, updatedAt: string, goals: Array<{ __typename: 'MenteeGoal', id: string, title: string, horizon: GoalHorizon, whyItMatters: string }>, skillsToDevelop: Array<{ __typename: 'SkillGap', name: string, currentLevel: number, targetLevel: number }>, reflections: Array<{ __typename: 'ExperienceReflection', situation: string, whatWorked: string, whatDidNot: string }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type NotificationBellQueryVariables = Exact<{
  first: number;
}>;


export type NotificationBellQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, unreadNotificationCount: number | null, notifications: { __typename: 'NotificationConnection', nodes: Array<{ __typename: 'StreamEvent', seq: number | null, type: string, payload: unknown, createdAt: string }> } | null } | null };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { __typename: 'Mutation', markNotificationsRead: { __typename: 'OutcomePayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type NotificationHeadQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationHeadQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, notifications: { __typename: 'NotificationConnection', nodes: Array<{ __typename: 'StreamEvent', seq: number | null }> } | null } | null };

export type NotificationEventsSubscriptionVariables = Exact<{
  after: number;
}>;


export type NotificationEventsSubscription = { notificationEvents: { __typename: 'StreamEvent', seq: number | null, type: string, payload: unknown } };

export type CompleteOnboardingMutationVariables = Exact<{
  input: CompleteOnboardingInput;
}>;


export type CompleteOnboardingMutation = { __typename: 'Mutation', completeOnboarding: { __typename: 'AccountPayload', user: { __typename: 'User', id: string, displayName: string, email: string | null, emailVerified: boolean | null, onboarded: boolean, roles: { __typename: 'Roles', isMentor: boolean, isMentee: boolean } } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type MyProgramsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProgramsQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, organizations: { __typename: 'OrganizationConnection', nodes: Array<{ __typename: 'Organization', id: string, name: string, viewerIsAdmin: boolean, programs: { __typename: 'ProgramConnection', nodes: Array<{ __typename: 'Program', id: string, name: string, startsOn: string, endsOn: string }> } }> } | null } | null };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { __typename: 'Mutation', createOrganization: { __typename: 'OrganizationPayload', organization: { __typename: 'Organization', id: string, name: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, code: UserErrorCode, message: string }> } };

export type CreateProgramMutationVariables = Exact<{
  input: CreateProgramInput;
}>;


export type CreateProgramMutation = { __typename: 'Mutation', createProgram: { __typename: 'ProgramPayload', program: { __typename: 'Program', id: string, name: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, code: UserErrorCode, message: string }> } };

export type ProgramQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgramQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'AuthSession', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'GoalBoard', id: string }
    | { __typename: 'LiveSession', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'Mentorship', id: string }
    | { __typename: 'MentorshipRequest', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'NeedsAssessment', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PersonalAccessToken', id: string }
    | { __typename: 'Program', name: string, description: string, startsOn: string, endsOn: string, enrollmentOpen: boolean, id: string, organization: { __typename: 'Organization', id: string, name: string, viewerIsAdmin: boolean }, enrollmentQuestions: Array<{ __typename: 'EnrollmentQuestion', id: string, prompt: string, required: boolean }>, cohorts: Array<{ __typename: 'Cohort', id: string, name: string, startsOn: string }>, enrollments: { __typename: 'EnrollmentConnection', nodes: Array<{ __typename: 'Enrollment', id: string, role: EnrollmentRole, status: EnrollmentStatus, cohortId: string | null, answers: Array<{ __typename: 'EnrollmentAnswer', questionId: string, answer: string }>, user: { __typename: 'User', id: string, displayName: string } }> } | null, suggestedPairs: Array<{ __typename: 'SuggestedPair', score: number, mentee: { __typename: 'User', id: string, displayName: string }, mentor: { __typename: 'User', id: string, displayName: string }, parts: Array<{ __typename: 'MatchScorePart', factor: MatchFactor, explanation: string, contribution: number }> }> | null, viewerEnrollments: Array<{ __typename: 'Enrollment', id: string, role: EnrollmentRole, status: EnrollmentStatus }> }
    | { __typename: 'ProgressReview', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type ReviewEnrollmentMutationVariables = Exact<{
  input: ReviewEnrollmentInput;
}>;


export type ReviewEnrollmentMutation = { __typename: 'Mutation', reviewEnrollment: { __typename: 'EnrollmentPayload', enrollment: { __typename: 'Enrollment', id: string, status: EnrollmentStatus } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, code: UserErrorCode, message: string }> } };

export type MatchProgramPairsMutationVariables = Exact<{
  input: MatchProgramPairsInput;
}>;


export type MatchProgramPairsMutation = { __typename: 'Mutation', matchProgramPairs: { __typename: 'MatchProgramPairsPayload', mentorships: Array<{ __typename: 'Mentorship', id: string, mentor: { __typename: 'User', id: string, displayName: string }, mentee: { __typename: 'User', id: string, displayName: string } }>, userErrors: Array<{ __typename: 'UserError', field: Array<string>, code: UserErrorCode, message: string }> } };

export type EnrollInProgramMutationVariables = Exact<{
  input: EnrollInProgramInput;
}>;


export type EnrollInProgramMutation = { __typename: 'Mutation', enrollInProgram: { __typename: 'EnrollmentPayload', enrollment: { __typename: 'Enrollment', id: string, role: EnrollmentRole, status: EnrollmentStatus } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, code: UserErrorCode, message: string }> } };

export type ProgressReviewFieldsFragment = { __typename: 'ProgressReview', id: string, createdAt: string, averageProgress: number, wentWell: string, toChange: string, nextSteps: string, snapshot: Array<{ __typename: 'GoalProgressSnapshot', goalId: string, title: string, percent: number }>, ratings: Array<{ __typename: 'ReviewRating', userId: string, rating: number }> };

export type FeedbackFieldsFragment = { __typename: 'Feedback', id: string, context: FeedbackContext, contextId: string, createdAt: string, comment: string, learned: string, giver: { __typename: 'User', id: string, displayName: string } | null, ratings: { __typename: 'FeedbackRatings', helpfulness: number, clarity: number, preparation: number, listening: number } };

export type ProgressReviewsQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgressReviewsQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'AgreementVersion', id: string }
    | { __typename: 'AuthSession', id: string }
    | { __typename: 'Enrollment', id: string }
    | { __typename: 'Feedback', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'GoalBoard', id: string }
    | { __typename: 'LiveSession', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MentorProfile', id: string }
    | { __typename: 'Mentorship', id: string, status: MentorshipStatus, nextReviewDue: string | null, mentor: { __typename: 'User', id: string, displayName: string }, mentee: { __typename: 'User', id: string, displayName: string }, progressReviews: Array<{ __typename: 'ProgressReview', id: string, createdAt: string, averageProgress: number, wentWell: string, toChange: string, nextSteps: string, snapshot: Array<{ __typename: 'GoalProgressSnapshot', goalId: string, title: string, percent: number }>, ratings: Array<{ __typename: 'ReviewRating', userId: string, rating: number }> }>, feedback: Array<{ __typename: 'Feedback', id: string, context: FeedbackContext, contextId: string, createdAt: string, comment: string, learned: string, giver: { __typename: 'User', id: string, displayName: string } | null, ratings: { __typename: 'FeedbackRatings', helpfulness: number, clarity: number, preparation: number, listening: number } }> }
    | { __typename: 'MentorshipRequest', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'NeedsAssessment', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PersonalAccessToken', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'ProgressReview', id: string }
    | { __typename: 'Reflection', id: string }
    | { __typename: 'Resource', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type WriteProgressReviewMutationVariables = Exact<{
  input: WriteProgressReviewInput;
}>;


export type WriteProgressReviewMutation = { __typename: 'Mutation', writeProgressReview: { __typename: 'ProgressReviewPayload', review: { __typename: 'ProgressReview', id: string, createdAt: string, averageProgress: number, wentWell: string, toChange: string, nextSteps: string, snapshot: Array<{ __typename: 'GoalProgressSnapshot', goalId: string, title: string, percent: number }>, ratings: Array<{ __typename: 'ReviewRating', userId: string, rating: number }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type RateProgressReviewMutationVariables = Exact<{
  input: RateProgressReviewInput;
}>;


export type RateProgressReviewMutation = { __typename: 'Mutation', rateProgressReview: { __typename: 'ProgressReviewPayload', review: { __typename: 'ProgressReview', id: string, createdAt: string, averageProgress: number, wentWell: string, toChange: string, nextSteps: string, snapshot: Array<{ __typename: 'GoalProgressSnapshot', goalId: string, title: string, percent: number }>, ratings: Array<{ __typename: 'ReviewRating', userId: string, rating: number }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type GiveFeedbackMutationVariables = Exact<{
  input: GiveFeedbackInput;
}>;


export type GiveFeedbackMutation = { __typename: 'Mutation', giveFeedback: { __typename: 'FeedbackPayload', feedback: { __typename: 'Feedback', id: string, context: FeedbackContext, contextId: string, createdAt: string, comment: string, learned: string, giver: { __typename: 'User', id: string, displayName: string } | null, ratings: { __typename: 'FeedbackRatings', helpfulness: number, clarity: number, preparation: number, listening: number } } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReminderSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReminderSettingsQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, emailVerified: boolean | null, nudgeSettings: { __typename: 'NudgeSettings', mutedKinds: Array<NudgeKind>, email: boolean } | null, mentorProfile: { __typename: 'MentorProfile', id: string, away: boolean, awaySince: string | null } | null } | null };

export type UpdateNudgeSettingsMutationVariables = Exact<{
  input: UpdateNudgeSettingsInput;
}>;


export type UpdateNudgeSettingsMutation = { __typename: 'Mutation', updateNudgeSettings: { __typename: 'NudgeSettingsPayload', nudgeSettings: { __typename: 'NudgeSettings', mutedKinds: Array<NudgeKind>, email: boolean } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type SetMentorAwayMutationVariables = Exact<{
  input: SetMentorAwayInput;
}>;


export type SetMentorAwayMutation = { __typename: 'Mutation', setMentorAway: { __typename: 'UpdateMentorProfilePayload', mentorProfile: { __typename: 'MentorProfile', id: string, away: boolean, awaySince: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type MentorshipRequestFieldsFragment = { __typename: 'MentorshipRequest', id: string, status: MentorshipRequestStatus, message: string, proposedCadence: MeetingCadence | null, createdAt: string, expiresAt: string, decidedAt: string | null, declineReason: string | null, mentee: { __typename: 'User', id: string, displayName: string }, mentor: { __typename: 'User', id: string, displayName: string }, goals: Array<{ __typename: 'MenteeGoal', id: string, title: string, horizon: GoalHorizon, whyItMatters: string }>, exchanges: Array<{ __typename: 'RequestExchange', at: string, body: string, from: RequestParty }>, mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus } | null };

export type MentorshipRequestsQueryVariables = Exact<{
  direction: RequestDirection;
  first: number;
}>;


export type MentorshipRequestsQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, mentorshipRequests: { __typename: 'MentorshipRequestConnection', totalCount: number, nodes: Array<{ __typename: 'MentorshipRequest', id: string, status: MentorshipRequestStatus, message: string, proposedCadence: MeetingCadence | null, createdAt: string, expiresAt: string, decidedAt: string | null, declineReason: string | null, mentee: { __typename: 'User', id: string, displayName: string }, mentor: { __typename: 'User', id: string, displayName: string }, goals: Array<{ __typename: 'MenteeGoal', id: string, title: string, horizon: GoalHorizon, whyItMatters: string }>, exchanges: Array<{ __typename: 'RequestExchange', at: string, body: string, from: RequestParty }>, mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus } | null }> } | null } | null };

export type RequestCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestCountsQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, received: { __typename: 'MentorshipRequestConnection', totalCount: number } | null, sent: { __typename: 'MentorshipRequestConnection', nodes: Array<{ __typename: 'MentorshipRequest', id: string, status: MentorshipRequestStatus }> } | null } | null };

export type AcceptMentorshipRequestMutationVariables = Exact<{
  input: RequestIdInput;
}>;


export type AcceptMentorshipRequestMutation = { __typename: 'Mutation', acceptMentorshipRequest: { __typename: 'MentorshipRequestPayload', request: { __typename: 'MentorshipRequest', id: string, status: MentorshipRequestStatus, message: string, proposedCadence: MeetingCadence | null, createdAt: string, expiresAt: string, decidedAt: string | null, declineReason: string | null, mentee: { __typename: 'User', id: string, displayName: string }, mentor: { __typename: 'User', id: string, displayName: string }, goals: Array<{ __typename: 'MenteeGoal', id: string, title: string, horizon: GoalHorizon, whyItMatters: string }>, exchanges: Array<{ __typename: 'RequestExchange', at: string, body: string, from: RequestParty }>, mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type DeclineMentorshipRequestMutationVariables = Exact<{
  input: DeclineMentorshipRequestInput;
}>;


export type DeclineMentorshipRequestMutation = { __typename: 'Mutation', declineMentorshipRequest: { __typename: 'MentorshipRequestPayload', request: { __typename: 'MentorshipRequest', id: string, status: MentorshipRequestStatus, message: string, proposedCadence: MeetingCadence | null, createdAt: string, expiresAt: string, decidedAt: string | null, declineReason: string | null, mentee: { __typename: 'User', id: string, displayName: string }, mentor: { __typename: 'User', id: string, displayName: string }, goals: Array<{ __typename: 'MenteeGoal', id: string, title: string, horizon: GoalHorizon, whyItMatters: string }>, exchanges: Array<{ __typename: 'RequestExchange', at: string, body: string, from: RequestParty }>, mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type AskForInformationMutationVariables = Exact<{
  input: AskForInformationInput;
}>;


export type AskForInformationMutation = { __typename: 'Mutation', askForInformation: { __typename: 'MentorshipRequestPayload', request: { __typename: 'MentorshipRequest', id: string, status: MentorshipRequestStatus, message: string, proposedCadence: MeetingCadence | null, createdAt: string, expiresAt: string, decidedAt: string | null, declineReason: string | null, mentee: { __typename: 'User', id: string, displayName: string }, mentor: { __typename: 'User', id: string, displayName: string }, goals: Array<{ __typename: 'MenteeGoal', id: string, title: string, horizon: GoalHorizon, whyItMatters: string }>, exchanges: Array<{ __typename: 'RequestExchange', at: string, body: string, from: RequestParty }>, mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type ProvideInformationMutationVariables = Exact<{
  input: ProvideInformationInput;
}>;


export type ProvideInformationMutation = { __typename: 'Mutation', provideInformation: { __typename: 'MentorshipRequestPayload', request: { __typename: 'MentorshipRequest', id: string, status: MentorshipRequestStatus, message: string, proposedCadence: MeetingCadence | null, createdAt: string, expiresAt: string, decidedAt: string | null, declineReason: string | null, mentee: { __typename: 'User', id: string, displayName: string }, mentor: { __typename: 'User', id: string, displayName: string }, goals: Array<{ __typename: 'MenteeGoal', id: string, title: string, horizon: GoalHorizon, whyItMatters: string }>, exchanges: Array<{ __typename: 'RequestExchange', at: string, body: string, from: RequestParty }>, mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type WithdrawMentorshipRequestMutationVariables = Exact<{
  input: RequestIdInput;
}>;


export type WithdrawMentorshipRequestMutation = { __typename: 'Mutation', withdrawMentorshipRequest: { __typename: 'MentorshipRequestPayload', request: { __typename: 'MentorshipRequest', id: string, status: MentorshipRequestStatus, message: string, proposedCadence: MeetingCadence | null, createdAt: string, expiresAt: string, decidedAt: string | null, declineReason: string | null, mentee: { __typename: 'User', id: string, displayName: string }, mentor: { __typename: 'User', id: string, displayName: string }, goals: Array<{ __typename: 'MenteeGoal', id: string, title: string, horizon: GoalHorizon, whyItMatters: string }>, exchanges: Array<{ __typename: 'RequestExchange', at: string, body: string, from: RequestParty }>, mentorship: { __typename: 'Mentorship', id: string, status: MentorshipStatus } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type ServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerInfoQuery = { __typename: 'Query', serverInfo: { __typename: 'ServerInfo', version: string, instanceId: string, time: string } };

export type MySessionsQueryVariables = Exact<{
  first: number;
}>;


export type MySessionsQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, sessions: { __typename: 'AuthSessionConnection', totalCount: number, nodes: Array<{ __typename: 'AuthSession', id: string, current: boolean, userAgent: string | null, ipAddress: string | null, createdAt: string, lastSeenAt: string, expiresAt: string }> } | null } | null };

export type RevokeSessionMutationVariables = Exact<{
  input: RevokeSessionInput;
}>;


export type RevokeSessionMutation = { __typename: 'Mutation', revokeSession: { __typename: 'OutcomePayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { __typename: 'Mutation', signOutEverywhere: { __typename: 'OutcomePayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type ViewerFieldsFragment = { __typename: 'User', id: string, displayName: string, email: string | null, emailVerified: boolean | null, onboarded: boolean, roles: { __typename: 'Roles', isMentor: boolean, isMentee: boolean } };

export type UserErrorFieldsFragment = { __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, displayName: string, email: string | null, emailVerified: boolean | null, onboarded: boolean, roles: { __typename: 'Roles', isMentor: boolean, isMentee: boolean } } | null };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, mentorProfile: { __typename: 'MentorProfile', id: string, headline: string, acceptingRequests: boolean, visibility: ProfileVisibility, updatedAt: string } | null, needsAssessment: { __typename: 'NeedsAssessment', id: string, updatedAt: string, goals: Array<{ __typename: 'MenteeGoal', id: string, title: string, horizon: GoalHorizon }>, skillsToDevelop: Array<{ __typename: 'SkillGap', name: string }> } | null } | null };

export type WebhookEndpointFieldsFragment = { __typename: 'WebhookEndpoint', id: string, url: string, events: Array<WebhookEventType>, enabled: boolean, disabledAt: string | null, disabledReason: string | null, consecutiveFailures: number, secretPrefix: string, createdAt: string };

export type WebhookDeliveryFieldsFragment = { __typename: 'WebhookDelivery', id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null, lastStatusCode: number | null, lastError: string | null, lastDurationMs: number | null, lastAttemptAt: string | null, createdAt: string, deliveredAt: string | null, redeliveryOf: string | null };

export type WebhookEventTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEventTypesQuery = { __typename: 'Query', webhookEventTypes: Array<{ __typename: 'WebhookEventTypeInfo', type: WebhookEventType, name: string, description: string, ownerKind: WebhookOwnerKind }> };

export type MyWebhookEndpointsQueryVariables = Exact<{
  first: number;
}>;


export type MyWebhookEndpointsQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, webhookEndpoints: { __typename: 'WebhookEndpointConnection', totalCount: number, nodes: Array<{ __typename: 'WebhookEndpoint', id: string, url: string, events: Array<WebhookEventType>, enabled: boolean, disabledAt: string | null, disabledReason: string | null, consecutiveFailures: number, secretPrefix: string, createdAt: string }> } | null } | null };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { __typename: 'Query', node:
    | { __typename: 'ActionItem' }
    | { __typename: 'AgreementVersion' }
    | { __typename: 'AuthSession' }
    | { __typename: 'Enrollment' }
    | { __typename: 'Feedback' }
    | { __typename: 'Goal' }
    | { __typename: 'GoalBoard' }
    | { __typename: 'LiveSession' }
    | { __typename: 'Meeting' }
    | { __typename: 'MentorProfile' }
    | { __typename: 'Mentorship' }
    | { __typename: 'MentorshipRequest' }
    | { __typename: 'Message' }
    | { __typename: 'NeedsAssessment' }
    | { __typename: 'Organization' }
    | { __typename: 'PersonalAccessToken' }
    | { __typename: 'Program' }
    | { __typename: 'ProgressReview' }
    | { __typename: 'Reflection' }
    | { __typename: 'Resource' }
    | { __typename: 'User' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint', id: string, deliveries: { __typename: 'WebhookDeliveryConnection', totalCount: number, nodes: Array<{ __typename: 'WebhookDelivery', id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null, lastStatusCode: number | null, lastError: string | null, lastDurationMs: number | null, lastAttemptAt: string | null, createdAt: string, deliveredAt: string | null, redeliveryOf: string | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } }
   | null };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { __typename: 'Mutation', createWebhookEndpoint: { __typename: 'WebhookEndpointSecretPayload', secret: string | null, endpoint: { __typename: 'WebhookEndpoint', id: string, url: string, events: Array<WebhookEventType>, enabled: boolean, disabledAt: string | null, disabledReason: string | null, consecutiveFailures: number, secretPrefix: string, createdAt: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { __typename: 'Mutation', updateWebhookEndpoint: { __typename: 'WebhookEndpointPayload', endpoint: { __typename: 'WebhookEndpoint', id: string, url: string, events: Array<WebhookEventType>, enabled: boolean, disabledAt: string | null, disabledReason: string | null, consecutiveFailures: number, secretPrefix: string, createdAt: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type DeleteWebhookEndpointMutation = { __typename: 'Mutation', deleteWebhookEndpoint: { __typename: 'OutcomePayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type SendTestWebhookMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type SendTestWebhookMutation = { __typename: 'Mutation', sendTestWebhook: { __typename: 'WebhookDeliveryPayload', delivery: { __typename: 'WebhookDelivery', id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null, lastStatusCode: number | null, lastError: string | null, lastDurationMs: number | null, lastAttemptAt: string | null, createdAt: string, deliveredAt: string | null, redeliveryOf: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export type RedeliverWebhookMutationVariables = Exact<{
  input: RedeliverWebhookInput;
}>;


export type RedeliverWebhookMutation = { __typename: 'Mutation', redeliverWebhook: { __typename: 'WebhookDeliveryPayload', delivery: { __typename: 'WebhookDelivery', id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null, lastStatusCode: number | null, lastError: string | null, lastDurationMs: number | null, lastAttemptAt: string | null, createdAt: string, deliveredAt: string | null, redeliveryOf: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string>, message: string, code: UserErrorCode }> } };

export const PersonalAccessTokenFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalAccessTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalAccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"secretPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<PersonalAccessTokenFieldsFragment, unknown>;
export const GoalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"whyItMatters"}},{"kind":"Field","name":{"kind":"Name","value":"linkedSkills"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"laneId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"manual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<GoalFieldsFragment, unknown>;
export const ArchivedGoalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchivedGoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"whyItMatters"}},{"kind":"Field","name":{"kind":"Name","value":"linkedSkills"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"laneId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"manual"}}]}}]}}]} as unknown as DocumentNode<ArchivedGoalFieldsFragment, unknown>;
export const BoardActivityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<BoardActivityFieldsFragment, unknown>;
export const MilestoneFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<MilestoneFieldsFragment, unknown>;
export const ReflectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReflectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reflection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"goalIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ReflectionFieldsFragment, unknown>;
export const ResourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"goalIds"}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ResourceFieldsFragment, unknown>;
export const SessionMessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"emoji"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}}]}}]} as unknown as DocumentNode<SessionMessageFieldsFragment, unknown>;
export const ActionItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ActionItemFieldsFragment, unknown>;
export const MentorProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MentorProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"qualities"}},{"kind":"Field","name":{"kind":"Name","value":"communicationStyle"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingRequests"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MentorProfileFieldsFragment, unknown>;
export const MentorCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MentorProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingRequests"}},{"kind":"Field","name":{"kind":"Name","value":"away"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MentorCardFieldsFragment, unknown>;
export const MatchPartFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchPartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchScorePart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]} as unknown as DocumentNode<MatchPartFieldsFragment, unknown>;
export const AgreementTermsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"meetingCadence"}},{"kind":"Field","name":{"kind":"Name","value":"meetingLengthMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"responseTimeHours"}},{"kind":"Field","name":{"kind":"Name","value":"confidentiality"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewEveryWeeks"}}]}}]} as unknown as DocumentNode<AgreementTermsFieldsFragment, unknown>;
export const AgreementVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementTermsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"meetingCadence"}},{"kind":"Field","name":{"kind":"Name","value":"meetingLengthMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"responseTimeHours"}},{"kind":"Field","name":{"kind":"Name","value":"confidentiality"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewEveryWeeks"}}]}}]} as unknown as DocumentNode<AgreementVersionFieldsFragment, unknown>;
export const MentorshipSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorshipSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MentorshipSummaryFieldsFragment, unknown>;
export const NeedsAssessmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"whyItMatters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillsToDevelop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"whatWorked"}},{"kind":"Field","name":{"kind":"Name","value":"whatDidNot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportKinds"}},{"kind":"Field","name":{"kind":"Name","value":"preferredFormats"}},{"kind":"Field","name":{"kind":"Name","value":"preferredCadence"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<NeedsAssessmentFieldsFragment, unknown>;
export const ProgressReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"wentWell"}},{"kind":"Field","name":{"kind":"Name","value":"toChange"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]} as unknown as DocumentNode<ProgressReviewFieldsFragment, unknown>;
export const FeedbackFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}},{"kind":"Field","name":{"kind":"Name","value":"giver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"helpfulness"}},{"kind":"Field","name":{"kind":"Name","value":"clarity"}},{"kind":"Field","name":{"kind":"Name","value":"preparation"}},{"kind":"Field","name":{"kind":"Name","value":"listening"}}]}}]}}]} as unknown as DocumentNode<FeedbackFieldsFragment, unknown>;
export const MentorshipRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorshipRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MentorshipRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"proposedCadence"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"whyItMatters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exchanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentorship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MentorshipRequestFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"onboarded"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"isMentor"}},{"kind":"Field","name":{"kind":"Name","value":"isMentee"}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"secretPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastDurationMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"redeliveryOf"}}]}}]} as unknown as DocumentNode<WebhookDeliveryFieldsFragment, unknown>;
export const MyAccessTokensDocument = {"__meta__":{"hash":"sha256:ddbcc6a835e6196f5f4fc157770178d7c91e458ee57a669346355e34bd85eaf6"}} as unknown as DocumentNode<MyAccessTokensQuery, MyAccessTokensQueryVariables>;
export const CreatePersonalAccessTokenDocument = {"__meta__":{"hash":"sha256:b293454767b505bae668b5439175b1cd05e5255ae030bf451cff7c66f7378055"}} as unknown as DocumentNode<CreatePersonalAccessTokenMutation, CreatePersonalAccessTokenMutationVariables>;
export const RevokePersonalAccessTokenDocument = {"__meta__":{"hash":"sha256:eea1820275cce7c30299a5afa57ee5ac44660183523700913a718812f05b07ab"}} as unknown as DocumentNode<RevokePersonalAccessTokenMutation, RevokePersonalAccessTokenMutationVariables>;
export const ChangeEmailDocument = {"__meta__":{"hash":"sha256:2786bbe21911522c4db9d8a7dcf8fce151a2780a4e6e30b84178c34a9e861daa"}} as unknown as DocumentNode<ChangeEmailMutation, ChangeEmailMutationVariables>;
export const ChangePasswordDocument = {"__meta__":{"hash":"sha256:c944366c7380698aee3019747017af1e464f1f26925585d42fde5161d53ef51f"}} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ExportMyDataDocument = {"__meta__":{"hash":"sha256:16ac0242fdd60f93a7272db0c6644b2bd660c9f1f740d59568a6fa39b5540e4b"}} as unknown as DocumentNode<ExportMyDataQuery, ExportMyDataQueryVariables>;
export const DeleteAccountDocument = {"__meta__":{"hash":"sha256:c2a0d043c24da4814d9057efe140b40801cc7afb86d9d0b42e848402a2f1c4f3"}} as unknown as DocumentNode<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const SignUpDocument = {"__meta__":{"hash":"sha256:236f546406792f96aca0beee9115109ca60396ec5a0676266c60c41f742bf6e2"}} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const SignInDocument = {"__meta__":{"hash":"sha256:c5b52534a35ce07cf05fefb4183373528e5528d04bc8c6ffb374668d8d974a49"}} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"__meta__":{"hash":"sha256:2c4058624319c48e6e64a0b1454962b41c81c395123eec4972728fffc8dbf7f3"}} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const RequestPasswordResetDocument = {"__meta__":{"hash":"sha256:ac693d8da89833a67d752991c51612121fb2219ae4600e18c8462ef4b25da5ce"}} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"__meta__":{"hash":"sha256:feaea11764fb310639883b037d1b0b38e59dd8d0b608ae6ffe0c7cda56041eaf"}} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const RequestEmailVerificationDocument = {"__meta__":{"hash":"sha256:add76bf3dbcad9c8f66e1e5fe2ebca21095765a03a481497010fc0baeabe93e2"}} as unknown as DocumentNode<RequestEmailVerificationMutation, RequestEmailVerificationMutationVariables>;
export const VerifyEmailDocument = {"__meta__":{"hash":"sha256:6ff37d3c9138f6dc1e3d8580c0c02e826bdc4d0bba38143c6a1000d5a8ca852d"}} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const GoalBoardDocument = {"__meta__":{"hash":"sha256:7f502c401bff1defdfda91ea65f5c8cfe72385601e994bf262a9d5ca41e4f460"}} as unknown as DocumentNode<GoalBoardQuery, GoalBoardQueryVariables>;
export const GoalBoardActivityDocument = {"__meta__":{"hash":"sha256:a5d8fa117d3cf8b5373a5f42b89b349e00a6685890107bdbe883153cbc8f55f7"}} as unknown as DocumentNode<GoalBoardActivityQuery, GoalBoardActivityQueryVariables>;
export const BoardEventsDocument = {"__meta__":{"hash":"sha256:ce98bd0f881fb4246d200934411b2892efdb40dbd6bc4cced24e2f2a840bb1ed"}} as unknown as DocumentNode<BoardEventsSubscription, BoardEventsSubscriptionVariables>;
export const SignalBoardActivityDocument = {"__meta__":{"hash":"sha256:abb67998f3fd5455b40209f5c72684f9c8d51694315bf9b8ba74ac31f71f1b04"}} as unknown as DocumentNode<SignalBoardActivityMutation, SignalBoardActivityMutationVariables>;
export const CreateGoalDocument = {"__meta__":{"hash":"sha256:840a303e46e9ba81b1b9dc12db0c0736d9e01c64ecc3efe3f44a446a2a09f383"}} as unknown as DocumentNode<CreateGoalMutation, CreateGoalMutationVariables>;
export const UpdateGoalDocument = {"__meta__":{"hash":"sha256:b2b6b5af9bbbbb0fcaaa593bca345d85b91c23501f5f01c4037badec1eb61dde"}} as unknown as DocumentNode<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const MoveGoalDocument = {"__meta__":{"hash":"sha256:2ccb86b4d38669fb160de833def7098f79e31a31bd1741e3c08bbc324733965e"}} as unknown as DocumentNode<MoveGoalMutation, MoveGoalMutationVariables>;
export const ArchiveGoalDocument = {"__meta__":{"hash":"sha256:0f5d41c4ae5135264924f3f87b4002400b2023ab163f83358c829ba4a8f267ca"}} as unknown as DocumentNode<ArchiveGoalMutation, ArchiveGoalMutationVariables>;
export const RestoreGoalDocument = {"__meta__":{"hash":"sha256:dd21ede7e4c87d1042854191b0f0db5b8eecebed5b83128c254845356bfe081c"}} as unknown as DocumentNode<RestoreGoalMutation, RestoreGoalMutationVariables>;
export const AddMilestoneDocument = {"__meta__":{"hash":"sha256:7e77f6e7c6ed962d0b85c1f8fde27b2b329db8695ae5084b1203aed61b12bd64"}} as unknown as DocumentNode<AddMilestoneMutation, AddMilestoneMutationVariables>;
export const UpdateMilestoneDocument = {"__meta__":{"hash":"sha256:48def0d941010cae7022587e3d95ad556ecfc24e1ed80e7efb6c9309229b61a6"}} as unknown as DocumentNode<UpdateMilestoneMutation, UpdateMilestoneMutationVariables>;
export const RenameLaneDocument = {"__meta__":{"hash":"sha256:c96a92c3f4c209da260851590e0d3158c9baa60436773a195923d27c517489c3"}} as unknown as DocumentNode<RenameLaneMutation, RenameLaneMutationVariables>;
export const MoveLaneDocument = {"__meta__":{"hash":"sha256:902862a89e3e6a2674d674985a1f13060995d818a5342df63db91999893d0cdf"}} as unknown as DocumentNode<MoveLaneMutation, MoveLaneMutationVariables>;
export const SessionBoardGoalsDocument = {"__meta__":{"hash":"sha256:ec4d211f85f64982b48cec24d5d09ceee9c403d28e4a2c4bafd6f3c6c725f096"}} as unknown as DocumentNode<SessionBoardGoalsQuery, SessionBoardGoalsQueryVariables>;
export const ConvertActionItemToMilestoneDocument = {"__meta__":{"hash":"sha256:ab6f8e82b40bf4c03814bff0e57cad19a7d7ddcd89111b5b15d1bc202f94cf4c"}} as unknown as DocumentNode<ConvertActionItemToMilestoneMutation, ConvertActionItemToMilestoneMutationVariables>;
export const BoardGoalDocument = {"__meta__":{"hash":"sha256:066d50978a2dcf1c90d1090fa872f3f0c01558e8054de9ea2fefccfe84b6de19"}} as unknown as DocumentNode<BoardGoalQuery, BoardGoalQueryVariables>;
export const ProgramInsightsDocument = {"__meta__":{"hash":"sha256:e7938641747af8d0ecd585cd9604027d8c18a281639b0e3b2e11367184ea4a79"}} as unknown as DocumentNode<ProgramInsightsQuery, ProgramInsightsQueryVariables>;
export const ProgramInsightsCsvDocument = {"__meta__":{"hash":"sha256:6fa72d3f7ecf906c53949bab0a781bcf673384530d8a4b5309ff116590c85cad"}} as unknown as DocumentNode<ProgramInsightsCsvQuery, ProgramInsightsCsvQueryVariables>;
export const JournalDocument = {"__meta__":{"hash":"sha256:564a4eb7d1bbcc8dafac908fa592ae1b4b4b0a96ad88e84c4880d5ce4e774366"}} as unknown as DocumentNode<JournalQuery, JournalQueryVariables>;
export const WriteReflectionDocument = {"__meta__":{"hash":"sha256:9b2a6f711a05458bd89b079a5f446765042979c8f74ee479102a3864ce4a570d"}} as unknown as DocumentNode<WriteReflectionMutation, WriteReflectionMutationVariables>;
export const ResourcesDocument = {"__meta__":{"hash":"sha256:0b263b33dfaeb3494261874d4349b54d5b27d0372257517238e2b70c36fda724"}} as unknown as DocumentNode<ResourcesQuery, ResourcesQueryVariables>;
export const ResourceProgramsDocument = {"__meta__":{"hash":"sha256:4dcf8b1b4c19157b10a4f05d81f012ca7431f0b1d83814bc9703882fd0f509c0"}} as unknown as DocumentNode<ResourceProgramsQuery, ResourceProgramsQueryVariables>;
export const ProgramResourcesDocument = {"__meta__":{"hash":"sha256:4bad0f9756c56e8c61da3908af38b22302c1e18db3d6c282a3368145318f4894"}} as unknown as DocumentNode<ProgramResourcesQuery, ProgramResourcesQueryVariables>;
export const ShareResourceDocument = {"__meta__":{"hash":"sha256:39f564a7658c01dd6d26887def35236faf4823b90a002e3a7060265e98fa4250"}} as unknown as DocumentNode<ShareResourceMutation, ShareResourceMutationVariables>;
export const MentorshipSessionsDocument = {"__meta__":{"hash":"sha256:cd8b0fe0b5b12934ba8a2f296b32462ecdb6d28797e5b44504d2dd1a1adf69b9"}} as unknown as DocumentNode<MentorshipSessionsQuery, MentorshipSessionsQueryVariables>;
export const LiveSessionDocument = {"__meta__":{"hash":"sha256:ad033035ea0d627dfadb33eec52a8d73d4dc65b01c807af1197bce7e1e1f8956"}} as unknown as DocumentNode<LiveSessionQuery, LiveSessionQueryVariables>;
export const SessionHistoryDocument = {"__meta__":{"hash":"sha256:924607c9599aad2816e008ab1cb7e10f0cd4a47713ae7ef730cb11a9ecfa1b07"}} as unknown as DocumentNode<SessionHistoryQuery, SessionHistoryQueryVariables>;
export const SessionHeadDocument = {"__meta__":{"hash":"sha256:613e5643d7dfe4694e47b7d9df752f7ade26ca4ef3418a2b9def78342eb98092"}} as unknown as DocumentNode<SessionHeadQuery, SessionHeadQueryVariables>;
export const SessionEventsDocument = {"__meta__":{"hash":"sha256:a1642ae98e3d52034e8eed1e23aea1f91443db248cf3fac9036a4a399ef03e45"}} as unknown as DocumentNode<SessionEventsSubscription, SessionEventsSubscriptionVariables>;
export const StartLiveSessionDocument = {"__meta__":{"hash":"sha256:1a42b199b780e4d994b5e0b1401014da4380b4306e39c88e21de071a98b50096"}} as unknown as DocumentNode<StartLiveSessionMutation, StartLiveSessionMutationVariables>;
export const SendMessageDocument = {"__meta__":{"hash":"sha256:643660f260cb00ee4f0447d30885a7df5e71c4ecc34609578521a0c56c10a9bd"}} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const EditMessageDocument = {"__meta__":{"hash":"sha256:d1ef427408ff9a9ca0ff5fe06f57367b023e2221fcfe808f2beceb7fdc782be6"}} as unknown as DocumentNode<EditMessageMutation, EditMessageMutationVariables>;
export const DeleteMessageDocument = {"__meta__":{"hash":"sha256:ccc0da65943e27cbff0e790b22334f2932db73dd0b53e9f199507452ffbe367e"}} as unknown as DocumentNode<DeleteMessageMutation, DeleteMessageMutationVariables>;
export const ReactToMessageDocument = {"__meta__":{"hash":"sha256:d56a488c0e04855360186f35abae18399f5b9b7bf6f83f3985517b19bcf95917"}} as unknown as DocumentNode<ReactToMessageMutation, ReactToMessageMutationVariables>;
export const MarkSessionReadDocument = {"__meta__":{"hash":"sha256:3e871033668109d2a2b332abc9e28bac0458e163fad293e400d307ffd184b16e"}} as unknown as DocumentNode<MarkSessionReadMutation, MarkSessionReadMutationVariables>;
export const UpdateSessionNotesDocument = {"__meta__":{"hash":"sha256:322a2cb34e81670cb9ca474aea83a39f2ea78063b97d7c851e8793ce9d2f58be"}} as unknown as DocumentNode<UpdateSessionNotesMutation, UpdateSessionNotesMutationVariables>;
export const CreateActionItemDocument = {"__meta__":{"hash":"sha256:ef30d0fcac957fe6da36762af4e81e648dc44e9a6f7698c2b69df3885622f6dc"}} as unknown as DocumentNode<CreateActionItemMutation, CreateActionItemMutationVariables>;
export const UpdateActionItemDocument = {"__meta__":{"hash":"sha256:a854e3e76d68d23af839dff247d46d8ffb4a4414d37d5607239115dace22ed7d"}} as unknown as DocumentNode<UpdateActionItemMutation, UpdateActionItemMutationVariables>;
export const SendPresenceDocument = {"__meta__":{"hash":"sha256:ff590340c88a40260137a61b470fcb82dcc1b09ec2fbd7bbf0c4c08b52c25477"}} as unknown as DocumentNode<SendPresenceMutation, SendPresenceMutationVariables>;
export const SetTypingDocument = {"__meta__":{"hash":"sha256:c4faf57ca960072d6aa8201303642c31b2adf8547169660689a7b913f383d09d"}} as unknown as DocumentNode<SetTypingMutation, SetTypingMutationVariables>;
export const UpcomingMeetingsDocument = {"__meta__":{"hash":"sha256:63089b929c51db2c5d2dc681ece2539cf5150eea857c6b7d9eff68beb52374e9"}} as unknown as DocumentNode<UpcomingMeetingsQuery, UpcomingMeetingsQueryVariables>;
export const OpenMeetingRoomDocument = {"__meta__":{"hash":"sha256:eb622081f89a5ad99bef9db3759ed8967d04e51040db2da7c7732b2937384464"}} as unknown as DocumentNode<OpenMeetingRoomMutation, OpenMeetingRoomMutationVariables>;
export const ScheduleMeetingDocument = {"__meta__":{"hash":"sha256:e98f223a3185072d032b07cc06fd261681da97058b0a0907ebc1c46e01523f20"}} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const CreateCalendarFeedDocument = {"__meta__":{"hash":"sha256:2453ee75842389d49f014553388bf29ce1812eb81c3a74ee39a84d607f38625f"}} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const MyMentorProfileDocument = {"__meta__":{"hash":"sha256:94250ecafd1ffa58d998a7b3355814481688b0e5cd0ad2d413b074d7d4e81a72"}} as unknown as DocumentNode<MyMentorProfileQuery, MyMentorProfileQueryVariables>;
export const UpdateMentorProfileDocument = {"__meta__":{"hash":"sha256:bd598d9e29011740d3e21954b236d7085a247ff1a8175f4f334409968481f644"}} as unknown as DocumentNode<UpdateMentorProfileMutation, UpdateMentorProfileMutationVariables>;
export const RecommendedMentorsDocument = {"__meta__":{"hash":"sha256:68662304cb50d202ed7f3c1ee6d2faccfa94fa858d9ad0daecd945eb58d1a274"}} as unknown as DocumentNode<RecommendedMentorsQuery, RecommendedMentorsQueryVariables>;
export const MatchingWeightsDocument = {"__meta__":{"hash":"sha256:72a94f05ce83dbed8feded227b83dc6c3e72f1f17f9912f5983c47990228639d"}} as unknown as DocumentNode<MatchingWeightsQuery, MatchingWeightsQueryVariables>;
export const SaveMatchingWeightsDocument = {"__meta__":{"hash":"sha256:c720265254342e4bbf3f13315922a56d4531c48fb8ab5d14f16281c6a62e91f5"}} as unknown as DocumentNode<SaveMatchingWeightsMutation, SaveMatchingWeightsMutationVariables>;
export const SearchMentorsDocument = {"__meta__":{"hash":"sha256:4a07a45297f116338e9aa6a95c8d378199e2a9a5f4c018c1d28eba33abbc34a6"}} as unknown as DocumentNode<SearchMentorsQuery, SearchMentorsQueryVariables>;
export const MentorByUserDocument = {"__meta__":{"hash":"sha256:9b3c3a72089785eaaa458d714a10858e92c8e3eb31c13d3b540b0de550784c5b"}} as unknown as DocumentNode<MentorByUserQuery, MentorByUserQueryVariables>;
export const ComposerContextDocument = {"__meta__":{"hash":"sha256:2415a9e906fba2d62d9fbb7bf7f02cb5587058e941ff3e83c220835098af16b9"}} as unknown as DocumentNode<ComposerContextQuery, ComposerContextQueryVariables>;
export const SendMentorshipRequestDocument = {"__meta__":{"hash":"sha256:e8bdf83e2e7ae8e196ad871653a8892ef304367dc63649b6bad43d804b8c28a5"}} as unknown as DocumentNode<SendMentorshipRequestMutation, SendMentorshipRequestMutationVariables>;
export const MentorshipsDocument = {"__meta__":{"hash":"sha256:0d06b3be5056cec777b8934729146dbca23490cabc0e1c73b1adb2510f92a941"}} as unknown as DocumentNode<MentorshipsQuery, MentorshipsQueryVariables>;
export const MentorshipDocument = {"__meta__":{"hash":"sha256:04fd412d157b137d61e38563b146f4865575b66f3da4af20c3e76546fd203b8e"}} as unknown as DocumentNode<MentorshipQuery, MentorshipQueryVariables>;
export const MentorshipGoalsDocument = {"__meta__":{"hash":"sha256:4b4f277a1fccf8e5c67e2f89681075cea995627f028cc3ce6c221630c71458f3"}} as unknown as DocumentNode<MentorshipGoalsQuery, MentorshipGoalsQueryVariables>;
export const ProposeAgreementDocument = {"__meta__":{"hash":"sha256:f6c9a8126961c22ed3ed5a88fc8ba50848b3314368c2f4244d8449210d1f85c5"}} as unknown as DocumentNode<ProposeAgreementMutation, ProposeAgreementMutationVariables>;
export const AcknowledgeAgreementDocument = {"__meta__":{"hash":"sha256:4e8e36d2a930690c551c7fcf9cdd0397f0cec6de1bdbcebb6f4170125efda824"}} as unknown as DocumentNode<AcknowledgeAgreementMutation, AcknowledgeAgreementMutationVariables>;
export const PauseMentorshipDocument = {"__meta__":{"hash":"sha256:f0e3053365122debac0e445ac99edb4166bc7372cfd86cdff345da142d16218d"}} as unknown as DocumentNode<PauseMentorshipMutation, PauseMentorshipMutationVariables>;
export const ResumeMentorshipDocument = {"__meta__":{"hash":"sha256:74a08edc5908b53f2781b1500e31292179dd3fdf9c3ad20b878aae8242fc1ccc"}} as unknown as DocumentNode<ResumeMentorshipMutation, ResumeMentorshipMutationVariables>;
export const CompleteMentorshipDocument = {"__meta__":{"hash":"sha256:25911bee0b0aea35aaa97f44b71650f13b822988e068ff674f2a8736566b36f3"}} as unknown as DocumentNode<CompleteMentorshipMutation, CompleteMentorshipMutationVariables>;
export const CancelMentorshipDocument = {"__meta__":{"hash":"sha256:0f038864cfd598f207bce33d77b54250920952d7150c66886c24e75ea2ce6b77"}} as unknown as DocumentNode<CancelMentorshipMutation, CancelMentorshipMutationVariables>;
export const MyNeedsAssessmentDocument = {"__meta__":{"hash":"sha256:1e9a8d784d1efa157685e745064068a79f1c30fe70dddba502601054d5c082b8"}} as unknown as DocumentNode<MyNeedsAssessmentQuery, MyNeedsAssessmentQueryVariables>;
export const UpdateNeedsAssessmentDocument = {"__meta__":{"hash":"sha256:7eff43b07eb070b77c6495997e3c5eb6c74415ad696029a61b0694ebe352117f"}} as unknown as DocumentNode<UpdateNeedsAssessmentMutation, UpdateNeedsAssessmentMutationVariables>;
export const NotificationBellDocument = {"__meta__":{"hash":"sha256:7b01235b030f25b000926d82766c6c326eddaf8094ff59ccae0a1dd016f1447a"}} as unknown as DocumentNode<NotificationBellQuery, NotificationBellQueryVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"sha256:423df0eee41ec635a04e43996c18b295a560502e89862a0c77b7ec51ebdcc764"}} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationHeadDocument = {"__meta__":{"hash":"sha256:4fdb3777c6118263ac1e3d2130e2dcc2998eb5270add417f04e5fd71fe5260da"}} as unknown as DocumentNode<NotificationHeadQuery, NotificationHeadQueryVariables>;
export const NotificationEventsDocument = {"__meta__":{"hash":"sha256:d2d53f44296952d23c0bc6637898b3af47c2706ecae411b0c5f920495d9c3788"}} as unknown as DocumentNode<NotificationEventsSubscription, NotificationEventsSubscriptionVariables>;
export const CompleteOnboardingDocument = {"__meta__":{"hash":"sha256:98ec365cbaec07b6cc753199649bd68dc3ab167e169149b1feb1c0a183241718"}} as unknown as DocumentNode<CompleteOnboardingMutation, CompleteOnboardingMutationVariables>;
export const MyProgramsDocument = {"__meta__":{"hash":"sha256:11186d487752e93e24313b256d5ad10823b9406ca0a9189277462f7eb117c7b6"}} as unknown as DocumentNode<MyProgramsQuery, MyProgramsQueryVariables>;
export const CreateOrganizationDocument = {"__meta__":{"hash":"sha256:00342bfc6942cad99b7f41e4553fdc397f17befc9e9a87444a2150265a329453"}} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const CreateProgramDocument = {"__meta__":{"hash":"sha256:73aefc3b0bbb7bdb79fb3446863a8d125e7fad96c6cd5261759341a8cc9f935a"}} as unknown as DocumentNode<CreateProgramMutation, CreateProgramMutationVariables>;
export const ProgramDocument = {"__meta__":{"hash":"sha256:df9f2310109b1c75a3a1cf3a8d82ebbd798dfcdd1b5ea153761a687e6fe129b9"}} as unknown as DocumentNode<ProgramQuery, ProgramQueryVariables>;
export const ReviewEnrollmentDocument = {"__meta__":{"hash":"sha256:de1d05dd813f2b49032018808013165342f7dc31081097741ba856fc06120e73"}} as unknown as DocumentNode<ReviewEnrollmentMutation, ReviewEnrollmentMutationVariables>;
export const MatchProgramPairsDocument = {"__meta__":{"hash":"sha256:07b6c3e5bd9ad87199b06129f86d7363320c6201da31e8c4dff1227a7e486635"}} as unknown as DocumentNode<MatchProgramPairsMutation, MatchProgramPairsMutationVariables>;
export const EnrollInProgramDocument = {"__meta__":{"hash":"sha256:4dcbd66ca788a147748d7ab8435c0dcdfa8dd53aefade2327a41315d893de568"}} as unknown as DocumentNode<EnrollInProgramMutation, EnrollInProgramMutationVariables>;
export const ProgressReviewsDocument = {"__meta__":{"hash":"sha256:dfe3f83642a01e6c1c1298ddef6413e2dda837c807f3e54ce06bd281ffc05703"}} as unknown as DocumentNode<ProgressReviewsQuery, ProgressReviewsQueryVariables>;
export const WriteProgressReviewDocument = {"__meta__":{"hash":"sha256:7f13d1835f2b988409a57f1fc96aa347f2bb2139108960e19bdd6433a09365ac"}} as unknown as DocumentNode<WriteProgressReviewMutation, WriteProgressReviewMutationVariables>;
export const RateProgressReviewDocument = {"__meta__":{"hash":"sha256:7430f1ef9f4e5cbbe42168ed4de8bcef1850037d3d648fa2638c2e41a90fa1f3"}} as unknown as DocumentNode<RateProgressReviewMutation, RateProgressReviewMutationVariables>;
export const GiveFeedbackDocument = {"__meta__":{"hash":"sha256:4bf162bbbe26debbb22e3c1dfa65cbcc21be1a2d3b5268c8412ff68fbe0f1932"}} as unknown as DocumentNode<GiveFeedbackMutation, GiveFeedbackMutationVariables>;
export const ReminderSettingsDocument = {"__meta__":{"hash":"sha256:18af9bf222ebe28141dfe4598749246a0645ddfe7f5b7fb1dbf76e0a44e00b70"}} as unknown as DocumentNode<ReminderSettingsQuery, ReminderSettingsQueryVariables>;
export const UpdateNudgeSettingsDocument = {"__meta__":{"hash":"sha256:8175b811ec9567ca9feed13af840e7c6cd751d5b8a8a70db0bb620b9aab3a6c9"}} as unknown as DocumentNode<UpdateNudgeSettingsMutation, UpdateNudgeSettingsMutationVariables>;
export const SetMentorAwayDocument = {"__meta__":{"hash":"sha256:7b78f2da288c3141b8dbb34d9f24b55cd4682b184988df969ab5a9e4fe78a4ba"}} as unknown as DocumentNode<SetMentorAwayMutation, SetMentorAwayMutationVariables>;
export const MentorshipRequestsDocument = {"__meta__":{"hash":"sha256:2867661026d6fe858743122f9127f1bdd563fdc58580842b60d96e075907f32a"}} as unknown as DocumentNode<MentorshipRequestsQuery, MentorshipRequestsQueryVariables>;
export const RequestCountsDocument = {"__meta__":{"hash":"sha256:cb5c4d44cb0578c9df97747eb5b4eb15ebd17098b7a862228bbc2ef0b0d36630"}} as unknown as DocumentNode<RequestCountsQuery, RequestCountsQueryVariables>;
export const AcceptMentorshipRequestDocument = {"__meta__":{"hash":"sha256:d8f758115556c541479cd35942d91a7949d64677bb774817f2c4dd27e50b8116"}} as unknown as DocumentNode<AcceptMentorshipRequestMutation, AcceptMentorshipRequestMutationVariables>;
export const DeclineMentorshipRequestDocument = {"__meta__":{"hash":"sha256:6d607ef3820570f85b88948084942bdbf0d696b8f389e7ef0ce4d11d8b6bad09"}} as unknown as DocumentNode<DeclineMentorshipRequestMutation, DeclineMentorshipRequestMutationVariables>;
export const AskForInformationDocument = {"__meta__":{"hash":"sha256:c34af992caf9b63b47062528e7bb4c27d3d96dfdc51079aee17cb1d9235877ff"}} as unknown as DocumentNode<AskForInformationMutation, AskForInformationMutationVariables>;
export const ProvideInformationDocument = {"__meta__":{"hash":"sha256:dc4355469bfc872ff018dc80540e16a62605ecb90c515cd301091782d9e35054"}} as unknown as DocumentNode<ProvideInformationMutation, ProvideInformationMutationVariables>;
export const WithdrawMentorshipRequestDocument = {"__meta__":{"hash":"sha256:3d18553bc9a09badfe6736a6f2963151aa8158ebbf5b1dcdc941f3ce79c080c5"}} as unknown as DocumentNode<WithdrawMentorshipRequestMutation, WithdrawMentorshipRequestMutationVariables>;
export const ServerInfoDocument = {"__meta__":{"hash":"sha256:5659c956ecf0cbe3d5735f117d9c55d9d8bf679c1d9c8dd933ffc7306f2366ab"}} as unknown as DocumentNode<ServerInfoQuery, ServerInfoQueryVariables>;
export const MySessionsDocument = {"__meta__":{"hash":"sha256:c114d982690b62923854c1db8a1767215cc5518c70ea8f729da3f376f959a37b"}} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const RevokeSessionDocument = {"__meta__":{"hash":"sha256:0b5e4d9c03a4a78ae31bbd44511bce835b282a47681a1d73e1f4ce1f40649d85"}} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const SignOutEverywhereDocument = {"__meta__":{"hash":"sha256:22725d351a6d3bc0fc2945f6f2d80579af162e538fd0c879befba2e4e850692c"}} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:d963382aa4d615c8951fa0697ab948fd8986c6e049ba9eea74f1b354840ee57d"}} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const DashboardDocument = {"__meta__":{"hash":"sha256:de3df738e4409feb8f0807e8d7a4db835067c52b999a7e17320f2f558e4131a6"}} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const WebhookEventTypesDocument = {"__meta__":{"hash":"sha256:124e9b6b4d9f6183a018f6e3bf6b3a8880e5f9e1cf62e83cf8d6e33cd564d836"}} as unknown as DocumentNode<WebhookEventTypesQuery, WebhookEventTypesQueryVariables>;
export const MyWebhookEndpointsDocument = {"__meta__":{"hash":"sha256:a87e3402f37f74aadce87508641c6fe3aa27f795f039fd58ca2fffb4a87206d4"}} as unknown as DocumentNode<MyWebhookEndpointsQuery, MyWebhookEndpointsQueryVariables>;
export const WebhookDeliveriesDocument = {"__meta__":{"hash":"sha256:d5ebd5a33e46ee283ef0e94195187e7a9fe5350facf923cbd3a2d81b3a1c8d3c"}} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookEndpointDocument = {"__meta__":{"hash":"sha256:7b3988b0dca57b2fe6d75493db5bd6ffd0264476bec90404b4ad850797d76605"}} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = {"__meta__":{"hash":"sha256:3d31a299566141f507607bccf96bc518f421ad1bffb91f5779fb42f5ead7a553"}} as unknown as DocumentNode<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = {"__meta__":{"hash":"sha256:fa03105077e950baa3193bbb53f3cc37eb4a9b60533904bf977ee6d443e72c56"}} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const SendTestWebhookDocument = {"__meta__":{"hash":"sha256:38ef9a8cf494a363d61b8fdcfb9bd7f4ec6790f2b15c59c7a62874c6aa93a139"}} as unknown as DocumentNode<SendTestWebhookMutation, SendTestWebhookMutationVariables>;
export const RedeliverWebhookDocument = {"__meta__":{"hash":"sha256:60d190c45374f6d9b2bdfa25d9e883aff9a3d759e15a0de4267a7e1998573ebc"}} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;