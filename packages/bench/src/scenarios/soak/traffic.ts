import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Member, Pair } from '../../population.js';

// The soak's mixed traffic, in the bench process: each member of a pair is
// on its own instance (mentor on the first, mentee on the second), holds a
// graphql-ws client subscribed to its room and its board, and the pair
// chats, edits the board and queries over HTTP; subscriptions are dropped
// and resumed, and clients reconnect, all the time.

const ROOM = `subscription SoakRoom($sessionId: ID!, $after: Int!) { sessionEvents(sessionId: $sessionId, after: $after) { seq type } }`;
const BOARD = `subscription SoakBoard($boardId: ID!, $after: Int!) { boardEvents(boardId: $boardId, after: $after) { seq type } }`;
const SEND = `mutation SoakSend($input: SendMessageInput!) { sendMessage(input: $input) { message { id seq } userErrors { code message } } }`;
const CREATE_GOAL = `mutation SoakCreateGoal($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } userErrors { code message } } }`;
const MOVE_GOAL = `mutation SoakMoveGoal($input: MoveGoalInput!) { moveGoal(input: $input) { goal { id } userErrors { code message } } }`;
const READ_BOARD = `query SoakBoardRead($id: ID!) { viewer { id displayName } node(id: $id) { ... on GoalBoard { head lanes { id name goals { id title progress { percent manual } milestones { id title } } } } } }`;

export type TrafficCounts = {
  messages: number;
  boardEdits: number;
  queries: number;
  resubscribes: number;
  reconnects: number;
  delivered: number;
  errors: number;
  /** Each kind of error once, with how often it happened. */
  errorKinds: Record<string, number>;
};

type Stream = { seq: number; unsubscribe: () => void };

/** One member's client on one instance, resuming its two streams wherever they left off. */
class MemberClient {
  private client: Client;
  private room: Stream | undefined;
  private board: Stream | undefined;
  private roomSeq = 0;
  private boardSeq = 0;

  constructor(
    private readonly wsUrl: string,
    private readonly member: Member,
    private readonly pair: Pair,
    private readonly counts: TrafficCounts,
    private readonly fail: (what: string, error: unknown) => void,
  ) {
    this.client = this.connect();
    this.subscribeRoom();
    this.subscribeBoard();
  }

