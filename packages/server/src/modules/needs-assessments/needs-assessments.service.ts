import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserErrorCode } from '../../graphql/errors.js';
import { validate } from '../../graphql/relay/user-error.js';
import type { User } from '../accounts/user.entity.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { MentoringFormat } from '../mentor-profiles/mentor-profile.types.js';
import { languages, list, requiredText, shortText, skillLevel, timeZone, uniqueBy } from '../mentor-profiles/profile-rules.js';
import { NeedsAssessment } from './needs-assessment.entity.js';
import { GoalHorizon, MeetingCadence, SupportKind } from './needs-assessment.types.js';

const uniqueSkills = uniqueBy((skill: { name: string }) => skill.name, 'skill');
const uniqueGoals = uniqueBy((goal: { title: string }) => goal.title, 'goal');
const uniqueValues = <T extends string>(label: string) => ({
  check: (values: T[]) => new Set(values).size === values.length,
  message: { message: `Choose each ${label} once.`, params: { code: UserErrorCode.DUPLICATE } },
});

const updateSchema = z
  .object({
    goals: list(
      z
        .object({
          id: z.uuid('Goal ids come from this assessment.').nullish(),
          title: requiredText(120, 'a goal'),
          horizon: z.enum(GoalHorizon),
          whyItMatters: shortText(1_000, 'why it matters'),
        })
        .transform(({ id, ...goal }) => ({ id: id ?? randomUUID(), ...goal })),
      10,
      'goals',
    ).refine(uniqueGoals.check, uniqueGoals.message),
    skillsToDevelop: list(
      z
        .object({ name: requiredText(60, 'the skill'), currentLevel: skillLevel, targetLevel: skillLevel })
        .refine((gap) => gap.targetLevel > gap.currentLevel, {
          message: 'Aim above where you are now.',
          path: ['targetLevel'],
          params: { code: UserErrorCode.OUT_OF_RANGE },
        }),
      20,
      'skills',
    ).refine(uniqueSkills.check, uniqueSkills.message),
    reflections: list(
      z.object({
        situation: requiredText(2_000, 'the situation'),
        whatWorked: shortText(2_000, 'what worked'),
        whatDidNot: shortText(2_000, 'what did not work'),
      }),
      10,
      'reflections',
    ),
    supportKinds: list(z.enum(SupportKind), 4, 'kinds of support').refine(
      uniqueValues<SupportKind>('kind of support').check,
      uniqueValues('kind of support').message,
    ),
    preferredFormats: list(z.enum(MentoringFormat), 4, 'formats').refine(
      uniqueValues<MentoringFormat>('format').check,
      uniqueValues('format').message,
    ),
    preferredCadence: z.enum(MeetingCadence).nullable(),
    preferredLanguages: languages(5),
    timeZone: timeZone.nullable(),
  })
  .partial()
  .strict();

/** A mentee's needs assessment: private to its owner. */
export class NeedsAssessmentsService {
  forOwner(em: EntityManager, user: User): Promise<NeedsAssessment | null> {
    return em.findOne(NeedsAssessment, { user });
  }

  loadOwn(em: EntityManager, user: User, uuid: string): Promise<NeedsAssessment | null> {
    return em.findOne(NeedsAssessment, { uuid, user });
  }

  async update(em: EntityManager, user: User, input: Record<string, unknown>): Promise<Outcome<NeedsAssessment>> {
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    const valid = validate(updateSchema, changes);
    if (!valid.ok) return valid;
    const assessment = (await em.findOne(NeedsAssessment, { user })) ?? em.create(NeedsAssessment, { user });
    Object.assign(assessment, valid.value);
    await em.flush();
    return { ok: true, value: assessment };
  }
}
