import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { tokenClient } from '../../testing/graphql-client.js';
import { createMentee, createMentor, sendRequest, type Person } from '../../testing/mentoring.js';
import { agree, createProgramWithAdmin, matchInProgram } from '../../testing/programs.js';
import { idOfType } from '../../graphql/relay/node.js';
import { Program } from '../programs/program.entity.js';
import type { ProgramInsights } from './insights.types.js';

const server = useTestApp();
let admin: Person;
let programId: string;
let pairs: { mentor: Person; mentee: Person; mentorshipId: string }[];
let t0: number;
let now: Date;
const DAY = 86_400_000;

const sql = (query: string, params: unknown[]) => server.app.orm.em.fork().execute(query, params);
const uuid = (id: string, type: string) => idOfType(id, type)!;

async function openSessionOn(pair: (typeof pairs)[number], day: number, messages: [Person, string][]) {
  const { startLiveSession } = await pair.mentor.client.data(`mutation($m: ID!) { startLiveSession(input: { mentorshipId: $m, title: "Check-in" }) { session { id } } }`, {
    m: pair.mentorshipId,
  });
  const sessionId = startLiveSession.session.id;
  await sql(`update live_sessions set created_at = ? where uuid = ?`, [new Date(t0 + day * DAY), uuid(sessionId, 'LiveSession')]);
  for (const [index, [author, body]] of messages.entries()) {
    const { sendMessage } = await author.client.data(
      `mutation($s: ID!, $b: String!, $c: String!) { sendMessage(input: { sessionId: $s, body: $b, clientMutationId: $c }) { message { id } } }`,
      { s: sessionId, b: body, c: `${sessionId}-${index}` },
    );
    await sql(`update messages set created_at = ? where uuid = ?`, [new Date(t0 + day * DAY + index * 3_600_000), uuid(sendMessage.message.id, 'Message')]);
  }
}

