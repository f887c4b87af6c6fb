import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMentee, createMentor, matchPair, type Person } from '@mentorspace/server/testing/mentoring';
import { LiveCollector, SESSION_EVENTS, wsClientFor } from '@mentorspace/server/testing/ws-client';
import { startCluster, type Cluster } from '../harness/cluster.js';

// The mentor talks to instance A, the mentee to instance B; both share one
// Postgres and one Redis. Every acknowledged message must reach both, once
// and in order, through Redis hiccups and an instance going away.

let cluster: Cluster;
let mentor: Person;
let mentee: Person;
let sessionId: string;

const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { seq } userErrors { code } } }`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Sends and returns the acknowledged seq (retrying as a client would, with the same client id). */
async function send(person: Person, body: string): Promise<number> {
  const clientMutationId = randomUUID();
  for (let attempt = 0; ; attempt++) {
    try {
      const { sendMessage } = await person.client.data(SEND, { input: { sessionId, body, clientMutationId } });
      return sendMessage.message.seq;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

const messageSeqs = (collector: LiveCollector) => collector.stored.filter((e) => e.type === 'message.sent').map((e) => e.seq);

beforeAll(async () => {
  cluster = await startCluster();
  const onA = { url: cluster.a.url };
  const onB = { url: cluster.b.url };
  mentor = await createMentor(onA, 'Mentor');
  mentee = await createMentee(onB, 'Mentee');
  const mentorshipId = await matchPair(mentee, mentor);
  const { startLiveSession } = await mentor.client.data(
    `mutation($m: ID!) { startLiveSession(input: { mentorshipId: $m, title: "Cluster chat" }) { session { id } } }`,
    { m: mentorshipId },
  );
  sessionId = startLiveSession.session.id;
});
afterAll(async () => {
  await cluster?.close();
});

describe('chat across two instances', () => {
  it('delivers 200 messages once and in order, through a Redis cut, and after an instance stops', async () => {
    const onMentorSide = new LiveCollector(wsClientFor({ url: cluster.a.url }, mentor.client), SESSION_EVENTS, { sessionId, after: 0 }, 'sessionEvents');
    const onMenteeSide = new LiveCollector(wsClientFor({ url: cluster.b.url }, mentee.client), SESSION_EVENTS, { sessionId, after: 0 }, 'sessionEvents');
    await new Promise((resolve) => setTimeout(resolve, 300));

    const acknowledged: number[] = [];
    for (let n = 1; n <= 200; n++) acknowledged.push(await send(n % 2 ? mentor : mentee, `message ${n}`));
    expect(acknowledged).toEqual(range(1, 200));
    await expect.poll(() => messageSeqs(onMenteeSide), { timeout: 20_000 }).toEqual(range(1, 200));
    await expect.poll(() => messageSeqs(onMentorSide), { timeout: 20_000 }).toEqual(range(1, 200));

    // Redis goes away for both instances while the conversation goes on.
    cluster.redis.a.cut();
    cluster.redis.b.cut();
    for (let n = 201; n <= 220; n++) acknowledged.push(await send(n % 2 ? mentor : mentee, `message ${n}`));
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    cluster.redis.a.restore();
    cluster.redis.b.restore();
    await expect.poll(() => messageSeqs(onMenteeSide), { timeout: 20_000 }).toEqual(range(1, 220));
    await expect.poll(() => messageSeqs(onMentorSide), { timeout: 20_000 }).toEqual(range(1, 220));

    // Instance A stops; the mentor reconnects to B with the last seq they saw.
    const lastSeen = onMentorSide.stored.at(-1)!.seq!;
    expect(await cluster.a.stop()).toBe(0);
    await expect.poll(() => onMentorSide.completed || Boolean(onMentorSide.error), { timeout: 10_000 }).toBe(true);
    for (let n = 221; n <= 230; n++) acknowledged.push(await send(mentee, `message ${n}`));
    const resumed = new LiveCollector(wsClientFor({ url: cluster.b.url }, mentor.client), SESSION_EVENTS, { sessionId, after: lastSeen }, 'sessionEvents');
    await expect.poll(() => messageSeqs(resumed), { timeout: 20_000 }).toEqual(range(221, 230));
    expect(acknowledged).toEqual(range(1, 230));
    // Nothing doubled anywhere.
    expect(new Set(messageSeqs(onMenteeSide)).size).toBe(messageSeqs(onMenteeSide).length);
    await Promise.all([onMentorSide.close(), onMenteeSide.close(), resumed.close()]);
  });
});
