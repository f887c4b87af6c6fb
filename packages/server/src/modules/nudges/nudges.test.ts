import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Logger, runMigrations, runOnce } from 'graphile-worker';
import type { App } from '../../app.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { startTestApp } from '../../testing/test-app.js';
import { TEST_REDIS_URL } from '../../testing/services.js';
import { CapturingMailSender } from '../../testing/graphql-client.js';
import { createMentee, createMentor, sendRequest, type Person } from '../../testing/mentoring.js';
import { agree, createProgramWithAdmin, matchInProgram } from '../../testing/programs.js';
import { idOfType } from '../../graphql/relay/node.js';
import { taskList } from '../../jobs/worker.js';
import { sendDueNudges } from './nudge-rules.js';

// Two instances share one database; the test holds the clock. Every step
// runs the nudge task on both at once, twice: each nudge must go out once,
// at its time, to the right people, and never when muted.
let database: TestDatabase;
let a: App;
let b: App;
let admin: Person;
let mentor: Person;
let mentee: Person;
let asker: Person;
let mentorshipId: string;
let startedAt: Date;
let requestExpiresAt: Date;
/** Ten days after the mentorship starts (set in beforeAll). */
let dueOn: string;
const DAY = 86_400_000;
const MINUTE = 60_000;

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations({ connectionString: database.url }); // graphile-worker's own schema: reminder mail is queued there
  a = await startTestApp({ databaseUrl: database.url, redisUrl: TEST_REDIS_URL, instanceId: 'nudges-a' });
  b = await startTestApp({ databaseUrl: database.url, redisUrl: TEST_REDIS_URL, instanceId: 'nudges-b' });
  const program = await createProgramWithAdmin(a);
  admin = program.admin;
  [mentor, mentee, asker] = await Promise.all([createMentor(a, 'Maya Mentor', { capacity: 3 }), createMentee(a, 'Theo Mentee'), createMentee(a, 'Ines Asker')]);
  mentorshipId = await matchInProgram(admin, program.programId, mentee, mentor);
  await agree(mentorshipId, mentor, mentee, { meetingCadence: 'EVERY_TWO_WEEKS', reviewEveryWeeks: 6 });
  const em = a.orm.em.fork();
  const [row] = await em.execute<{ started_at: Date }[]>(`select started_at from mentorships where uuid = ?`, [idOfType(mentorshipId, 'Mentorship')]);
  startedAt = new Date(row!.started_at);
  dueOn = new Date(startedAt.getTime() + 10 * DAY).toISOString().slice(0, 10);

  // A goal without an owner (both are reminded) with one milestone.
  const { node } = await mentor.client.data(`query($m: ID!) { node(id: $m) { ... on Mentorship { goalBoard { id lanes { id } } } } }`, { m: mentorshipId });
  const { createGoal } = await mentor.client.data(
    `mutation($b: ID!, $l: ID!) { createGoal(input: { boardId: $b, laneId: $l, title: "Run a design review", clientMutationId: "g1" }) { goal { id } } }`,
    { b: node.goalBoard.id, l: node.goalBoard.lanes[0].id },
  );
  await mentor.client.data(`mutation($g: ID!, $d: String) { addMilestone(input: { goalId: $g, title: "Draft the agenda", dueOn: $d }) { userErrors { code } } }`, {
    g: createGoal.goal.id,
    d: dueOn,
  });

  // An open request to the mentor from someone else.
  const request = await sendRequest(asker, mentor);
  const [expiry] = await em.execute<{ expires_at: Date }[]>(`select expires_at from mentorship_requests where uuid = ?`, [idOfType(request.id, 'MentorshipRequest')]);
  requestExpiresAt = new Date(expiry!.expires_at);

  // The mentor mutes "due soon"; the mentee wants mail, at a verified address.
  const { updateNudgeSettings } = await mentor.client.data(`mutation { updateNudgeSettings(input: { mutedKinds: [MILESTONE_DUE_SOON] }) { nudgeSettings { mutedKinds email } userErrors { code } } }`);
  expect(updateNudgeSettings).toEqual({ nudgeSettings: { mutedKinds: ['MILESTONE_DUE_SOON'], email: false }, userErrors: [] });
  await mentee.client.data(`mutation { updateNudgeSettings(input: { email: true }) { userErrors { code } } }`);
  await em.execute(`update users set email_verified_at = now() where uuid = ?`, [idOfType(mentee.userId, 'User')]);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await database?.drop();
});

