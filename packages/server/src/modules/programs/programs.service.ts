import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate, type UserError } from '../../graphql/relay/user-error.js';
import { idOfType } from '../../graphql/relay/node.js';
import { paginate, type PageArgs } from '../../graphql/relay/connection.js';
import type { Outcome } from '../accounts/accounts.service.js';
import type { User } from '../accounts/user.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { OPEN_MENTORSHIP_STATUSES } from '../mentorships/mentorship.types.js';
import type { MentorshipsService } from '../mentorships/mentorships.service.js';
import type { MatchingService } from '../matching/matching.service.js';
import { DEFAULT_WEIGHTS, scoreMatch, type MatchScore } from '../matching/match-score.js';
import { list, requiredText, shortText, calendarDate } from '../mentor-profiles/profile-rules.js';
import { Enrollment, Organization, OrganizationMember, Program } from './program.entity.js';
import { EnrollmentRole, EnrollmentStatus, OrganizationRole } from './program.types.js';
import type { Realtime } from '../../events/realtime.js';
import { globalId } from '../../graphql/relay/node.js';
import { organizationStream } from './organization-stream.js';

const date = calendarDate();

const programSchema = z
  .object({
    organizationId: z.string(),
    name: requiredText(120, 'a name'),
    description: shortText(4_000, 'the description').default(''),
    startsOn: date,
    endsOn: date,
    enrollmentQuestions: list(z.object({ prompt: requiredText(300, 'each question'), required: z.boolean().default(true) }), 20, 'questions').default([]),
    cohorts: list(z.object({ name: requiredText(80, 'each cohort name'), startsOn: date }), 20, 'cohorts').default([]),
  })
  .refine((program) => program.endsOn > program.startsOn, { message: 'The program must end after it starts.', path: ['endsOn'], params: { code: UserErrorCode.OUT_OF_RANGE } });

const enrollSchema = z.object({
  programId: z.string(),
  role: z.enum(EnrollmentRole),
  cohortId: z.string().nullish(),
  answers: list(z.object({ questionId: z.string().max(100), answer: shortText(2_000, 'each answer') }), 20, 'answers').default([]),
});

export type SuggestedPair = MatchScore & { menteeUuid: string; mentorUuid: string };

/**
 * Organisations and their formal programs: admins create programs with
 * cohorts and enrolment questions, approve enrolments, see suggested pairs
 * (the same scoring as recommendations) and match in bulk.
 */
export class ProgramsService {
  constructor(private readonly deps: { mentorships: MentorshipsService; matching: MatchingService; realtime: Realtime }) {}

  /** Records a program event on the organisation's stream (webhooks are sent from it), inside `tx`. */
  private async recordEnrollment(tx: EntityManager, type: 'enrollment.requested' | 'enrollment.reviewed', enrollment: Enrollment, program: Program, actor: User) {
    await this.deps.realtime.append(
      tx,
      organizationStream(program.organization.unwrap().uuid),
      type,
      { enrollmentId: enrollment.id, programId: program.id, userId: globalId('User', enrollment.user.unwrap().uuid), role: enrollment.role, status: enrollment.status },
      actor.uuid,
    );
  }

  async isAdmin(em: EntityManager, user: User, organizationUuid: string): Promise<boolean> {
    return (await em.count(OrganizationMember, { organization: organizationUuid, user, role: OrganizationRole.ADMIN })) > 0;
  }

  /** Whether `user` takes part in the program: approved as mentor or mentee, or an admin of its organisation. */
  async isMember(em: EntityManager, user: User, program: Program): Promise<boolean> {
    if ((await em.count(Enrollment, { program, user: user.uuid, status: EnrollmentStatus.APPROVED })) > 0) return true;
    return this.isAdmin(em, user, program.organization.unwrap().uuid);
  }

