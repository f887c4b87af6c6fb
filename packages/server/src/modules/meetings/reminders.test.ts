import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { startTestApp } from '../../testing/test-app.js';
import { TEST_REDIS_URL } from '../../testing/services.js';
import { createMentee, createMentor, matchPair, type Person } from '../../testing/mentoring.js';
import { sendDueReminders } from './reminders.js';

// Two instances share the database; the test holds the clock.
let database: TestDatabase;
let a: App;
let b: App;
let mentor: Person;
let mentee: Person;

beforeAll(async () => {
  database = await createTestDatabase();
  a = await startTestApp({ databaseUrl: database.url, redisUrl: TEST_REDIS_URL });
  b = await startTestApp({ databaseUrl: database.url, redisUrl: TEST_REDIS_URL });
  [mentor, mentee] = await Promise.all([createMentor(a), createMentee(a)]);
  const mentorshipId = await matchPair(mentee, mentor);
  await mentor.client.data(
    `mutation($m: ID!) { scheduleMeeting(input: { mentorshipId: $m, title: "Check-in", localStart: "2027-03-01T18:00", timeZone: "UTC", durationMinutes: 30, recurrence: "FREQ=WEEKLY;COUNT=3" }) { userErrors { code } } }`,
    { m: mentorshipId },
  );
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await database?.drop();
});

const reminders = async (person: Person) =>
  (await person.client.data(`{ viewer { notifications(first: 20) { nodes { type payload } } } }`)).viewer.notifications.nodes.filter(
    (n: { type: string }) => n.type === 'meeting.reminder',
  );
const at = (iso: string) => new Date(iso);
const both = (now: Date) => Promise.all([a, b].map((app) => sendDueReminders(app.orm.em.fork(), app.realtime, now)));

describe('meeting reminders', () => {
  it('go out once, ten minutes before, whichever instances run them and however often', async () => {
    expect(await both(at('2027-03-01T17:45:00Z'))).toEqual([0, 0]); // too early
    const sent = await both(at('2027-03-01T17:51:00Z'));
    expect(sent[0]! + sent[1]!).toBe(2); // one each for mentor and mentee, whichever instance won
    expect(await both(at('2027-03-01T17:55:00Z'))).toEqual([0, 0]); // already sent
    expect(await both(at('2027-03-01T18:05:00Z'))).toEqual([0, 0]); // started: nothing more

    for (const person of [mentor, mentee]) {
      const got = await reminders(person);
      expect(got).toHaveLength(1);
      expect(got[0].payload).toMatchObject({ title: 'Check-in', startsAt: '2027-03-01T18:00:00.000Z', message: '“Check-in” starts in 9 minutes.' });
    }
    // The next week's meeting gets its own.
    await both(at('2027-03-08T17:52:00Z'));
    expect(await reminders(mentee)).toHaveLength(2);
  });
});
