import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate } from '../../graphql/relay/user-error.js';
import { idOfType } from '../../graphql/relay/node.js';
import type { Outcome } from '../accounts/accounts.service.js';
import type { User } from '../accounts/user.entity.js';
import type { Mentorship } from '../mentorships/mentorship.entity.js';
import type { MentorshipsService } from '../mentorships/mentorships.service.js';
import { shortText } from '../mentor-profiles/profile-rules.js';
import { Feedback, FeedbackContext } from './feedback.entity.js';

const rating = z.number().int().min(1, 'Rate from 1 to 5.').max(5, 'Rate from 1 to 5.');
const giveSchema = z.object({
  context: z.enum(FeedbackContext),
  contextId: z.string().max(200).nullish(),
  ratings: z.object({ helpfulness: rating, clarity: rating, preparation: rating, listening: rating }),
  comment: shortText(2_000, 'the comment').default(''),
  learned: shortText(2_000, 'what you learned').default(''),
});

/** Admins see averages only for groups at least this large, so no one's feedback can be singled out. */
export const MIN_GROUP_FOR_AGGREGATES = 3;

/** Feedback both ways: each person rates the other after a session or review; admins see only aggregates. */
export class FeedbackService {
  constructor(private readonly deps: { mentorships: MentorshipsService }) {}

  async give(em: EntityManager, user: User, input: { mentorshipId: string } & Record<string, unknown>): Promise<Outcome<Feedback>> {
    const valid = validate(giveSchema, input);
    if (!valid.ok) return valid;
    const uuid = idOfType(input.mentorshipId, 'Mentorship');
    const mentorship = uuid ? await this.deps.mentorships.loadForMember(em, user, uuid) : null;
    if (!mentorship) return { ok: false, userErrors: [userError('mentorshipId', UserErrorCode.NOT_FOUND, 'No such mentorship of yours.')] };
    const isMentor = mentorship.mentor.unwrap().uuid === user.uuid;
    if (!isMentor && valid.value.learned) {
      return { ok: false, userErrors: [userError('learned', UserErrorCode.INVALID, 'What you learned is for mentors to record; use the comment.')] };
    }
    const receiver = isMentor ? mentorship.mentee.unwrap().uuid : mentorship.mentor.unwrap().uuid;
    try {
      const feedback = em.create(Feedback, {
        mentorship: mentorship.uuid,
        giver: user.uuid,
        receiver,
        ...valid.value,
        contextId: valid.value.contextId ?? '',
      });
      await em.flush();
      return { ok: true, value: feedback };
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return { ok: false, userErrors: [userError('context', UserErrorCode.DUPLICATE, 'You gave feedback on this already.')] };
    }
  }

  /** Feedback in a mentorship that the user gave or received. */
  forMember(em: EntityManager, user: User, mentorship: Mentorship): Promise<Feedback[]> {
    return em.find(Feedback, { mentorship, $or: [{ giver: user.uuid }, { receiver: user.uuid }] }, { orderBy: { createdAt: 'desc' } });
  }

  async load(em: EntityManager, user: User, uuid: string): Promise<Feedback | null> {
    return em.findOne(Feedback, { uuid, $or: [{ giver: user.uuid }, { receiver: user.uuid }] });
  }

  /** Average ratings across a program's mentorships, or null when fewer than three people gave feedback. */
  async programAverages(em: EntityManager, programUuid: string): Promise<{ givers: number; helpfulness: number; clarity: number; preparation: number; listening: number } | null> {
    const rows = await em.execute<{ givers: string; helpfulness: string; clarity: string; preparation: string; listening: string }[]>(
      `select count(distinct f.giver_uuid) as givers,
              avg((f.ratings->>'helpfulness')::int) as helpfulness, avg((f.ratings->>'clarity')::int) as clarity,
              avg((f.ratings->>'preparation')::int) as preparation, avg((f.ratings->>'listening')::int) as listening
         from feedback f join mentorships m on m.uuid = f.mentorship_uuid
        where m.program_uuid = ?`,
      [programUuid],
    );
    const row = rows[0];
    if (!row || Number(row.givers) < MIN_GROUP_FOR_AGGREGATES) return null;
    const round = (value: string) => Math.round(Number(value) * 10) / 10;
    return { givers: Number(row.givers), helpfulness: round(row.helpfulness), clarity: round(row.clarity), preparation: round(row.preparation), listening: round(row.listening) };
  }
}
