import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate } from '../../graphql/relay/user-error.js';
import { paginate, type PageArgs } from '../../graphql/relay/connection.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { User } from '../accounts/user.entity.js';
import { MeetingCadence } from '../needs-assessments/needs-assessment.types.js';
import { list, requiredText, shortText, isCalendarDate } from '../mentor-profiles/profile-rules.js';
import { AgreementAcknowledgement, AgreementVersion } from './agreement-version.entity.js';
import type { Mentorship } from './mentorship.entity.js';
import { AgreementTerms, CommunicationChannel, MentorshipStatus, OPEN_MENTORSHIP_STATUSES, type AgreementChange } from './mentorship.types.js';
import type { MentorshipsService } from './mentorships.service.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const termsSchema = z.object({
  goals: list(requiredText(200, 'each goal'), 10, 'goals').min(1, 'Agree on at least one goal.'),
  desiredOutcomes: list(requiredText(200, 'each outcome'), 10, 'outcomes'),
  meetingCadence: z.enum(MeetingCadence),
  meetingLengthMinutes: z.number().int().min(15, 'Meetings last 15 to 240 minutes.').max(240, 'Meetings last 15 to 240 minutes.'),
  channels: list(z.enum(CommunicationChannel), 5, 'channels')
    .min(1, 'Choose at least one channel.')
    .refine((channels) => new Set(channels).size === channels.length, { message: 'Choose each channel once.', params: { code: UserErrorCode.DUPLICATE } }),
  responseTimeHours: z.number().int().min(1, 'Answer within 1 to 336 hours.').max(336, 'Answer within 1 to 336 hours.'),
  confidentiality: shortText(2_000, 'confidentiality'),
  endDate: z
    .string()
    .regex(ISO_DATE, { message: 'Use a date like 2027-06-30.', abort: true })
    .refine((date) => isCalendarDate(date) && date > new Date().toISOString().slice(0, 10), {
      message: 'The end date must be in the future.',
      params: { code: UserErrorCode.OUT_OF_RANGE },
    })
    .nullable(),
  reviewEveryWeeks: z.number().int().min(1, 'Review every 1 to 26 weeks.').max(26, 'Review every 1 to 26 weeks.'),
});

/** The terms that differ between two versions, in the order terms are listed. */
export function diffTerms(before: AgreementTerms | null, after: AgreementTerms): AgreementChange[] {
  return (Object.keys(termsSchema.shape) as (keyof AgreementTerms)[]).flatMap((field) => {
    const was = before ? JSON.stringify(before[field] ?? null) : null;
    const now = JSON.stringify(after[field] ?? null);
    return was === now ? [] : [{ field, before: was, after: now }];
  });
}

/**
 * The expectations agreement, versioned: either person proposes a version
 * (which they acknowledge by proposing it); it is in effect once both have
 * acknowledged that same version. The first version in effect makes the
 * mentorship active.
 */
export class AgreementsService {
  constructor(private readonly deps: { mentorships: MentorshipsService }) {}

  async propose(
    em: EntityManager,
    user: User,
    input: { mentorshipId: string; terms: unknown; note?: string | null; basedOnVersion?: number | null },
  ): Promise<Outcome<AgreementVersion>> {
    const valid = validate(z.object({ terms: termsSchema, note: shortText(1_000, 'the note').default('') }), { terms: input.terms, note: input.note ?? '' });
    if (!valid.ok) return valid;
    return em.transactional(async (tx) => {
      const mentorship = await this.deps.mentorships.lockForMember(tx, user, input.mentorshipId);
      if (!mentorship) return { ok: false as const, userErrors: [userError('mentorshipId', UserErrorCode.NOT_FOUND, 'No such mentorship of yours.')] };
      if (!OPEN_MENTORSHIP_STATUSES.includes(mentorship.status)) {
        return { ok: false as const, userErrors: [userError([], UserErrorCode.INVALID_STATE, 'This mentorship has ended.')] };
      }
      const latest = await this.latest(tx, mentorship);
      // Proposing on top of a version the other person replaced meanwhile would silently drop their change.
      if (input.basedOnVersion != null && input.basedOnVersion !== (latest?.version ?? 0)) {
        return {
          ok: false as const,
          userErrors: [userError('basedOnVersion', UserErrorCode.STALE_VERSION, `Version ${latest?.version} was proposed since; review it first.`)],
        };
      }
      const version = tx.create(AgreementVersion, {
        mentorship,
        version: (latest?.version ?? 0) + 1,
        proposedBy: user,
        terms: valid.value.terms,
        note: valid.value.note,
      });
      tx.create(AgreementAcknowledgement, { agreementVersion: version, user });
      await tx.flush();
      await this.deps.mentorships.notifyBoth(tx, mentorship, 'agreement.proposed', user, { version: version.version, proposedBy: user.displayName });
      return { ok: true as const, value: version };
    });
  }

