import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate } from '../../graphql/relay/user-error.js';
import { globalId, idOfType } from '../../graphql/relay/node.js';
import type { Outcome } from '../accounts/accounts.service.js';
import type { User } from '../accounts/user.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { OPEN_MENTORSHIP_STATUSES } from '../mentorships/mentorship.types.js';
import type { MentorshipsService } from '../mentorships/mentorships.service.js';
import { list, requiredText, timeZone } from '../mentor-profiles/profile-rules.js';
import { Meeting } from './meeting.entity.js';
import type { MeetingOccurrence } from './meeting.types.js';
import { occurrenceAt, occurrencesBetween, recurrenceProblem } from './occurrences.js';

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const scheduleSchema = z
  .object({
    mentorshipId: z.string(),
    title: requiredText(120, 'a title'),
    agenda: list(requiredText(200, 'each agenda item'), 20, 'agenda items').default([]),
    videoLink: z.url({ protocol: /^https?$/, message: 'Use a full https:// link.' }).max(500).nullish(),
    localStart: z.string().regex(LOCAL, 'Use a local time like 2027-01-05T18:00.'),
    timeZone,
    durationMinutes: z.number().int().min(10, 'Meetings last 10 to 480 minutes.').max(480, 'Meetings last 10 to 480 minutes.'),
    recurrence: z.string().trim().max(300).nullish(),
  })
  .superRefine((input, context) => {
    if (!input.recurrence) return;
    const problem = recurrenceProblem(input.recurrence, input.localStart);
    if (problem) context.addIssue({ code: 'custom', path: ['recurrence'], message: problem, params: { code: UserErrorCode.INVALID_RECURRENCE } });
  });

const NOT_FOUND = [userError('meetingId', UserErrorCode.NOT_FOUND, 'No such meeting of yours.')];

/** Scheduling: meetings once or recurring, per-occurrence changes, and what happened at each. */
export class MeetingsService {
  constructor(private readonly deps: { mentorships: MentorshipsService }) {}

  async schedule(em: EntityManager, user: User, input: unknown): Promise<Outcome<Meeting>> {
    const valid = validate(scheduleSchema, input);
    if (!valid.ok) return valid;
    const { mentorshipId, recurrence, videoLink, ...fields } = valid.value;
    const uuid = idOfType(mentorshipId, 'Mentorship');
    const mentorship = uuid ? await this.deps.mentorships.loadForMember(em, user, uuid) : null;
    if (!mentorship || !OPEN_MENTORSHIP_STATUSES.includes(mentorship.status)) {
      return { ok: false, userErrors: [userError('mentorshipId', UserErrorCode.NOT_FOUND, 'No open mentorship of yours has that id.')] };
    }
    const meeting = await em.transactional(async (tx) => {
      const created = tx.create(Meeting, { mentorship: mentorship.uuid, ...fields, videoLink: videoLink ?? null, recurrence: recurrence || null });
      await tx.flush();
      await this.deps.mentorships.notifyBoth(tx, mentorship, 'meeting.scheduled', user, { meetingId: created.id, title: created.title });
      return created;
    });
    return { ok: true, value: meeting };
  }

  /** A meeting of one of the user's open mentorships. */
  async forMember(em: EntityManager, user: User, meetingId: string): Promise<Meeting | null> {
    const uuid = idOfType(meetingId, 'Meeting');
    const meeting = uuid ? await em.findOne(Meeting, { uuid }, { populate: ['mentorship'] }) : null;
    const mentorship = meeting?.mentorship.getEntity();
    if (!meeting || !mentorship || !OPEN_MENTORSHIP_STATUSES.includes(mentorship.status)) return null;
    return [mentorship.mentor.unwrap().uuid, mentorship.mentee.unwrap().uuid].includes(user.uuid) ? meeting : null;
  }

