import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Realtime } from '../../events/realtime.js';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate, type UserError } from '../../graphql/relay/user-error.js';
import { idOfType } from '../../graphql/relay/node.js';
import { paginate, type PageArgs } from '../../graphql/relay/connection.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { User } from '../accounts/user.entity.js';
import { NeedsAssessment } from '../needs-assessments/needs-assessment.entity.js';
import { MeetingCadence } from '../needs-assessments/needs-assessment.types.js';
import type { MentorProfilesService } from '../mentor-profiles/mentor-profiles.service.js';
import { userStream } from '../notifications/notification-stream.js';
import type { MentorshipsService } from '../mentorships/mentorships.service.js';
import { MentorshipRequest } from './mentorship-request.entity.js';
import { MentorshipRequestStatus, OPEN_REQUEST_STATUSES, RequestParty } from './mentorship-request.types.js';

const sendSchema = z.object({
  mentorId: z.string().max(200),
  message: z
    .string()
    .trim()
    .min(40, 'Write at least 40 characters: say who you are and why this mentor.')
    .max(2_000, 'Keep the message to 2,000 characters or fewer.'),
  goalIds: z.array(z.string().max(100)).max(10, 'Attach at most 10 goals.').default([]),
  proposedCadence: z.enum(MeetingCadence).nullish(),
  clientMutationId: z.string().trim().min(1, 'Send a client id to make retries safe.').max(100),
});
const textSchema = (label: string, min = 1) =>
  z.string().trim().min(min, `Write ${label}.`).max(2_000, `Keep ${label} to 2,000 characters or fewer.`);

const notFound = (field = 'requestId'): UserError[] => [userError(field, UserErrorCode.NOT_FOUND, 'No such request of yours.')];
const wrongState = (request: MentorshipRequest, doing: string): UserError[] => [
  userError([], UserErrorCode.INVALID_STATE, `This request is ${request.status.toLowerCase().replace('_', ' ')}; it cannot be ${doing} now.`),
];

type Direction = 'SENT' | 'RECEIVED';

/**
 * Mentorship requests: sending (idempotent per client id), the mentor's
 * questions and the mentee's answers, and the final answers. Each change
 * notifies the other side live through their notification stream.
 */
export class MentorshipRequestsService {
  constructor(
    private readonly deps: {
      config: Config;
      realtime: Realtime;
      mentorProfiles: MentorProfilesService;
      mentorships: MentorshipsService;
    },
  ) {}

  async send(em: EntityManager, viewer: Viewer & { user: User }, input: unknown): Promise<Outcome<MentorshipRequest>> {
    const valid = validate(sendSchema, input);
    if (!valid.ok) return valid;
    const { mentorId, message, goalIds, proposedCadence, clientMutationId } = valid.value;
    const mentee = viewer.user;
    const retried = await em.findOne(MentorshipRequest, { mentee, clientMutationId });
    if (retried) return { ok: true, value: retried };

    if (!mentee.isMentee) {
      return { ok: false, userErrors: [userError([], UserErrorCode.NOT_A_MENTEE, 'Complete onboarding as a mentee before sending requests.')] };
    }
    const mentorUuid = idOfType(mentorId, 'User');
    const profile = mentorUuid ? await this.deps.mentorProfiles.forUser(em, viewer, mentorUuid) : null;
    if (!profile || mentorUuid === mentee.uuid) {
      return { ok: false, userErrors: [userError('mentorId', UserErrorCode.NOT_FOUND, 'No such mentor.')] };
    }
    if (profile.awaySince) {
      return { ok: false, userErrors: [userError('mentorId', UserErrorCode.MENTOR_AWAY, 'This mentor is away for now; try again later or ask someone else.')] };
    }
    if (!profile.acceptingRequests) {
      return { ok: false, userErrors: [userError('mentorId', UserErrorCode.MENTOR_UNAVAILABLE, 'This mentor is not taking requests now.')] };
    }
    if (await this.deps.mentorships.openBetween(em, mentorUuid!, mentee.uuid)) {
      return { ok: false, userErrors: [userError('mentorId', UserErrorCode.ALREADY_MATCHED, 'You already have a mentorship with this mentor.')] };
    }
    const assessment = await em.findOne(NeedsAssessment, { user: mentee });
    const goals = goalIds.map((id) => assessment?.goals.find((goal) => goal.id === id));
    const missing = goals.findIndex((goal) => !goal);
    if (missing >= 0) {
      return { ok: false, userErrors: [userError(['goalIds', String(missing)], UserErrorCode.NOT_FOUND, 'Attach goals from your needs assessment.')] };
    }

    try {
      const request = await em.transactional(async (tx) => {
        const created = tx.create(MentorshipRequest, {
          mentee,
          mentor: tx.getReference(User, mentorUuid!),
          message,
          goals: goals.map((goal) => ({ ...goal! })),
          proposedCadence: proposedCadence ?? null,
          clientMutationId,
          expiresAt: new Date(Date.now() + this.deps.config.requestExpiryDays * 86_400_000),
        });
        await tx.flush();
        await this.notify(tx, created, RequestParty.MENTOR, 'request.received', mentee);
        return created;
      });
      return { ok: true, value: request };
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      // A retry racing its original: the same client id gives the same request.
      const same = await em.fork().findOne(MentorshipRequest, { mentee: mentee.uuid, clientMutationId });
      if (same) return { ok: true, value: same };
      return {
        ok: false,
        userErrors: [userError('mentorId', UserErrorCode.REQUEST_ALREADY_OPEN, 'You have an open request with this mentor already.')],
      };
    }
  }