  async acknowledge(em: EntityManager, user: User, input: { mentorshipId: string; version: number }): Promise<Outcome<Mentorship>> {
    return em.transactional(async (tx) => {
      const mentorship = await this.deps.mentorships.lockForMember(tx, user, input.mentorshipId);
      if (!mentorship) return { ok: false as const, userErrors: [userError('mentorshipId', UserErrorCode.NOT_FOUND, 'No such mentorship of yours.')] };
      const latest = await this.latest(tx, mentorship);
      if (!latest || latest.version !== input.version) {
        return {
          ok: false as const,
          userErrors: [userError('version', UserErrorCode.STALE_VERSION, latest ? `Only the latest version (${latest.version}) can be acknowledged.` : 'Nothing has been proposed yet.')],
        };
      }
      const already = await tx.count(AgreementAcknowledgement, { agreementVersion: latest, user });
      if (!already) {
        tx.create(AgreementAcknowledgement, { agreementVersion: latest, user });
        await tx.flush();
      }
      const acknowledgedByBoth = (await tx.count(AgreementAcknowledgement, { agreementVersion: latest })) === 2;
      if (acknowledgedByBoth && mentorship.status === MentorshipStatus.PENDING_AGREEMENT) {
        mentorship.status = MentorshipStatus.ACTIVE;
        mentorship.startedAt = new Date();
        await tx.flush();
      }
      if (!already) {
        await this.deps.mentorships.notifyBoth(tx, mentorship, 'agreement.acknowledged', user, {
          version: latest.version,
          inEffect: acknowledgedByBoth,
          status: mentorship.status,
        });
      }
      return { ok: true as const, value: mentorship };
    });
  }

  latest(em: EntityManager, mentorship: Mentorship): Promise<AgreementVersion | null> {
    return em.findOne(AgreementVersion, { mentorship }, { orderBy: { version: 'desc' } });
  }

  /** The newest version both have acknowledged, if any. */
  async inEffect(em: EntityManager, mentorship: Mentorship): Promise<AgreementVersion | null> {
    const rows = await em.execute<{ uuid: string }[]>(
      `select v.uuid from agreement_versions v
        where v.mentorship_uuid = ? and (select count(*) from agreement_acknowledgements a where a.agreement_version_uuid = v.uuid) = 2
        order by v.version desc limit 1`,
      [mentorship.uuid],
    );
    return rows[0] ? em.findOne(AgreementVersion, { uuid: rows[0].uuid }) : null;
  }

  versions(em: EntityManager, mentorship: Mentorship, args: PageArgs) {
    return paginate(em, AgreementVersion, { mentorship }, args, { version: 'desc' });
  }

  async byNumber(em: EntityManager, mentorship: Mentorship, version: number): Promise<AgreementVersion | null> {
    return em.findOne(AgreementVersion, { mentorship, version });
  }

  async acknowledgedBy(em: EntityManager, version: AgreementVersion): Promise<User[]> {
    const acknowledgements = await em.find(AgreementAcknowledgement, { agreementVersion: version }, { populate: ['user'], orderBy: { createdAt: 'asc' } });
    return acknowledgements.map((acknowledgement) => acknowledgement.user.getEntity());
  }

  loadForMember(em: EntityManager, user: User, uuid: string): Promise<AgreementVersion | null> {
    return em.findOne(AgreementVersion, { uuid, mentorship: { $or: [{ mentor: user.uuid }, { mentee: user.uuid }] } });
  }
}