  /** Moves one occurrence, or cancels it (`newStart` null). */
  async changeOccurrence(
    em: EntityManager,
    user: User,
    input: { meetingId: string; originalStart: Date; newStart?: Date | null; cancel: boolean },
  ): Promise<Outcome<Meeting>> {
    const meeting = await this.forMember(em, user, input.meetingId);
    if (!meeting) return { ok: false, userErrors: NOT_FOUND };
    const original = input.originalStart.toISOString();
    if (!occurrenceAt(meeting, input.originalStart)) return { ok: false, userErrors: [userError('originalStart', UserErrorCode.NOT_FOUND, 'The series has no meeting then.')] };
    if (!input.cancel && !input.newStart) return { ok: false, userErrors: [userError('newStart', UserErrorCode.REQUIRED, 'Say when it moves to.')] };
    meeting.overrides = [
      ...meeting.overrides.filter((o) => o.originalStart !== original),
      { originalStart: original, newStart: input.cancel ? null : input.newStart!.toISOString(), cancelled: input.cancel },
    ];
    await this.save(em, user, meeting, input.cancel ? 'meeting.occurrence_cancelled' : 'meeting.occurrence_moved', { originalStart: original });
    return { ok: true, value: meeting };
  }

  async cancelSeries(em: EntityManager, user: User, meetingId: string): Promise<Outcome<Meeting>> {
    const meeting = await this.forMember(em, user, meetingId);
    if (!meeting) return { ok: false, userErrors: NOT_FOUND };
    meeting.cancelledAt ??= new Date();
    await this.save(em, user, meeting, 'meeting.cancelled', {});
    return { ok: true, value: meeting };
  }

  async recordOutcome(
    em: EntityManager,
    user: User,
    input: { meetingId: string; originalStart: Date; attendedUserIds: string[]; notes: string },
  ): Promise<Outcome<Meeting>> {
    const meeting = await this.forMember(em, user, input.meetingId);
    if (!meeting) return { ok: false, userErrors: NOT_FOUND };
    const valid = validate(z.object({ notes: z.string().trim().max(10_000, 'Keep notes to 10,000 characters.') }), input);
    if (!valid.ok) return valid;
    const mentorship = meeting.mentorship.getEntity();
    const members = [mentorship.mentor.unwrap().uuid, mentorship.mentee.unwrap().uuid].map((uuid) => globalId('User', uuid));
    const stranger = input.attendedUserIds.findIndex((id) => !members.includes(id));
    if (stranger >= 0) return { ok: false, userErrors: [userError(['attendedUserIds', String(stranger)], UserErrorCode.NOT_FOUND, 'Only the two of you can attend.')] };
    const original = input.originalStart.toISOString();
    const occurrence = occurrenceAt(meeting, input.originalStart);
    if (!occurrence) return { ok: false, userErrors: [userError('originalStart', UserErrorCode.NOT_FOUND, 'The series has no meeting then.')] };
    if (occurrence.startsAt > new Date()) return { ok: false, userErrors: [userError('originalStart', UserErrorCode.INVALID_STATE, 'Record a meeting after it has started.')] };
    meeting.records = [
      ...meeting.records.filter((r) => r.originalStart !== original),
      { originalStart: original, attendedUserIds: [...new Set(input.attendedUserIds)], notes: valid.value.notes },
    ];
    await this.save(em, user, meeting, 'meeting.recorded', { originalStart: original });
    return { ok: true, value: meeting };
  }

  private async save(em: EntityManager, user: User, meeting: Meeting, type: string, payload: Record<string, unknown>): Promise<void> {
    const mentorship = await em.findOneOrFail(Mentorship, { uuid: meeting.mentorship.unwrap().uuid });
    await em.transactional(async (tx) => {
      await tx.flush();
      await this.deps.mentorships.notifyBoth(tx, mentorship, type, user, { meetingId: meeting.id, title: meeting.title, ...payload });
    });
  }

  /** Every occurrence of the user's meetings in a window, across their open mentorships, in time order. */
  async upcomingFor(em: EntityManager, userUuid: string, from: Date, to: Date): Promise<{ meeting: Meeting; occurrence: MeetingOccurrence }[]> {
    const meetings = await em.find(Meeting, {
      cancelledAt: null,
      mentorship: { status: { $in: OPEN_MENTORSHIP_STATUSES }, $or: [{ mentor: userUuid }, { mentee: userUuid }] },
    });
    return meetings
      .flatMap((meeting) => occurrencesBetween(meeting, from, to).map((occurrence) => ({ meeting, occurrence })))
      .sort((a, b) => a.occurrence.startsAt.getTime() - b.occurrence.startsAt.getTime());
  }

  forMentorship(em: EntityManager, mentorship: Mentorship): Promise<Meeting[]> {
    return em.find(Meeting, { mentorship }, { orderBy: { createdAt: 'desc' }, limit: 100 });
  }
}