  /** The mentor asks for more information; the request waits for the mentee's answer. */
  askForInformation(em: EntityManager, user: User, input: { requestId: string; question: string }) {
    return this.transition(em, user, input.requestId, RequestParty.MENTOR, async (tx, request) => {
      const valid = validate(z.object({ question: textSchema('a question') }), input);
      if (!valid.ok) return valid.userErrors;
      if (request.status !== MentorshipRequestStatus.PENDING) return wrongState(request, 'questioned');
      request.status = MentorshipRequestStatus.INFO_REQUESTED;
      request.exchanges = [...request.exchanges, { from: RequestParty.MENTOR, body: valid.value.question, at: new Date() }];
      request.respondedAt ??= new Date();
      await tx.flush();
      await this.notify(tx, request, RequestParty.MENTEE, 'request.info_requested', user);
      return [];
    });
  }

  /** The mentee answers; the request returns to pending. */
  provideInformation(em: EntityManager, user: User, input: { requestId: string; answer: string }) {
    return this.transition(em, user, input.requestId, RequestParty.MENTEE, async (tx, request) => {
      const valid = validate(z.object({ answer: textSchema('an answer') }), input);
      if (!valid.ok) return valid.userErrors;
      if (request.status !== MentorshipRequestStatus.INFO_REQUESTED) return wrongState(request, 'answered');
      request.status = MentorshipRequestStatus.PENDING;
      request.exchanges = [...request.exchanges, { from: RequestParty.MENTEE, body: valid.value.answer, at: new Date() }];
      await tx.flush();
      await this.notify(tx, request, RequestParty.MENTOR, 'request.info_provided', user);
      return [];
    });
  }

  /** Accepts within the mentor's capacity, even when several accepts race: the profile row is locked. */
  accept(em: EntityManager, user: User, input: { requestId: string }) {
    return this.transition(em, user, input.requestId, RequestParty.MENTOR, async (tx, request) => {
      if (!OPEN_REQUEST_STATUSES.includes(request.status)) return wrongState(request, 'accepted');
      const created = await this.deps.mentorships.createWithinCapacity(tx, request.mentor.unwrap().uuid, request.mentee.unwrap().uuid, null);
      if (!created.ok) return created.userErrors;
      request.status = MentorshipRequestStatus.ACCEPTED;
      request.mentorshipUuid = created.value.uuid;
      request.respondedAt ??= new Date();
      request.decidedAt = new Date();
      await tx.flush();
      await this.notify(tx, request, RequestParty.MENTEE, 'request.accepted', user, { mentorshipId: created.value.id });
      return [];
    });
  }