beforeAll(async () => {
  ({ admin, programId } = await createProgramWithAdmin(server.app));
  const people = await Promise.all([
    createMentor(server.app, 'Ana Mentor'),
    createMentee(server.app, 'Ben Mentee'),
    createMentor(server.app, 'Cy Mentor'),
    createMentee(server.app, 'Di Mentee'),
    createMentor(server.app, 'Ed Mentor'),
    createMentee(server.app, 'Flo Mentee'),
  ]);
  pairs = [];
  for (let i = 0; i < 3; i += 1) {
    const [mentor, mentee] = [people[2 * i]!, people[2 * i + 1]!];
    pairs.push({ mentor, mentee, mentorshipId: await matchInProgram(admin, programId, mentee, mentor) });
  }
  const [one, two] = pairs as [(typeof pairs)[number], (typeof pairs)[number]];
  await agree(one.mentorshipId, one.mentor, one.mentee, { meetingCadence: 'WEEKLY', reviewEveryWeeks: 4, responseTimeHours: 48 });
  await agree(two.mentorshipId, two.mentor, two.mentee, { meetingCadence: 'EVERY_TWO_WEEKS', reviewEveryWeeks: 4 });
  // pairs[2] has no agreement yet: pending.
  const [row] = await sql(`select min(started_at) as t from mentorships where started_at is not null`, []);
  t0 = new Date(row!.t).getTime();
  await sql(`update mentorships set started_at = ? where started_at is not null`, [new Date(t0)]);
  now = new Date(t0 + 30 * DAY);

  // Pair one meets on days 20 and 25; the mentee's last message (day 25, 3 hours in) waits past 48 hours.
  await openSessionOn(one, 20, [[one.mentee, 'Here is my plan.'], [one.mentor, 'Looks good.']]);
  await openSessionOn(one, 25, [[one.mentor, 'How did it go?'], [one.mentee, 'Well!'], [one.mentor, 'Great.'], [one.mentee, 'Can we talk about next steps?']]);

  // Pair one's board: a goal with its one milestone done, another with one overdue and one ahead.
  const { node } = await one.mentor.client.data(`query($m: ID!) { node(id: $m) { ... on Mentorship { goalBoard { id lanes { id } } } } }`, { m: one.mentorshipId });
  const goal = async (title: string) =>
    (await one.mentor.client.data(`mutation($b: ID!, $l: ID!, $t: String!) { createGoal(input: { boardId: $b, laneId: $l, title: $t, clientMutationId: $t }) { goal { id } } }`, {
      b: node.goalBoard.id,
      l: node.goalBoard.lanes[0].id,
      t: title,
    })).createGoal.goal.id;
  const milestone = async (goalId: string, title: string, dueDay: number) =>
    (await one.mentor.client.data(`mutation($g: ID!, $t: String!, $d: String) { addMilestone(input: { goalId: $g, title: $t, dueOn: $d }) { milestone { id } } }`, {
      g: goalId,
      t: title,
      d: new Date(t0 + dueDay * DAY).toISOString().slice(0, 10),
    })).addMilestone.milestone.id;
  const done = await milestone(await goal('Present to the team'), 'Book the room', 5);
  await one.mentor.client.data(`mutation($m: ID!) { updateMilestone(input: { milestoneId: $m, done: true }) { userErrors { code } } }`, { m: done });
  const second = await goal('Hire a designer');
  await milestone(second, 'Write the job ad', 10);
  await milestone(second, 'First interviews', 40);

  // Reviews: pair one on day 20 (rated by both), pair two right at the start: due again on day 28.
  const review = async (pair: (typeof pairs)[number], rating: number, day: number) => {
    const { writeProgressReview } = await pair.mentee.client.data(`mutation($m: ID!, $r: Int!) { writeProgressReview(input: { mentorshipId: $m, rating: $r }) { review { id } } }`, {
      m: pair.mentorshipId,
      r: rating,
    });
    await sql(`update progress_reviews set created_at = ? where uuid = ?`, [new Date(t0 + day * DAY), uuid(writeProgressReview.review.id, 'ProgressReview')]);
    return writeProgressReview.review.id;
  };
  const reviewId = await review(one, 4, 20);
  await one.mentor.client.data(`mutation($r: ID!) { rateProgressReview(input: { reviewId: $r, rating: 5 }) { userErrors { code } } }`, { r: reviewId });
  await review(two, 3, 0);

  // Feedback from three people.
  for (const [person, mentorshipId, score] of [[one.mentee, one.mentorshipId, 5], [one.mentor, one.mentorshipId, 4], [two.mentee, two.mentorshipId, 3]] as const) {
    await person.client.data(
      `mutation($m: ID!, $s: Int!) { giveFeedback(input: { mentorshipId: $m, context: GENERAL, ratings: { helpfulness: $s, clarity: $s, preparation: $s, listening: $s } }) { userErrors { code } } }`,
      { m: mentorshipId, s: score },
    );
  }

  // Requests to a program mentor from outside: one answered after 30 hours, one still open.
  const outsider = await createMentee(server.app, 'Outside Mentee');
  const other = await createMentee(server.app, 'Other Mentee');
  const answered = await sendRequest(outsider, one.mentor);
  await one.mentor.client.data(`mutation($r: ID!) { askForInformation(input: { requestId: $r, question: "What is your timeline?" }) { userErrors { code } } }`, { r: answered.id });
  await sql(`update mentorship_requests set created_at = ?, responded_at = ? where uuid = ?`, [new Date(t0 + 2 * DAY), new Date(t0 + 2 * DAY + 30 * 3_600_000), uuid(answered.id, 'MentorshipRequest')]);
  const open = await sendRequest(other, one.mentor);
  await sql(`update mentorship_requests set created_at = ?, expires_at = ? where uuid = ?`, [new Date(t0 + 29 * DAY), new Date(t0 + 43 * DAY), uuid(open.id, 'MentorshipRequest')]);
});

async function insightsAt(at: Date): Promise<ProgramInsights> {
  const em = server.app.orm.em.fork();
  const program = await em.findOneOrFail(Program, { uuid: uuid(programId, 'Program') });
  return server.app.services.insights.forProgram(em, program, at);
}