  /** The programs `user` takes part in (see `isMember`), newest first. */
  async memberPrograms(em: EntityManager, user: User): Promise<Program[]> {
    const enrolled = await em.find(Enrollment, { user: user.uuid, status: EnrollmentStatus.APPROVED });
    const administered = await em.find(OrganizationMember, { user: user.uuid, role: OrganizationRole.ADMIN });
    return em.find(
      Program,
      {
        $or: [
          { uuid: { $in: enrolled.map((enrollment) => enrollment.program.unwrap().uuid) } },
          { organization: { $in: administered.map((member) => member.organization.unwrap().uuid) } },
        ],
      },
      { orderBy: { createdAt: 'desc', uuid: 'desc' }, limit: 100 },
    );
  }

  async createOrganization(em: EntityManager, user: User, input: { name: string }): Promise<Outcome<Organization>> {
    const valid = validate(z.object({ name: requiredText(120, 'a name') }), input);
    if (!valid.ok) return valid;
    const organization = await em.transactional(async (tx) => {
      const created = tx.create(Organization, { name: valid.value.name });
      tx.create(OrganizationMember, { organization: created, user: user.uuid, role: OrganizationRole.ADMIN });
      return created;
    });
    return { ok: true, value: organization };
  }

  async organizationsOf(em: EntityManager, user: User, args: PageArgs) {
    const memberships = await em.find(OrganizationMember, { user: user.uuid });
    const uuids = memberships.map((membership) => membership.organization.unwrap().uuid);
    return paginate(em, Organization, { uuid: { $in: uuids } }, args, { createdAt: 'desc', uuid: 'desc' });
  }

  programsOf(em: EntityManager, organization: Organization, args: PageArgs) {
    return paginate(em, Program, { organization }, args, { createdAt: 'desc', uuid: 'desc' });
  }

  ownEnrollments(em: EntityManager, user: User, program: Program): Promise<Enrollment[]> {
    return em.find(Enrollment, { program, user: user.uuid }, { orderBy: { createdAt: 'asc' } });
  }

  async createProgram(em: EntityManager, user: User, input: unknown): Promise<Outcome<Program>> {
    const valid = validate(programSchema, input);
    if (!valid.ok) return valid;
    const organizationUuid = idOfType(valid.value.organizationId, 'Organization');
    if (!organizationUuid || !(await this.isAdmin(em, user, organizationUuid))) {
      return { ok: false, userErrors: [userError('organizationId', UserErrorCode.NOT_FOUND, 'No organisation you administer has that id.')] };
    }
    const { name, description, startsOn, endsOn } = valid.value;
    const program = em.create(Program, {
      organization: organizationUuid,
      name,
      description,
      startsOn,
      endsOn,
      enrollmentQuestions: valid.value.enrollmentQuestions.map((question) => ({ id: randomUUID(), ...question })),
      cohorts: valid.value.cohorts.map((cohort) => ({ id: randomUUID(), ...cohort })),
    });
    await em.flush();
    return { ok: true, value: program };
  }