const at = (ms: number) => new Date(ms);
/** Runs the task on both instances at once, twice; returns how many went out in total. */
async function both(now: Date): Promise<number> {
  let total = 0;
  for (let round = 0; round < 2; round += 1) {
    const sent = await Promise.all([a, b].map((app) => sendDueNudges(app.orm.em.fork(), app.realtime, now, { publicUrl: 'https://mentorspace.test' })));
    if (round === 1) expect(sent, `a second run at ${now.toISOString()} sends nothing more`).toEqual([0, 0]);
    total += sent.reduce((sum, n) => sum + n, 0);
  }
  return total;
}
async function nudges(person: Person): Promise<Record<string, number>> {
  const { viewer } = await person.client.data(`{ viewer { notifications(first: 50) { nodes { type } } } }`);
  const counts: Record<string, number> = {};
  for (const { type } of viewer.notifications.nodes as { type: string }[]) if (type.startsWith('nudge.')) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

describe('nudges', () => {
  it('go out once each, at the right time, on two instances at once, and not when muted', async () => {
    const dueDayStart = new Date(`${dueOn}T00:00:00Z`).getTime();
    const t0 = startedAt.getTime();

    expect(await both(at(t0 + DAY))).toBe(0); // nothing is due yet

    // Milestone due soon: from 48 hours before the end of its due day. The mentor muted it.
    expect(await both(at(dueDayStart - DAY - MINUTE))).toBe(0);
    expect(await both(at(dueDayStart - DAY + MINUTE))).toBe(1);
    expect(await nudges(mentee)).toEqual({ 'nudge.milestone_due_soon': 1 });
    expect(await nudges(mentor)).toEqual({});

    // Overdue once the due day is over: to both.
    expect(await both(at(dueDayStart + DAY - MINUTE))).toBe(0);
    expect(await both(at(dueDayStart + DAY + MINUTE))).toBe(2);

    // The request: 48 hours before it expires, to its mentor only.
    const warnAt = requestExpiresAt.getTime() - 48 * 3_600_000;
    expect(await both(at(warnAt - MINUTE))).toBe(0);
    expect(await both(at(warnAt + MINUTE))).toBe(1);
    expect(await both(at(requestExpiresAt.getTime() + MINUTE))).toBe(0); // expired: nothing more

    // Stalled: no session for twice the cadence (2 x 14 days): both people and the program's admin.
    expect(await both(at(t0 + 28 * DAY - MINUTE))).toBe(0);
    expect(await both(at(t0 + 28 * DAY + MINUTE))).toBe(3);

    // Review overdue: six weeks after the start, to both.
    expect(await both(at(t0 + 42 * DAY - MINUTE))).toBe(0);
    expect(await both(at(t0 + 42 * DAY + MINUTE))).toBe(2);

    // They meet on day 45; a new stall 28 days later is a new occasion. The overdue review is not repeated.
    const em = a.orm.em.fork();
    const { startLiveSession } = await mentee.client.data(`mutation($m: ID!) { startLiveSession(input: { mentorshipId: $m, title: "Catch-up" }) { session { id } } }`, { m: mentorshipId });
    await em.execute(`update live_sessions set created_at = ? where uuid = ?`, [at(t0 + 45 * DAY), idOfType(startLiveSession.session.id, 'LiveSession')]);
    expect(await both(at(t0 + 45 * DAY + 28 * DAY - MINUTE))).toBe(0);
    expect(await both(at(t0 + 45 * DAY + 28 * DAY + MINUTE))).toBe(3);

    expect(await nudges(mentor)).toEqual({
      'nudge.milestone_overdue': 1,
      'nudge.request_expiring': 1,
      'nudge.mentorship_stalled': 2,
      'nudge.review_overdue': 1,
    });
    expect(await nudges(mentee)).toEqual({
      'nudge.milestone_due_soon': 1,
      'nudge.milestone_overdue': 1,
      'nudge.mentorship_stalled': 2,
      'nudge.review_overdue': 1,
    });
    expect(await nudges(admin)).toEqual({ 'nudge.mentorship_stalled': 2 });
    expect(await nudges(asker)).toEqual({});

    const { viewer } = await mentor.client.data(`{ viewer { notifications(first: 50) { nodes { type payload } } } }`);
    const expiring = viewer.notifications.nodes.find((n: { type: string }) => n.type === 'nudge.request_expiring');
    expect(expiring.payload).toMatchObject({ kind: 'REQUEST_EXPIRING', path: '/requests', message: expect.stringMatching(/^Ines Asker’s request expires in 4[78] hours/) });

    // The mentee's reminders were also queued as mail, once each; the worker's task sends them.
    const mail = new CapturingMailSender();
    await runOnce({ connectionString: database.url, logger: new Logger(() => () => {}), taskList: taskList({ orm: a.orm, realtime: a.realtime, mail, publicUrl: 'https://mentorspace.test' }, a.logger) });
    expect(mail.sent.map((m) => m.to)).toEqual(Array(5).fill(mentee.email));
    expect(mail.sent.map((m) => m.text).join('\n')).toContain(`https://mentorspace.test/mentorships/${mentorshipId}/board`);
  });

  it('settings: muted kinds and mail are the viewer’s own, and others see null', async () => {
    const { viewer } = await mentor.client.data(`{ viewer { nudgeSettings { mutedKinds email } } }`);
    expect(viewer.nudgeSettings).toEqual({ mutedKinds: ['MILESTONE_DUE_SOON'], email: false });
    const { updateNudgeSettings } = await mentor.client.data(`mutation { updateNudgeSettings(input: { email: true }) { nudgeSettings { mutedKinds email } } }`);
    expect(updateNudgeSettings.nudgeSettings).toEqual({ mutedKinds: ['MILESTONE_DUE_SOON'], email: true }); // the other setting is kept
    const { node } = await mentee.client.data(`query($id: ID!) { node(id: $id) { ... on User { nudgeSettings { email } } } }`, { id: mentor.userId });
    expect(node.nudgeSettings).toBeNull();
  });
});
