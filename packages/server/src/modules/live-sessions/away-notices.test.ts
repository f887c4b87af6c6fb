import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { startTestApp } from '../../testing/test-app.js';
import { TEST_REDIS_URL } from '../../testing/services.js';
import { createMentee, createMentor, matchPair, type Person } from '../../testing/mentoring.js';
import { AWAY_NOTICE_DELAY_MINUTES, sendAwayNotices } from './away-notices.js';

// Two instances share the database and run the job at the same moments; the test holds the clock.
let database: TestDatabase;
let a: App;
let b: App;

beforeAll(async () => {
  database = await createTestDatabase();
  a = await startTestApp({ databaseUrl: database.url, redisUrl: TEST_REDIS_URL });
  b = await startTestApp({ databaseUrl: database.url, redisUrl: TEST_REDIS_URL });
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await database?.drop();
});

async function room(): Promise<{ mentor: Person; mentee: Person; sessionId: string; mentorshipId: string }> {
  const [mentor, mentee] = await Promise.all([createMentor(a, 'Ana'), createMentee(a, 'Ben')]);
  const mentorshipId = await matchPair(mentee, mentor);
  const { startLiveSession } = await mentor.client.data(
    `mutation($m: ID!) { startLiveSession(input: { mentorshipId: $m, title: "Weekly check-in" }) { session { id } } }`,
    { m: mentorshipId },
  );
  return { mentor, mentee, mentorshipId, sessionId: startLiveSession.session.id };
}

const send = async (person: Person, sessionId: string, body: string): Promise<number> =>
  (await person.client.data(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { seq } } }`, {
    input: { sessionId, body, clientMutationId: randomUUID() },
  })).sendMessage.message.seq;

const missed = async (person: Person) =>
  (await person.client.data(`{ viewer { notifications(first: 50) { nodes { type payload } } } }`)).viewer.notifications.nodes
    .filter((n: { type: string }) => n.type === 'messages.missed')
    .map((n: { payload: Record<string, unknown> }) => n.payload);

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);
/** Runs the job on both instances at once; returns how many notices went out in all. */
const bothAt = async (now: Date) =>
  (await Promise.all([a, b].map((app) => sendAwayNotices(app.orm.em.fork(), app.realtime, now)))).reduce((x, y) => x + y, 0);

describe('messages while away', () => {
  it('tells the partner once, after the delay, however many instances run the job', async () => {
    const { mentor, mentee, sessionId } = await room();
    await send(mentor, sessionId, 'How did the review go?');
    await send(mentor, sessionId, 'Tell me when you can.');

    expect(await bothAt(minutesFromNow(AWAY_NOTICE_DELAY_MINUTES - 1))).toBe(0); // not yet: they may be reading
    expect(await bothAt(minutesFromNow(AWAY_NOTICE_DELAY_MINUTES + 1))).toBe(1);
    expect(await bothAt(minutesFromNow(AWAY_NOTICE_DELAY_MINUTES + 2))).toBe(0); // already told

    expect(await missed(mentee)).toEqual([
      expect.objectContaining({ sessionId, count: 2, title: 'Weekly check-in', message: 'Ana sent you 2 messages in “Weekly check-in”.' }),
    ]);
    expect(await missed(mentor)).toEqual([]); // their own messages are not news to them
  });

  it('announces only what came after the last notice', async () => {
    const { mentor, mentee, sessionId } = await room();
    await send(mentor, sessionId, 'First');
    expect(await bothAt(minutesFromNow(AWAY_NOTICE_DELAY_MINUTES + 1))).toBe(1);
    await send(mentor, sessionId, 'Second');
    expect(await bothAt(minutesFromNow(AWAY_NOTICE_DELAY_MINUTES + 1))).toBe(1);
    expect((await missed(mentee)).map((p: { count: number }) => p.count)).toEqual([1, 1]);
  });

  it('says nothing to someone who read the messages in the room', async () => {
    const { mentor, mentee, sessionId } = await room();
    await send(mentee, sessionId, 'Shared my draft');
    const seq = await send(mentee, sessionId, 'Have a look?');
    const { markSessionRead } = await mentor.client.data(
      `mutation($input: MarkSessionReadInput!) { markSessionRead(input: $input) { ok } }`,
      { input: { sessionId, seq } },
    );
    expect(markSessionRead.ok).toBe(true);
    expect(await bothAt(minutesFromNow(AWAY_NOTICE_DELAY_MINUTES + 1))).toBe(0);
    expect(await missed(mentor)).toEqual([]);
  });

  it('skips deleted messages and ended mentorships', async () => {
    const { mentor, mentee, sessionId, mentorshipId } = await room();
    const { sendMessage } = await mentor.client.data(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`, {
      input: { sessionId, body: 'Oops, wrong room', clientMutationId: randomUUID() },
    });
    await mentor.client.data(`mutation($id: ID!) { deleteMessage(input: { messageId: $id }) { userErrors { code } } }`, { id: sendMessage.message.id });
    expect(await bothAt(minutesFromNow(AWAY_NOTICE_DELAY_MINUTES + 1))).toBe(0);
    expect(await missed(mentee)).toEqual([]);

    // A message left in a mentorship that then ended is no reason to call anyone back.
    await send(mentor, sessionId, 'Thanks for everything');
    const { cancelMentorship } = await mentee.client.data(
      `mutation($m: ID!) { cancelMentorship(input: { mentorshipId: $m, reason: "Moving on" }) { userErrors { code } } }`,
      { m: mentorshipId },
    );
    expect(cancelMentorship.userErrors).toEqual([]);
    expect(await bothAt(minutesFromNow(AWAY_NOTICE_DELAY_MINUTES + 1))).toBe(0);
  });
});