  private connect(): Client {
    return createClient({ url: this.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${this.member.token}` }, retryAttempts: 0, lazy: true });
  }

  private follow(query: string, variables: Record<string, unknown>, field: 'sessionEvents' | 'boardEvents', seen: () => number, advance: (seq: number) => void): Stream {
    const stream: Stream = { seq: seen(), unsubscribe: () => {} };
    stream.unsubscribe = this.client.subscribe<Record<string, { seq: number | null }>>(
      { query, variables },
      {
        next: (result) => {
          // A stream just replaced may still have a message in flight: only the current one counts.
          if (stream !== this.room && stream !== this.board) return;
          if (result.errors) return this.fail(field, result.errors);
          const seq = result.data?.[field]?.seq;
          if (seq == null) return; // a signal
          this.counts.delivered++;
          if (seq !== seen() + 1) this.fail(field, `expected seq ${seen() + 1}, got ${seq}`);
          advance(Math.max(seq, seen()));
        },
        error: (error) => {
          if (stream === this.room || stream === this.board) this.fail(`${field} ended`, error);
        },
        complete: () => {},
      },
    );
    return stream;
  }

  subscribeRoom(): void {
    this.room = this.follow(ROOM, { sessionId: this.pair.sessionId, after: this.roomSeq }, 'sessionEvents', () => this.roomSeq, (seq) => (this.roomSeq = seq));
  }

  subscribeBoard(): void {
    this.board = this.follow(BOARD, { boardId: this.pair.boardId, after: this.boardSeq }, 'boardEvents', () => this.boardSeq, (seq) => (this.boardSeq = seq));
  }

  /** Drops one stream and resumes it after its last seq. */
  resubscribe(): void {
    this.counts.resubscribes++;
    if (Math.random() < 0.5) {
      this.room?.unsubscribe();
      this.subscribeRoom();
    } else {
      this.board?.unsubscribe();
      this.subscribeBoard();
    }
  }

  /** A new socket, as after a network blip: both streams resume. */
  async reconnect(): Promise<void> {
    this.counts.reconnects++;
    this.room?.unsubscribe();
    this.board?.unsubscribe();
    await this.client.dispose();
    this.client = this.connect();
    this.subscribeRoom();
    this.subscribeBoard();
  }

  async close(): Promise<void> {
    this.room?.unsubscribe();
    this.board?.unsubscribe();
    await this.client.dispose();
  }
}

/** Runs the traffic until `until` (a performance.now() time), adding up into `counts`. */
export async function runTraffic(options: { pairs: Pair[]; instanceUrls: [string, string]; until: number; counts: TrafficCounts }): Promise<void> {
  const { pairs, instanceUrls, until, counts } = options;
  const fail = (what: string, error: unknown) => {
    counts.errors++;
    const kind = `${what}: ${error instanceof Error ? error.message : JSON.stringify(error)}`.slice(0, 300);
    if (counts.errorKinds[kind] !== undefined || Object.keys(counts.errorKinds).length < 20) counts.errorKinds[kind] = (counts.errorKinds[kind] ?? 0) + 1;
  };
  const post = async (url: string, token: string, query: string, variables: Record<string, unknown>): Promise<Record<string, { userErrors?: unknown[] } | null> | undefined> => {
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, { userErrors?: unknown[] } | null>; errors?: unknown[] };
      if (body.errors?.length) return void fail(query.slice(0, 30), body.errors);
      const userErrors = Object.values(body.data ?? {}).flatMap((value) => value?.userErrors ?? []);
      if (userErrors.length) return void fail(query.slice(0, 30), userErrors);
      return body.data;
    } catch (error) {
      fail(query.slice(0, 30), error);
      return undefined;
    }
  };
  const wsUrl = (url: string) => `${url.replace('http', 'ws')}/graphql`;
  const sides = pairs.map((pair) => ({
    pair,
    members: [
      { member: pair.mentor, url: instanceUrls[0] },
      { member: pair.mentee, url: instanceUrls[1] },
    ],
    goals: [] as string[],
  }));
  const clients = sides.flatMap((side) => side.members.map(({ member, url }) => new MemberClient(wsUrl(url), member, side.pair, counts, fail)));
  const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;
  const jitter = (ms: number) => sleep(ms * (0.5 + Math.random()));
  const loop = async (everyMs: number, step: () => Promise<void> | void) => {
    while (performance.now() < until) {
      await jitter(everyMs);
      if (performance.now() >= until) break;
      await step();
    }
  };

  await Promise.all([
    // Each pair chats about once a second, alternating sides.
    ...sides.map((side) =>
      loop(1_000, async () => {
        const { member, url } = pick(side.members);
        if (await post(url, member.token, SEND, { input: { sessionId: side.pair.sessionId, body: `soak ${counts.messages}`, clientMutationId: randomUUID() } })) counts.messages++;
      }),
    ),
    // Board edits every few seconds: a new goal now and then (at most 30 per board), otherwise a move.
    ...sides.map((side) =>
      loop(3_000, async () => {
        const { member, url } = pick(side.members);
        const lane = pick(side.pair.laneIds);
        if (side.goals.length < 3 || (side.goals.length < 30 && Math.random() < 0.2)) {
          const data = await post(url, member.token, CREATE_GOAL, { input: { boardId: side.pair.boardId, laneId: lane, title: `Soak goal ${side.goals.length + 1}`, clientMutationId: randomUUID() } });
          const goal = (data?.createGoal as { goal?: { id: string } } | undefined)?.goal;
          if (goal) side.goals.push(goal.id);
        } else {
          await post(url, member.token, MOVE_GOAL, { input: { id: pick(side.goals), laneId: lane } });
        }
        counts.boardEdits++;
      }),
    ),
    // Queries: the board as the app loads it.
    ...sides.map((side) =>
      loop(2_000, async () => {
        const { member, url } = pick(side.members);
        if (await post(url, member.token, READ_BOARD, { id: side.pair.boardId })) counts.queries++;
      }),
    ),
    // Subscribe/unsubscribe churn and reconnects across all clients.
    loop(250, () => pick(clients).resubscribe()),
    loop(1_000, () => pick(clients).reconnect()),
  ]);
  await Promise.all(clients.map((client) => client.close()));
}