  decline(em: EntityManager, user: User, input: { requestId: string; reason: string }) {
    return this.transition(em, user, input.requestId, RequestParty.MENTOR, async (tx, request) => {
      const valid = validate(z.object({ reason: textSchema('a reason, kindly') }), input);
      if (!valid.ok) return valid.userErrors;
      if (!OPEN_REQUEST_STATUSES.includes(request.status)) return wrongState(request, 'declined');
      Object.assign(request, { status: MentorshipRequestStatus.DECLINED, declineReason: valid.value.reason, decidedAt: new Date() });
      request.respondedAt ??= new Date();
      await tx.flush();
      await this.notify(tx, request, RequestParty.MENTEE, 'request.declined', user);
      return [];
    });
  }

  withdraw(em: EntityManager, user: User, input: { requestId: string }) {
    return this.transition(em, user, input.requestId, RequestParty.MENTEE, async (tx, request) => {
      if (!OPEN_REQUEST_STATUSES.includes(request.status)) return wrongState(request, 'withdrawn');
      Object.assign(request, { status: MentorshipRequestStatus.WITHDRAWN, decidedAt: new Date() });
      await tx.flush();
      await this.notify(tx, request, RequestParty.MENTOR, 'request.withdrawn', user);
      return [];
    });
  }

  /**
   * Runs a change on one request, as one side, with the row locked, after
   * expiring it if its time is up.
   */
  private async transition(
    em: EntityManager,
    user: User,
    requestId: string,
    as: RequestParty,
    change: (tx: EntityManager, request: MentorshipRequest) => Promise<UserError[]>,
  ): Promise<Outcome<MentorshipRequest>> {
    const uuid = idOfType(requestId, 'MentorshipRequest');
    if (!uuid) return { ok: false, userErrors: notFound() };
    return em.transactional(async (tx) => {
      const side = as === RequestParty.MENTOR ? { mentor: user.uuid } : { mentee: user.uuid };
      const request = await tx.findOne(MentorshipRequest, { uuid, ...side }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!request) return { ok: false as const, userErrors: notFound() };
      if (OPEN_REQUEST_STATUSES.includes(request.status) && request.expiresAt <= new Date()) {
        Object.assign(request, { status: MentorshipRequestStatus.EXPIRED, decidedAt: request.expiresAt });
        await tx.flush();
      }
      const userErrors = await change(tx, request);
      if (userErrors.length) {
        // Nothing the change wrote may stay.
        throw new Rejected(userErrors);
      }
      return { ok: true as const, value: request };
    }).catch((error: unknown) => {
      if (error instanceof Rejected) return { ok: false as const, userErrors: error.userErrors };
      throw error;
    });
  }

  private async notify(
    em: EntityManager,
    request: MentorshipRequest,
    to: RequestParty,
    type: string,
    actor: User,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    const recipient = to === RequestParty.MENTOR ? request.mentor : request.mentee;
    await this.deps.realtime.append(
      em,
      userStream(recipient.unwrap().uuid),
      type,
      { requestId: request.id, status: request.status, actorName: actor.displayName, ...extra },
      actor.uuid,
    );
  }

  /** Marks open requests past their time as expired (lazily, before they are listed). */
  async expireDue(em: EntityManager): Promise<number> {
    return em.nativeUpdate(
      MentorshipRequest,
      { status: { $in: OPEN_REQUEST_STATUSES }, expiresAt: { $lte: new Date() } },
      { status: MentorshipRequestStatus.EXPIRED, decidedAt: new Date() },
    );
  }

  async list(em: EntityManager, user: User, direction: Direction, openOnly: boolean, args: PageArgs) {
    await this.expireDue(em);
    const side = direction === 'SENT' ? { mentee: user } : { mentor: user };
    return paginate(em, MentorshipRequest, { ...side, ...(openOnly ? { status: { $in: OPEN_REQUEST_STATUSES } } : {}) }, args, {
      createdAt: 'desc',
      uuid: 'desc',
    });
  }

  /** A request visible to one of its two sides. */
  loadForParty(em: EntityManager, user: User, uuid: string): Promise<MentorshipRequest | null> {
    return em.findOne(MentorshipRequest, { uuid, $or: [{ mentee: user.uuid }, { mentor: user.uuid }] });
  }
}

/** Rolls back a transition whose checks failed, carrying the user errors out. */
class Rejected extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('rejected');
  }
}
