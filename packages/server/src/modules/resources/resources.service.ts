import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate } from '../../graphql/relay/user-error.js';
import { idOfType } from '../../graphql/relay/node.js';
import type { Outcome } from '../accounts/accounts.service.js';
import type { User } from '../accounts/user.entity.js';
import type { Mentorship } from '../mentorships/mentorship.entity.js';
import type { MentorshipsService } from '../mentorships/mentorships.service.js';
import { list, requiredText, shortText, tags } from '../mentor-profiles/profile-rules.js';
import { Goal } from '../goal-boards/goal.entity.js';
import { Resource, ResourceKind } from './resource.entity.js';

const shareSchema = z.object({
  title: requiredText(200, 'a title'),
  url: z.url({ protocol: /^https?$/, message: 'Use a full http(s):// link.' }).max(1_000).nullish(),
  kind: z.enum(ResourceKind),
  tags: tags(10, 'tags').default([]),
  note: shortText(2_000, 'the note').default(''),
  goalIds: list(z.string().max(200), 10, 'goals').default([]),
  recommend: z.boolean().default(false),
});

/** The pair's resource library: shared within a mentorship, attached to goals, recommended to the partner. */
export class ResourcesService {
  constructor(private readonly deps: { mentorships: MentorshipsService }) {}

  async share(em: EntityManager, user: User, input: { mentorshipId: string } & Record<string, unknown>): Promise<Outcome<Resource>> {
    const valid = validate(shareSchema, input);
    if (!valid.ok) return valid;
    const uuid = idOfType(input.mentorshipId, 'Mentorship');
    const mentorship = uuid ? await this.deps.mentorships.loadForMember(em, user, uuid) : null;
    if (!mentorship) return { ok: false, userErrors: [userError('mentorshipId', UserErrorCode.NOT_FOUND, 'No such mentorship of yours.')] };
    const { recommend, ...fields } = valid.value;
    for (const [index, goalId] of fields.goalIds.entries()) {
      const goalUuid = idOfType(goalId, 'Goal');
      const goal = goalUuid ? await em.findOne(Goal, { uuid: goalUuid }, { populate: ['board'] }) : null;
      if (!goal || goal.board.getEntity().mentorship.unwrap().uuid !== mentorship.uuid) {
        return { ok: false, userErrors: [userError(['goalIds', String(index)], UserErrorCode.NOT_FOUND, 'Attach goals from this mentorship\'s board.')] };
      }
    }
    const resource = await em.transactional(async (tx) => {
      const created = tx.create(Resource, { ...fields, url: fields.url ?? null, mentorship: mentorship.uuid, addedBy: user.uuid, recommended: recommend });
      await tx.flush();
      if (recommend) {
        await this.deps.mentorships.notifyBoth(tx, mentorship, 'resource.recommended', user, { resourceId: created.id, title: created.title, by: user.displayName });
      }
      return created;
    });
    return { ok: true, value: resource };
  }

  forMentorship(em: EntityManager, mentorship: Mentorship): Promise<Resource[]> {
    return em.find(Resource, { mentorship }, { orderBy: { createdAt: 'desc' }, limit: 200 });
  }

  async load(em: EntityManager, user: User, uuid: string): Promise<Resource | null> {
    const resource = await em.findOne(Resource, { uuid });
    return resource && (await this.deps.mentorships.loadForMember(em, user, resource.mentorship.unwrap().uuid)) ? resource : null;
  }
}
