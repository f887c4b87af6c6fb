import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Realtime } from '../../events/realtime.js';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate, type UserError } from '../../graphql/relay/user-error.js';
import { idOfType } from '../../graphql/relay/node.js';
import { paginate, type PageArgs } from '../../graphql/relay/connection.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { User } from '../accounts/user.entity.js';
import { MentorProfile } from '../mentor-profiles/mentor-profile.entity.js';
import { userStream } from '../notifications/notification-stream.js';
import { Mentorship } from './mentorship.entity.js';
import { MentorshipStatus, OPEN_MENTORSHIP_STATUSES } from './mentorship.types.js';
import { closeRooms } from './rooms.js';

const reasonSchema = z.object({ reason: z.string().trim().max(1_000, 'Keep the reason to 1,000 characters or fewer.').default('') });

/** Which status changes either person may make, and what they become. */
const CHANGES = {
  pause: { from: [MentorshipStatus.ACTIVE], to: MentorshipStatus.PAUSED, needsReason: false },
  resume: { from: [MentorshipStatus.PAUSED], to: MentorshipStatus.ACTIVE, needsReason: false },
  complete: { from: [MentorshipStatus.ACTIVE, MentorshipStatus.PAUSED], to: MentorshipStatus.COMPLETED, needsReason: false },
  cancel: { from: OPEN_MENTORSHIP_STATUSES, to: MentorshipStatus.CANCELLED, needsReason: true },
} as const;
export type MentorshipChange = keyof typeof CHANGES;

/** Mentorships: created within the mentor's capacity, listed, paused, completed or cancelled by either person. */
export class MentorshipsService {
  constructor(private readonly deps: { realtime: Realtime }) {}

  async openBetween(em: EntityManager, mentorUuid: string, menteeUuid: string): Promise<boolean> {
    return (await em.count(Mentorship, { mentor: mentorUuid, mentee: menteeUuid, status: { $in: OPEN_MENTORSHIP_STATUSES } })) > 0;
  }

  /**
   * Creates a mentorship if the mentor has a place left. Locks the mentor's
   * profile row first, so concurrent accepts for one mentor count one by one.
   * Call inside a transaction.
   */
  async createWithinCapacity(
    tx: EntityManager,
    mentorUuid: string,
    menteeUuid: string,
    programUuid: string | null,
  ): Promise<Outcome<Mentorship>> {
    const profile = await tx.findOne(MentorProfile, { user: mentorUuid }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const capacity = profile?.capacity ?? 0;
    const taken = await tx.count(Mentorship, { mentor: mentorUuid, status: { $in: OPEN_MENTORSHIP_STATUSES } });
    if (taken >= capacity) {
      return { ok: false, userErrors: [userError([], UserErrorCode.CAPACITY_REACHED, 'This mentor has no place left for another mentee.')] };
    }
    if (await this.openBetween(tx, mentorUuid, menteeUuid)) {
      return { ok: false, userErrors: [userError([], UserErrorCode.ALREADY_MATCHED, 'These two already have a mentorship.')] };
    }
    const mentorship = tx.create(Mentorship, {
      mentor: tx.getReference(User, mentorUuid),
      mentee: tx.getReference(User, menteeUuid),
      programUuid,
    });
    await tx.flush();
    for (const uuid of [mentorUuid, menteeUuid]) {
      await this.deps.realtime.append(tx, userStream(uuid), 'mentorship.created', { mentorshipId: mentorship.id }, null);
    }
    return { ok: true, value: mentorship };
  }

  list(em: EntityManager, user: User, statuses: MentorshipStatus[] | null, args: PageArgs) {
    return paginate(
      em,
      Mentorship,
      { $or: [{ mentor: user.uuid }, { mentee: user.uuid }], ...(statuses?.length ? { status: { $in: statuses } } : {}) },
      args,
      { createdAt: 'desc', uuid: 'desc' },
    );
  }

  loadForMember(em: EntityManager, user: User, uuid: string): Promise<Mentorship | null> {
    return em.findOne(Mentorship, { uuid, $or: [{ mentor: user.uuid }, { mentee: user.uuid }] });
  }

  /** Locks a mentorship one of whose two people is `user`, inside `tx`. */
  async lockForMember(tx: EntityManager, user: User, mentorshipId: string): Promise<Mentorship | null> {
    const uuid = idOfType(mentorshipId, 'Mentorship');
    if (!uuid) return null;
    return tx.findOne(Mentorship, { uuid, $or: [{ mentor: user.uuid }, { mentee: user.uuid }] }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  async change(em: EntityManager, user: User, change: MentorshipChange, input: { mentorshipId: string; reason?: string | null }): Promise<Outcome<Mentorship>> {
    const rule = CHANGES[change];
    const valid = validate(reasonSchema, { reason: input.reason ?? '' });
    if (!valid.ok) return valid;
    if (rule.needsReason && !valid.value.reason) {
      return { ok: false, userErrors: [userError('reason', UserErrorCode.REQUIRED, 'Say why, so the other person understands.')] };
    }
    return em.transactional(async (tx) => {
      const mentorship = await this.lockForMember(tx, user, input.mentorshipId);
      if (!mentorship) return { ok: false as const, userErrors: [userError('mentorshipId', UserErrorCode.NOT_FOUND, 'No such mentorship of yours.')] };
      if (!(rule.from as readonly MentorshipStatus[]).includes(mentorship.status)) {
        return {
          ok: false as const,
          userErrors: [userError([], UserErrorCode.INVALID_STATE, `A ${mentorship.status.toLowerCase().replace('_', ' ')} mentorship cannot be changed that way.`)],
        };
      }
      mentorship.status = rule.to;
      if (rule.to === MentorshipStatus.COMPLETED || rule.to === MentorshipStatus.CANCELLED) {
        mentorship.endedAt = new Date();
        mentorship.endReason = valid.value.reason || null;
      }
      await tx.flush();
      if (!OPEN_MENTORSHIP_STATUSES.includes(rule.to)) {
        await closeRooms(tx, this.deps.realtime, [mentorship.uuid], rule.to === MentorshipStatus.COMPLETED ? 'mentorship.completed' : 'mentorship.cancelled', user.uuid);
      }
      await this.notifyBoth(tx, mentorship, 'mentorship.status_changed', user, { status: mentorship.status });
      return { ok: true as const, value: mentorship };
    });
  }

  async notifyBoth(tx: EntityManager, mentorship: Mentorship, type: string, actor: User | null, payload: Record<string, unknown>): Promise<void> {
    for (const person of [mentorship.mentor, mentorship.mentee]) {
      await this.deps.realtime.append(tx, userStream(person.unwrap().uuid), type, { mentorshipId: mentorship.id, ...payload }, actor?.uuid ?? null);
    }
  }
}

