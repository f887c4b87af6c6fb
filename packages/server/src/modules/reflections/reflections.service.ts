import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate } from '../../graphql/relay/user-error.js';
import { idOfType } from '../../graphql/relay/node.js';
import { paginate, type PageArgs } from '../../graphql/relay/connection.js';
import type { Outcome } from '../accounts/accounts.service.js';
import type { User } from '../accounts/user.entity.js';
import type { Mentorship } from '../mentorships/mentorship.entity.js';
import type { MentorshipsService } from '../mentorships/mentorships.service.js';
import { list, requiredText, shortText } from '../mentor-profiles/profile-rules.js';
import { Reflection } from './reflection.entity.js';

/** Prompts the journal offers; people may also write free-form. */
export const REFLECTION_PROMPTS = [
  'What worked well?',
  'What did not?',
  'What did I learn about myself?',
  'What will I do differently next time?',
  'What am I proud of this week?',
];

const writeSchema = z.object({
  body: requiredText(10_000, 'your reflection'),
  prompt: shortText(300, 'the prompt').default(''),
  shared: z.boolean().default(false),
  goalIds: list(z.string().max(200), 10, 'goals').default([]),
  sessionId: z.string().max(200).nullish(),
});

/** The reflection journal: private by default, shareable with the partner of one of your mentorships. */
export class ReflectionsService {
  constructor(private readonly deps: { mentorships: MentorshipsService }) {}

  async write(em: EntityManager, user: User, input: { id?: string | null; mentorshipId?: string | null } & Record<string, unknown>): Promise<Outcome<Reflection>> {
    const valid = validate(writeSchema, input);
    if (!valid.ok) return valid;
    let mentorship: Mentorship | null = null;
    if (input.mentorshipId) {
      const uuid = idOfType(input.mentorshipId, 'Mentorship');
      mentorship = uuid ? await this.deps.mentorships.loadForMember(em, user, uuid) : null;
      if (!mentorship) return { ok: false, userErrors: [userError('mentorshipId', UserErrorCode.NOT_FOUND, 'No such mentorship of yours.')] };
    }
    if (valid.value.shared && !mentorship) {
      return { ok: false, userErrors: [userError('shared', UserErrorCode.INVALID, 'Choose the mentorship to share it in.')] };
    }
    let reflection: Reflection | null;
    if (input.id) {
      const uuid = idOfType(input.id, 'Reflection');
      reflection = uuid ? await em.findOne(Reflection, { uuid, author: user.uuid }) : null;
      if (!reflection) return { ok: false, userErrors: [userError('id', UserErrorCode.NOT_FOUND, 'No such reflection of yours.')] };
    } else {
      reflection = em.create(Reflection, { author: user.uuid, body: valid.value.body });
    }
    Object.assign(reflection, { ...valid.value, sessionId: valid.value.sessionId ?? null, mentorship: mentorship?.uuid ?? null });
    await em.flush();
    return { ok: true, value: reflection };
  }

  mine(em: EntityManager, user: User, args: PageArgs) {
    return paginate(em, Reflection, { author: user.uuid }, args, { createdAt: 'desc', uuid: 'desc' });
  }

  /** In a mentorship: your own reflections, and those your partner shared. */
  inMentorship(em: EntityManager, user: User, mentorship: Mentorship, args: PageArgs) {
    return paginate(em, Reflection, { mentorship, $or: [{ author: user.uuid }, { shared: true }] }, args, { createdAt: 'desc', uuid: 'desc' });
  }

  async load(em: EntityManager, user: User, uuid: string): Promise<Reflection | null> {
    const reflection = await em.findOne(Reflection, { uuid });
    if (!reflection) return null;
    if (reflection.author.unwrap().uuid === user.uuid) return reflection;
    if (!reflection.shared || !reflection.mentorship) return null;
    return (await this.deps.mentorships.loadForMember(em, user, reflection.mentorship.unwrap().uuid)) ? reflection : null;
  }
}