  async enroll(em: EntityManager, user: User, input: unknown): Promise<Outcome<Enrollment>> {
    const valid = validate(enrollSchema, input);
    if (!valid.ok) return valid;
    const uuid = idOfType(valid.value.programId, 'Program');
    const program = uuid ? await em.findOne(Program, { uuid }) : null;
    if (!program) return { ok: false, userErrors: [userError('programId', UserErrorCode.NOT_FOUND, 'No such program.')] };
    if (!program.enrollmentOpen) return { ok: false, userErrors: [userError('programId', UserErrorCode.INVALID_STATE, 'Enrolment is closed.')] };
    const { role, cohortId, answers } = valid.value;
    if (cohortId && !program.cohorts.some((cohort) => cohort.id === cohortId)) {
      return { ok: false, userErrors: [userError('cohortId', UserErrorCode.NOT_FOUND, 'No such cohort in this program.')] };
    }
    const problems: UserError[] = [];
    answers.forEach((answer, index) => {
      if (!program.enrollmentQuestions.some((question) => question.id === answer.questionId)) {
        problems.push(userError(['answers', String(index), 'questionId'], UserErrorCode.NOT_FOUND, 'Not a question of this program.'));
      }
    });
    for (const question of program.enrollmentQuestions.filter((q) => q.required)) {
      if (!answers.some((answer) => answer.questionId === question.id && answer.answer)) {
        problems.push(userError(['answers'], UserErrorCode.REQUIRED, `Answer “${question.prompt}”.`));
      }
    }
    if (problems.length) return { ok: false, userErrors: problems };
    try {
      const enrollment = await em.transactional(async (tx) => {
        const created = tx.create(Enrollment, { program, user: user.uuid, role, cohortId: cohortId ?? null, answers });
        await tx.flush();
        await this.recordEnrollment(tx, 'enrollment.requested', created, program, user);
        return created;
      });
      return { ok: true, value: enrollment };
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return { ok: false, userErrors: [userError('role', UserErrorCode.DUPLICATE, `You are enrolled as ${role.toLowerCase()} already.`)] };
    }
  }

  /** An enrolment its own enrollee or an admin of the program's organisation may see. */
  async loadEnrollment(em: EntityManager, user: User, uuid: string): Promise<Enrollment | null> {
    const enrollment = await em.findOne(Enrollment, { uuid }, { populate: ['program'] });
    if (!enrollment) return null;
    if (enrollment.user.unwrap().uuid === user.uuid) return enrollment;
    return (await this.isAdmin(em, user, enrollment.program.getEntity().organization.unwrap().uuid)) ? enrollment : null;
  }

  async reviewEnrollment(em: EntityManager, user: User, input: { enrollmentId: string; approve: boolean }): Promise<Outcome<Enrollment>> {
    const uuid = idOfType(input.enrollmentId, 'Enrollment');
    const enrollment = uuid ? await this.loadEnrollment(em, user, uuid) : null;
    if (!enrollment || !(await this.isAdmin(em, user, enrollment.program.getEntity().organization.unwrap().uuid))) {
      return { ok: false, userErrors: [userError('enrollmentId', UserErrorCode.NOT_FOUND, 'No enrolment in a program you administer has that id.')] };
    }
    await em.transactional(async (tx) => {
      enrollment.status = input.approve ? EnrollmentStatus.APPROVED : EnrollmentStatus.DECLINED;
      enrollment.decidedAt = new Date();
      await tx.flush();
      await this.recordEnrollment(tx, 'enrollment.reviewed', enrollment, enrollment.program.getEntity(), user);
    });
    return { ok: true, value: enrollment };
  }

  enrollments(em: EntityManager, program: Program, filter: { status?: EnrollmentStatus | null; role?: EnrollmentRole | null }, args: PageArgs) {
    return paginate(
      em,
      Enrollment,
      { program, ...(filter.status ? { status: filter.status } : {}), ...(filter.role ? { role: filter.role } : {}) },
      args,
      { createdAt: 'asc', uuid: 'asc' },
    );
  }

