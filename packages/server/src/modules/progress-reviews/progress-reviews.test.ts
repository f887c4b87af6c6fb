import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { createMentee, createMentor, matchPair, PROPOSE, TERMS } from '../../testing/mentoring.js';

const server = useTestApp();

describe('progress reviews', () => {
  it('are due on the agreed cadence, snapshot every goal, and carry both ratings', async () => {
    const [mentor, mentee] = await Promise.all([createMentor(server.app, 'Mentor'), createMentee(server.app, 'Mentee')]);
    const mentorshipId = await matchPair(mentee, mentor);
    const DUE = `query($m: ID!) { node(id: $m) { ... on Mentorship { startedAt nextReviewDue progressReviews { averageProgress snapshot { title percent } ratings { rating } } goalBoard { id lanes { id } } } } }`;
    expect((await mentee.client.data(DUE, { m: mentorshipId })).node.nextReviewDue).toBeNull();
    await mentee.client.data(PROPOSE, { input: { mentorshipId, terms: { ...TERMS, reviewEveryWeeks: 4 } } });
    await mentor.client.data(`mutation($m: ID!) { acknowledgeAgreement(input: { mentorshipId: $m, version: 1 }) { userErrors { code } } }`, { m: mentorshipId });
    const active = (await mentee.client.data(DUE, { m: mentorshipId })).node;
    expect(Date.parse(active.nextReviewDue) - Date.parse(active.startedAt)).toBe(28 * 86_400_000);

    const board = active.goalBoard;
    for (const [title, progress] of [['Speak up', 40], ['Learn SQL', 80]] as const) {
      const { createGoal } = await mentee.client.data(
        `mutation($b: ID!, $l: ID!, $t: String!, $c: String!) { createGoal(input: { boardId: $b, laneId: $l, title: $t, clientMutationId: $c }) { goal { id } } }`,
        { b: board.id, l: board.lanes[1].id, t: title, c: randomUUID() },
      );
      await mentee.client.data(`mutation($id: ID!, $p: Int) { updateGoal(input: { id: $id, expectedVersion: 1, progressOverride: $p }) { userErrors { code } } }`, {
        id: createGoal.goal.id,
        p: progress,
      });
    }
    const WRITE = `mutation($input: WriteProgressReviewInput!) { writeProgressReview(input: $input) { review { id } userErrors { field code } } }`;
    const bad = await mentee.client.data(WRITE, { input: { mentorshipId, rating: 9 } });
    expect(bad.writeProgressReview.userErrors).toEqual([{ field: ['rating'], code: 'OUT_OF_RANGE' }]);
    const { writeProgressReview } = await mentee.client.data(WRITE, { input: { mentorshipId, wentWell: 'Spoke twice', toChange: 'Prepare more', nextSteps: 'Lead standup', rating: 4 } });
    await mentor.client.data(`mutation($r: ID!) { rateProgressReview(input: { reviewId: $r, rating: 5 }) { userErrors { code } } }`, { r: writeProgressReview.review.id });
    const after = (await mentor.client.data(DUE, { m: mentorshipId })).node;
    expect(after.progressReviews).toEqual([
      { averageProgress: 60, snapshot: [{ title: 'Speak up', percent: 40 }, { title: 'Learn SQL', percent: 80 }], ratings: [{ rating: 4 }, { rating: 5 }] },
    ]);
    expect(Date.parse(after.nextReviewDue)).toBeGreaterThan(Date.parse(active.nextReviewDue));
  });
});
