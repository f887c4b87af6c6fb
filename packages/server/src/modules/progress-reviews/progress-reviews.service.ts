import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate } from '../../graphql/relay/user-error.js';
import { idOfType } from '../../graphql/relay/node.js';
import type { Outcome } from '../accounts/accounts.service.js';
import type { User } from '../accounts/user.entity.js';
import type { Mentorship } from '../mentorships/mentorship.entity.js';
import type { MentorshipsService } from '../mentorships/mentorships.service.js';
import type { AgreementsService } from '../mentorships/agreements.service.js';
import type { GoalBoardsService } from '../goal-boards/goal-boards.service.js';
import { Goal } from '../goal-boards/goal.entity.js';
import { shortText } from '../mentor-profiles/profile-rules.js';
import { ProgressReview } from './progress-review.entity.js';

const rating = z.number().int().min(1, 'Rate from 1 to 5.').max(5, 'Rate from 1 to 5.');
const writeSchema = z.object({
  wentWell: shortText(4_000, 'what went well').default(''),
  toChange: shortText(4_000, 'what to change').default(''),
  nextSteps: shortText(4_000, 'the next steps').default(''),
  rating,
});

/** Progress reviews: due on the agreement's cadence, snapshotting every goal, rated by both people. */
export class ProgressReviewsService {
  constructor(private readonly deps: { mentorships: MentorshipsService; agreements: AgreementsService; goalBoards: GoalBoardsService }) {}

  async write(em: EntityManager, user: User, input: { mentorshipId: string } & Record<string, unknown>): Promise<Outcome<ProgressReview>> {
    const valid = validate(writeSchema, input);
    if (!valid.ok) return valid;
    const uuid = idOfType(input.mentorshipId, 'Mentorship');
    const mentorship = uuid ? await this.deps.mentorships.loadForMember(em, user, uuid) : null;
    if (!mentorship) return { ok: false, userErrors: [userError('mentorshipId', UserErrorCode.NOT_FOUND, 'No such mentorship of yours.')] };
    const board = await this.deps.goalBoards.forMentorship(em, mentorship);
    const goals = await em.find(Goal, { board, archivedAt: null }, { orderBy: { createdAt: 'asc' } });
    const milestones = await this.deps.goalBoards.milestonesOfGoals(em, goals.map((goal) => goal.uuid));
    const snapshot = goals.map((goal, index) => ({ goalId: goal.id, title: goal.title, percent: this.deps.goalBoards.progress(goal, milestones[index]!).percent }));
    const average = snapshot.length ? snapshot.reduce((sum, goal) => sum + goal.percent, 0) / snapshot.length : 0;
    const review = await em.transactional(async (tx) => {
      const created = tx.create(ProgressReview, {
        mentorship: mentorship.uuid,
        writtenBy: user.uuid,
        snapshot,
        averageProgress: Math.round(average * 10) / 10,
        wentWell: valid.value.wentWell,
        toChange: valid.value.toChange,
        nextSteps: valid.value.nextSteps,
        ratings: [{ userId: user.id, rating: valid.value.rating }],
      });
      await tx.flush();
      await this.deps.mentorships.notifyBoth(tx, mentorship, 'review.written', user, { reviewId: created.id });
      return created;
    });
    return { ok: true, value: review };
  }

  /** The other person adds (or either changes) their own rating. */
  async rate(em: EntityManager, user: User, input: { reviewId: string; rating: number }): Promise<Outcome<ProgressReview>> {
    const valid = validate(z.object({ rating }), input);
    if (!valid.ok) return valid;
    const review = await this.loadById(em, user, input.reviewId);
    if (!review) return { ok: false, userErrors: [userError('reviewId', UserErrorCode.NOT_FOUND, 'No such review of yours.')] };
    review.ratings = [...review.ratings.filter((r) => r.userId !== user.id), { userId: user.id, rating: valid.value.rating }];
    await em.flush();
    return { ok: true, value: review };
  }

  private async loadById(em: EntityManager, user: User, reviewId: string): Promise<ProgressReview | null> {
    const uuid = idOfType(reviewId, 'ProgressReview');
    return uuid ? this.load(em, user, uuid) : null;
  }

  async load(em: EntityManager, user: User, uuid: string): Promise<ProgressReview | null> {
    const review = await em.findOne(ProgressReview, { uuid });
    return review && (await this.deps.mentorships.loadForMember(em, user, review.mentorship.unwrap().uuid)) ? review : null;
  }

  forMentorship(em: EntityManager, mentorship: Mentorship): Promise<ProgressReview[]> {
    return em.find(ProgressReview, { mentorship }, { orderBy: { createdAt: 'asc' } });
  }

  /** When the next review is due: the agreement's cadence after the last review (or the start). Null without an agreement in effect. */
  async nextDue(em: EntityManager, mentorship: Mentorship): Promise<Date | null> {
    const agreement = await this.deps.agreements.inEffect(em, mentorship);
    if (!agreement || !mentorship.startedAt) return null;
    const last = await em.findOne(ProgressReview, { mentorship }, { orderBy: { createdAt: 'desc' } });
    const from = last?.createdAt ?? mentorship.startedAt;
    return new Date(from.getTime() + agreement.terms.reviewEveryWeeks * 7 * 86_400_000);
  }
}