describe('program insights', () => {
  it('count mentorships, sessions against the cadence, goals, reviews, feedback and request answers', async () => {
    const insights = await insightsAt(now);
    expect(insights.activeMentorships).toBe(2);
    expect(insights.mentorshipsByStatus).toEqual([
      { status: 'PENDING_AGREEMENT', count: 1 },
      { status: 'ACTIVE', count: 2 },
      { status: 'PAUSED', count: 0 },
      { status: 'COMPLETED', count: 0 },
      { status: 'CANCELLED', count: 0 },
    ]);
    // Weekly for 30 days promises 4, every two weeks 2; pair one met twice, pair two never.
    expect(insights.sessions).toMatchObject({ held: 2, expected: 6, mentorshipsMeasured: 2, mentorshipsOnCadence: 0 });
    expect(insights.sessions.weekly).toHaveLength(12);
    expect(insights.sessions.weekly.reduce((sum, week) => sum + week.sessions, 0)).toBe(2);
    expect(insights.goals).toEqual({ goals: 2, goalsCompleted: 1, milestones: 3, milestonesDone: 1, milestonesOverdue: 1 });
    expect(insights.reviews).toEqual({ reviews: 2, raters: 3, averageRating: 4, averageProgress: expect.any(Number) });
    expect(insights.feedback).toEqual({ givers: 3, helpfulness: 4, clarity: 4, preparation: 4, listening: 4 });
    expect(insights.requests).toMatchObject({ received: 2, answered: 1, open: 1, expiredUnanswered: 0, medianHoursToAnswer: 30, averageHoursToAnswer: 30 });
    expect(insights.requests.buckets).toEqual([
      { label: 'Within a day', count: 0 },
      { label: '1–3 days', count: 1 },
      { label: '3–7 days', count: 0 },
      { label: 'Over a week', count: 0 },
      { label: 'Unanswered', count: 1 },
    ]);
  });

  it('list the mentorships at risk with their reasons, most first', async () => {
    const [one, two] = pairs as [(typeof pairs)[number], (typeof pairs)[number]];
    const { atRisk } = await insightsAt(now);
    expect(atRisk.map((risk) => [risk.mentorshipId, risk.mentee.displayName, risk.reasons.map((reason) => reason.kind)])).toEqual([
      [two.mentorshipId, 'Di Mentee', ['NO_RECENT_SESSION', 'REVIEW_OVERDUE']],
      [one.mentorshipId, 'Ben Mentee', ['UNANSWERED_MESSAGE']],
    ]);
    expect(atRisk[0]!.reasons[0]).toMatchObject({ since: new Date(t0 + 28 * DAY), detail: 'No session for 30 days.' });
    // Earlier, before anything was due, nobody is at risk.
    expect((await insightsAt(new Date(t0 + 21 * DAY))).atRisk).toEqual([]);
  });

  it('come as CSV too, one figure per row', async () => {
    const { csv } = await insightsAt(now);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('section,metric,value');
    expect(lines).toContain('mentorships,active,2');
    expect(lines).toContain('sessions,expected,6');
    expect(lines).toContain('requests_answered,1–3 days,1');
    expect(lines).toContain('feedback,average_helpfulness,4');
    expect(lines.filter((line) => line.startsWith(pairs[1]!.mentorshipId))).toHaveLength(2);
  });

  it('are for the organisation’s admins only: null for others and for tokens without programs:admin', async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on Program { insights { activeMentorships atRisk { mentee { displayName } } csv } } } }`;
    const { node } = await admin.client.data(query, { id: programId });
    expect(node.insights.activeMentorships).toBe(2);
    expect(node.insights.csv).toMatch(/^section,metric,value\r\n/);
    expect((await pairs[0]!.mentor.client.data(query, { id: programId })).node.insights).toBeNull();
    const readOnly = await tokenClient(admin.client, ['MENTORSHIPS_READ']);
    expect((await readOnly.client.data(query, { id: programId })).node.insights).toBeNull();
    const adminToken = await tokenClient(admin.client, ['MENTORSHIPS_READ', 'PROGRAMS_ADMIN']);
    expect((await adminToken.client.data(query, { id: programId })).node.insights.activeMentorships).toBe(2);
  });
});
