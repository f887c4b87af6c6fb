import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate } from '../../graphql/relay/user-error.js';
import { idOfType } from '../../graphql/relay/node.js';
import type { Outcome } from '../accounts/accounts.service.js';
import type { User } from '../accounts/user.entity.js';
import type { Mentorship } from '../mentorships/mentorship.entity.js';
import type { MentorshipsService } from '../mentorships/mentorships.service.js';
import { Program } from '../programs/program.entity.js';
import type { ProgramsService } from '../programs/programs.service.js';
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

type ShareInput = { mentorshipId?: string | null; programId?: string | null } & Record<string, unknown>;

/**
 * Resource libraries: a pair's, shared within a mentorship (attached to its
 * board's goals, recommended to the partner), and a program's, shared with
 * everyone taking part in it.
 */
export class ResourcesService {
  constructor(private readonly deps: { mentorships: MentorshipsService; programs: ProgramsService }) {}

  async share(em: EntityManager, user: User, input: ShareInput): Promise<Outcome<Resource>> {
    const valid = validate(shareSchema, input);
    if (!valid.ok) return valid;
    if (input.mentorshipId && input.programId) {
      return { ok: false, userErrors: [userError('programId', UserErrorCode.INVALID, 'Share it in a mentorship or in a program, not both.')] };
    }
    if (input.programId) return this.shareInProgram(em, user, input.programId, valid.value);
    if (!input.mentorshipId) return { ok: false, userErrors: [userError('mentorshipId', UserErrorCode.REQUIRED, 'Choose a mentorship or a program to share it in.')] };
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

  private async shareInProgram(em: EntityManager, user: User, programId: string, fields: z.infer<typeof shareSchema>): Promise<Outcome<Resource>> {
    const uuid = idOfType(programId, 'Program');
    const program = uuid ? await em.findOne(Program, { uuid }) : null;
    if (!program || !(await this.deps.programs.isMember(em, user, program))) {
      return { ok: false, userErrors: [userError('programId', UserErrorCode.NOT_FOUND, 'No program you take part in has that id.')] };
    }
    // Goals and recommendations belong to a pair; a program's library is for everyone in it.
    if (fields.goalIds.length) return { ok: false, userErrors: [userError('goalIds', UserErrorCode.INVALID, 'Goals can be attached in a mentorship\'s library only.')] };
    if (fields.recommend) return { ok: false, userErrors: [userError('recommend', UserErrorCode.INVALID, 'Recommend it to a partner from your mentorship\'s library.')] };
    const { recommend: _recommend, ...rest } = fields;
    const resource = em.create(Resource, { ...rest, url: rest.url ?? null, program: program.uuid, addedBy: user.uuid });
    await em.flush();
    return { ok: true, value: resource };
  }

  forMentorship(em: EntityManager, mentorship: Mentorship): Promise<Resource[]> {
    return em.find(Resource, { mentorship }, { orderBy: { createdAt: 'desc' }, limit: 200 });
  }

  /** The program's library, newest first; null unless `user` takes part in the program. */
  async forProgram(em: EntityManager, user: User, program: Program): Promise<Resource[] | null> {
    if (!(await this.deps.programs.isMember(em, user, program))) return null;
    return em.find(Resource, { program }, { orderBy: { createdAt: 'desc' }, limit: 200 });
  }

  async load(em: EntityManager, user: User, uuid: string): Promise<Resource | null> {
    const resource = await em.findOne(Resource, { uuid });
    if (!resource) return null;
    if (resource.mentorship) return (await this.deps.mentorships.loadForMember(em, user, resource.mentorship.unwrap().uuid)) ? resource : null;
    const program = resource.program ? await em.findOne(Program, { uuid: resource.program.unwrap().uuid }) : null;
    return program && (await this.deps.programs.isMember(em, user, program)) ? resource : null;
  }
}