  /**
   * Pairs for approved mentees not yet matched in this program: every
   * mentee-mentor score, then greedily the best pair whose mentor still has a
   * place, until mentees or places run out.
   */
  async suggestedPairs(em: EntityManager, program: Program, first: number): Promise<SuggestedPair[]> {
    const approved = await em.find(Enrollment, { program, status: EnrollmentStatus.APPROVED });
    const matched = new Set(
      (await em.find(Mentorship, { programUuid: program.uuid, status: { $in: OPEN_MENTORSHIP_STATUSES } })).map((m) => m.mentee.unwrap().uuid),
    );
    const mentees = approved.filter((e) => e.role === EnrollmentRole.MENTEE).map((e) => e.user.unwrap().uuid).filter((uuid) => !matched.has(uuid));
    const offers = await this.deps.matching.offersOfMentors(em, approved.filter((e) => e.role === EnrollmentRole.MENTOR).map((e) => e.user.unwrap().uuid));
    const places = new Map([...offers].map(([uuid, offer]) => [uuid, Math.max(0, offer.capacity - offer.openMentorships)]));
    const scored: SuggestedPair[] = [];
    for (const menteeUuid of mentees) {
      const needs = await this.deps.matching.needsOf(em, menteeUuid);
      for (const [mentorUuid, offer] of offers) {
        if (mentorUuid !== menteeUuid) scored.push({ menteeUuid, mentorUuid, ...scoreMatch(needs, offer, DEFAULT_WEIGHTS) });
      }
    }
    scored.sort((a, b) => b.score - a.score || a.menteeUuid.localeCompare(b.menteeUuid) || a.mentorUuid.localeCompare(b.mentorUuid));
    const chosen: SuggestedPair[] = [];
    const paired = new Set<string>();
    for (const pair of scored) {
      if (chosen.length >= first) break;
      if (paired.has(pair.menteeUuid) || (places.get(pair.mentorUuid) ?? 0) < 1) continue;
      chosen.push(pair);
      paired.add(pair.menteeUuid);
      places.set(pair.mentorUuid, places.get(pair.mentorUuid)! - 1);
    }
    return chosen;
  }

  /** Creates a mentorship for every pair, or none: any pair that fails rolls the whole batch back. */
  async matchPairs(em: EntityManager, user: User, input: { programId: string; pairs: { menteeId: string; mentorId: string }[] }): Promise<Outcome<Mentorship[]>> {
    const uuid = idOfType(input.programId, 'Program');
    const program = uuid ? await em.findOne(Program, { uuid }) : null;
    if (!program || !(await this.isAdmin(em, user, program.organization.unwrap().uuid))) {
      return { ok: false, userErrors: [userError('programId', UserErrorCode.NOT_FOUND, 'No program you administer has that id.')] };
    }
    if (!input.pairs.length || input.pairs.length > 100) {
      return { ok: false, userErrors: [userError('pairs', UserErrorCode.OUT_OF_RANGE, 'Match 1 to 100 pairs at once.')] };
    }
    const approved = await em.find(Enrollment, { program, status: EnrollmentStatus.APPROVED });
    const isApproved = (userUuid: string | null, role: EnrollmentRole) =>
      userUuid !== null && approved.some((e) => e.user.unwrap().uuid === userUuid && e.role === role);
    try {
      const created = await em.transactional(async (tx) => {
        const mentorships: Mentorship[] = [];
        for (const [index, pair] of input.pairs.entries()) {
          const menteeUuid = idOfType(pair.menteeId, 'User');
          const mentorUuid = idOfType(pair.mentorId, 'User');
          if (!isApproved(menteeUuid, EnrollmentRole.MENTEE) || !isApproved(mentorUuid, EnrollmentRole.MENTOR)) {
            throw new PairRejected([userError(['pairs', String(index)], UserErrorCode.NOT_FOUND, 'Both people must be approved in this program, on their sides.')]);
          }
          const result = await this.deps.mentorships.createWithinCapacity(tx, mentorUuid!, menteeUuid!, program.uuid);
          if (!result.ok) throw new PairRejected(result.userErrors.map((error) => ({ ...error, field: ['pairs', String(index)] })));
          mentorships.push(result.value);
          await this.deps.realtime.append(
            tx,
            organizationStream(program.organization.unwrap().uuid),
            'program.mentorship_created',
            { mentorshipId: result.value.id, programId: program.id, mentorId: pair.mentorId, menteeId: pair.menteeId },
            user.uuid,
          );
        }
        return mentorships;
      });
      return { ok: true, value: created };
    } catch (error) {
      if (error instanceof PairRejected) return { ok: false, userErrors: error.userErrors };
      throw error;
    }
  }
}

class PairRejected extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('pair rejected');
  }
}
