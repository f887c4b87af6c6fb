import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { startTestApp } from '../../testing/test-app.js';
import { createMentee, createMentor, matchPair, type Person } from '../../testing/mentoring.js';
import { LiveCollector, wsClientFor } from '../../testing/ws-client.js';
import { Goal } from './goal.entity.js';
import { GoalBoard } from './goal-board.entity.js';

let database: TestDatabase;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await startTestApp({ databaseUrl: database.url });
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

const BOARD = `query($id: ID!) { node(id: $id) { ... on Mentorship { goalBoard {
  id head lanes { id name goals { id title version position progress { percent manual } milestones { title done } } }
  activity { sentence }
} } } }`;
const CREATE = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id title version laneId } userErrors { field code } } }`;
const UPDATE = `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { goal { title version description } userErrors { field code } } }`;
const MOVE = `mutation($input: MoveGoalInput!) { moveGoal(input: $input) { goal { id laneId position } userErrors { field code } } }`;

type Lane = { id: string; name: string; goals: { id: string; title: string; version: number; position: string }[] };
type Board = { id: string; head: number; lanes: Lane[]; activity: { sentence: string }[] };

async function pairWithBoard(): Promise<{ mentor: Person; mentee: Person; mentorshipId: string; board: Board }> {
  const [mentor, mentee] = await Promise.all([createMentor(app, 'Mentor'), createMentee(app, 'Ana')]);
  const mentorshipId = await matchPair(mentee, mentor);
  // Both open the board at once: one board is created.
  const [a, b] = await Promise.all([mentor.client.data(BOARD, { id: mentorshipId }), mentee.client.data(BOARD, { id: mentorshipId })]);
  expect(a.node.goalBoard.id).toBe(b.node.goalBoard.id);
  return { mentor, mentee, mentorshipId, board: a.node.goalBoard };
}

const board = async (person: Person, mentorshipId: string): Promise<Board> => (await person.client.data(BOARD, { id: mentorshipId })).node.goalBoard;
const titles = (lane: Lane) => lane.goals.map((goal) => goal.title);

async function addGoal(person: Person, b: Board, laneIndex: number, title: string): Promise<string> {
  const { createGoal } = await person.client.data(CREATE, { input: { boardId: b.id, laneId: b.lanes[laneIndex]!.id, title, clientMutationId: randomUUID() } });
  expect(createGoal.userErrors).toEqual([]);
  return createGoal.goal.id;
}

describe('the goal board', () => {
  it('starts with three lanes and takes goals idempotently', async () => {
    const { mentee, mentorshipId, board: b } = await pairWithBoard();
    expect(b.lanes.map((lane) => lane.name)).toEqual(['Not started', 'In progress', 'Done']);
    const input = { boardId: b.id, laneId: b.lanes[0]!.id, title: 'Lead a design review', clientMutationId: randomUUID() };
    const created = await Promise.all([1, 2, 3].map(() => mentee.client.data(CREATE, { input })));
    expect(new Set(created.map((c) => c.createGoal.goal.id)).size).toBe(1);
    expect(titles((await board(mentee, mentorshipId)).lanes[0]!)).toEqual(['Lead a design review']);
  });

  it.each([
    ['an unknown lane', { laneId: 'Qm9hcmRMYW5lOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA==' }, ['laneId'], 'NOT_FOUND'],
    ['an empty title', { title: ' ' }, ['title'], 'REQUIRED'],
    ['a malformed target date', { targetDate: 'soon' }, ['targetDate'], 'INVALID'],
  ])('refuses %s and changes nothing', async (_, change, field, code) => {
    const { mentee, board: b } = await pairWithBoard();
    const before = await app.orm.em.fork().count(Goal, {});
    const { createGoal } = await mentee.client.data(CREATE, { input: { boardId: b.id, laneId: b.lanes[0]!.id, title: 'Goal', clientMutationId: randomUUID(), ...change } });
    expect(createGoal).toMatchObject({ goal: null, userErrors: [{ field, code }] });
    expect(await app.orm.em.fork().count(Goal, {})).toBe(before);
  });

  it('refuses an edit from a stale version with CONFLICT, carrying the other person\'s change', async () => {
    const { mentor, mentee, board: b } = await pairWithBoard();
    const id = await addGoal(mentee, b, 0, 'Speak up in meetings');
    const first = await mentor.client.data(UPDATE, { input: { id, expectedVersion: 1, description: 'Once a week' } });
    expect(first.updateGoal.goal).toEqual({ title: 'Speak up in meetings', version: 2, description: 'Once a week' });
    const late = await mentee.client.data(UPDATE, { input: { id, expectedVersion: 1, title: 'Speak up more' } });
    expect(late.updateGoal).toEqual({
      goal: { title: 'Speak up in meetings', version: 2, description: 'Once a week' },
      userErrors: [{ field: ['expectedVersion'], code: 'CONFLICT' }],
    });
  });

  it('moves cards between neighbours, and refuses a neighbour from another board', async () => {
    const { mentee, mentorshipId, board: b } = await pairWithBoard();
    const [one, two, three] = [await addGoal(mentee, b, 0, 'One'), await addGoal(mentee, b, 0, 'Two'), await addGoal(mentee, b, 0, 'Three')];
    await mentee.client.data(MOVE, { input: { id: three, laneId: b.lanes[0]!.id, afterId: one, beforeId: two } });
    expect(titles((await board(mentee, mentorshipId)).lanes[0]!)).toEqual(['One', 'Three', 'Two']);
    await mentee.client.data(MOVE, { input: { id: one, laneId: b.lanes[2]!.id } });
    const after = await board(mentee, mentorshipId);
    expect([titles(after.lanes[0]!), titles(after.lanes[2]!)]).toEqual([['Three', 'Two'], ['One']]);
    expect(after.activity[0]!.sentence).toBe('Ana moved “One” to Done');

    const other = await pairWithBoard();
    const foreign = await addGoal(other.mentee, other.board, 0, 'Elsewhere');
    const { moveGoal } = await mentee.client.data(MOVE, { input: { id: two, laneId: b.lanes[0]!.id, afterId: foreign } });
    expect(moveGoal.userErrors).toEqual([{ field: ['afterId'], code: 'NOT_FOUND' }]);
  });

  it('lets two people move cards at the same moment; both succeed and see one order', async () => {
    const { mentor, mentee, mentorshipId, board: b } = await pairWithBoard();
    const ids: string[] = [];
    for (const title of ['A', 'B', 'C', 'D']) ids.push(await addGoal(mentee, b, 1, title));
    // Both drop a card right after A at once.
    const [fromMentor, fromMentee] = await Promise.all([
      mentor.client.data(MOVE, { input: { id: ids[3], laneId: b.lanes[1]!.id, afterId: ids[0] } }),
      mentee.client.data(MOVE, { input: { id: ids[2], laneId: b.lanes[1]!.id, afterId: ids[0] } }),
    ]);
    expect([fromMentor.moveGoal.userErrors, fromMentee.moveGoal.userErrors]).toEqual([[], []]);
    const [seenByMentor, seenByMentee] = await Promise.all([board(mentor, mentorshipId), board(mentee, mentorshipId)]);
    expect(titles(seenByMentor.lanes[1]!)).toEqual(titles(seenByMentee.lanes[1]!));
    expect(titles(seenByMentor.lanes[1]!)[0]).toBe('A');
    expect(new Set(seenByMentor.lanes[1]!.goals.map((goal) => goal.position)).size).toBe(4);
  });

  it('derives progress from milestones unless set by hand', async () => {
    const { mentee, mentorshipId, board: b } = await pairWithBoard();
    const id = await addGoal(mentee, b, 1, 'Ship a side project');
    const ADD = `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { milestone { id } } }`;
    const m1 = (await mentee.client.data(ADD, { input: { goalId: id, title: 'Pick an idea' } })).addMilestone.milestone.id;
    await mentee.client.data(ADD, { input: { goalId: id, title: 'Launch' } });
    await mentee.client.data(`mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { done } } }`, { input: { milestoneId: m1, done: true } });
    const goal = (await board(mentee, mentorshipId)).lanes[1]!.goals[0] as unknown as { progress: unknown; milestones: unknown };
    expect(goal).toMatchObject({ progress: { percent: 50, manual: false }, milestones: [{ title: 'Pick an idea', done: true }, { title: 'Launch', done: false }] });
    const outOfRange = await mentee.client.data(UPDATE, { input: { id, expectedVersion: 1, progressOverride: 150 } });
    expect(outOfRange.updateGoal.userErrors).toEqual([{ field: ['progressOverride'], code: 'OUT_OF_RANGE' }]);
    await mentee.client.data(UPDATE, { input: { id, expectedVersion: 1, progressOverride: 80 } });
    expect(((await board(mentee, mentorshipId)).lanes[1]!.goals[0] as unknown as { progress: unknown }).progress).toEqual({ percent: 80, manual: true });
  });

  it('streams every change to both people, in order', async () => {
    const { mentor, mentee, board: b } = await pairWithBoard();
    const SUB = `subscription($boardId: ID!, $after: Int) { boardEvents(boardId: $boardId, after: $after) { seq type payload ephemeral } }`;
    const watching = new LiveCollector(wsClientFor(app, mentor.client), SUB, { boardId: b.id, after: 0 }, 'boardEvents');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const id = await addGoal(mentee, b, 0, 'Live goal');
    await mentee.client.data(MOVE, { input: { id, laneId: b.lanes[1]!.id } });
    await expect.poll(() => watching.stored.map((event) => [event.seq, event.type])).toEqual([[1, 'goal.created'], [2, 'goal.moved']]);
    expect(watching.stored[1]!.payload).toMatchObject({ goalId: id, laneId: b.lanes[1]!.id, actorName: 'Ana' });
    await watching.close();
    expect(await app.orm.em.fork().count(GoalBoard, {})).toBeGreaterThan(0);
  });
});
