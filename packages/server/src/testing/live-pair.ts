import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { App } from '../app.js';
import type { TestClient } from './graphql-client.js';
import { createMentee, createMentor, matchPair, type Person } from './mentoring.js';
import { BOARD_EVENTS, LiveCollector, SESSION_EVENTS, wsClientFor, type LiveEvent } from './ws-client.js';

// A mentor and a mentee talking in a live session and editing their goal
// board, as the fault tests drive them: every write is retried the way a
// client would (same input, same clientMutationId) and every subscription
// resumes from the last seq it saw. Shared by the in-process fault tests and
// the e2e cluster tests.

export type LivePair = {
  mentor: Person;
  mentee: Person;
  mentorshipId: string;
  sessionId: string;
  boardId: string;
  laneIds: string[];
  /** The stream ids, for checking the log in Postgres. */
  sessionStream: string;
  boardStream: string;
};

const fromGlobalId = (id: string) => Buffer.from(id, 'base64').toString('utf8').split(':')[1]!;

/** A matched pair (the mentor on one server, the mentee on another), with a live session and a goal board. */
export async function startLivePair(onMentor: Pick<App, 'url'>, onMentee: Pick<App, 'url'>): Promise<LivePair> {
  const [mentor, mentee] = await Promise.all([createMentor(onMentor, 'Mentor'), createMentee(onMentee, 'Mentee')]);
  const mentorshipId = await matchPair(mentee, mentor);
  const { startLiveSession } = await mentor.client.data(
    `mutation($m: ID!) { startLiveSession(input: { mentorshipId: $m, title: "Working session" }) { session { id } userErrors { code } } }`,
    { m: mentorshipId },
  );
  const { node } = await mentee.client.data(`query($id: ID!) { node(id: $id) { ... on Mentorship { goalBoard { id lanes { id } } } } }`, {
    id: mentorshipId,
  });
  const sessionId: string = startLiveSession.session.id;
  const boardId: string = node.goalBoard.id;
  return {
    mentor,
    mentee,
    mentorshipId,
    sessionId,
    boardId,
    laneIds: node.goalBoard.lanes.map((lane: { id: string }) => lane.id),
    sessionStream: `session:${fromGlobalId(sessionId)}`,
    boardStream: `board:${fromGlobalId(boardId)}`,
  };
}

/** What went wrong on the way, by code ('NETWORK' when no answer came): a test asserts what it expects to see. */
export type FailureLog = string[];

type GraphQLErrorShape = { message: string; extensions?: { code?: string; retryable?: boolean } };

/**
 * Runs a mutation as a client would: on a retryable error or no answer at all
 * (the instance went away) it waits and sends the same input again, up to a
 * limit. Any other error fails the test. Returns the payload.
 */
export async function mutate(
  person: { client: TestClient },
  query: string,
  variables: Record<string, unknown>,
  field: string,
  failures: FailureLog = [],
  { attempts = 120, delayMs = 100 } = {},
): Promise<Record<string, any>> {
  for (let attempt = 1; ; attempt++) {
    let errors: GraphQLErrorShape[];
    try {
      const response = await person.client.request(query, variables);
      if (!response.errors?.length && response.data) return response.data[field];
      errors = response.errors ?? [{ message: 'no data' }];
      for (const error of errors) failures.push(error.extensions?.code ?? 'NO_CODE');
      if (!errors.every((error) => error.extensions?.retryable === true)) {
        throw new Error(`${field} failed with a non-retryable error: ${JSON.stringify(errors)}`);
      }
    } catch (error) {
      if (!(error instanceof TypeError)) throw error; // fetch's "fetch failed": nobody answered
      failures.push('NETWORK');
      errors = [{ message: String(error) }];
    }
    if (attempt >= attempts) throw new Error(`${field} still failing after ${attempts} attempts: ${JSON.stringify(errors)}`);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}

const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id seq } userErrors { code message } } }`;
const CREATE_GOAL = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } userErrors { code message } } }`;

/** Sends a chat message (retrying with the same clientMutationId); returns the acknowledged seq. */
export async function sendMessage(person: { client: TestClient }, sessionId: string, body: string, failures?: FailureLog): Promise<number> {
  const input = { sessionId, body, clientMutationId: randomUUID() };
  const payload = await mutate(person, SEND, { input }, 'sendMessage', failures);
  if (payload.userErrors.length) throw new Error(`sendMessage refused: ${JSON.stringify(payload.userErrors)}`);
  return payload.message.seq;
}

/** Adds a goal to the board's lane (retrying with the same clientMutationId); returns the goal's id. */
export async function addGoal(person: { client: TestClient }, pair: LivePair, laneIndex: number, title: string, failures?: FailureLog): Promise<string> {
  const input = { boardId: pair.boardId, laneId: pair.laneIds[laneIndex % pair.laneIds.length], title, clientMutationId: randomUUID() };
  const payload = await mutate(person, CREATE_GOAL, { input }, 'createGoal', failures);
  if (payload.userErrors.length) throw new Error(`createGoal refused: ${JSON.stringify(payload.userErrors)}`);
  return payload.goal.id;
}

/**
 * One person's view of a stream: a graphql-ws subscription that, like the web
 * app, subscribes again from the last seq it saw whenever it is dropped
 * (to `url`, which a test moves when an instance goes away).
 */
export class StreamWatcher {
  private readonly collectors: LiveCollector[] = [];
  private closed = false;
  private timer: NodeJS.Timeout | undefined;
  /** How many times the subscription was dropped and made again. */
  resumes = 0;
  /** Why it was dropped each time: GraphQL errors, or the socket's close (`{ code }`), or null when it just completed. */
  readonly drops: unknown[] = [];

  constructor(
    private readonly person: Person,
    private readonly stream: { kind: 'session'; sessionId: string } | { kind: 'board'; boardId: string },
    public url: string,
  ) {
    this.connect();
    this.timer = setInterval(() => this.resumeIfDropped(), 100);
  }

  static session(person: Person, pair: LivePair, url: string): StreamWatcher {
    return new StreamWatcher(person, { kind: 'session', sessionId: pair.sessionId }, url);
  }

  static board(person: Person, pair: LivePair, url: string): StreamWatcher {
    return new StreamWatcher(person, { kind: 'board', boardId: pair.boardId }, url);
  }

  /** Stored events in the order they arrived, across resumes. */
  get stored(): LiveEvent[] {
    return this.collectors.flatMap((collector) => collector.stored);
  }

  get seqs(): number[] {
    return this.stored.map((event) => event.seq!);
  }

  private connect(): void {
    const after = this.stored.at(-1)?.seq ?? 0;
    const client = wsClientFor({ url: this.url }, this.person.client);
    this.collectors.push(
      this.stream.kind === 'session'
        ? new LiveCollector(client, SESSION_EVENTS, { sessionId: this.stream.sessionId, after }, 'sessionEvents')
        : new LiveCollector(client, BOARD_EVENTS, { boardId: this.stream.boardId, after }, 'boardEvents'),
    );
  }

  private resumeIfDropped(): void {
    const current = this.collectors.at(-1)!;
    if (this.closed || !(current.completed || current.error)) return;
    this.resumes++;
    this.drops.push(current.error);
    void current.close().catch(() => {});
    this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await Promise.all(this.collectors.map((collector) => collector.close().catch(() => {})));
  }
}

/** Why a subscription dropped: its GraphQL errors' codes, `close <code>` for a closed socket, nothing for a plain completion. */
export const dropCodes = (drop: unknown): string[] => {
  if (Array.isArray(drop)) return drop.map((error: { extensions?: { code?: string } }) => error.extensions?.code ?? 'NO_CODE');
  if (drop && typeof drop === 'object' && 'code' in drop) return [`close ${String(drop.code)}`];
  return [];
};

export const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export type StreamLog = { head: number; seqs: number[]; types: string[]; payloads: Record<string, any>[] };

/** A stream's log as Postgres holds it (read directly, not through any proxy). */
export async function readStreamLog(databaseUrl: string, streamId: string): Promise<StreamLog> {
  return withDatabase(databaseUrl, async (db) => {
    const head = await db.query<{ last_seq: string }>('select last_seq from streams where id = $1', [streamId]);
    const events = await db.query<{ seq: string; type: string; payload: Record<string, any> }>(
      'select seq, type, payload from stream_events where stream_id = $1 order by seq',
      [streamId],
    );
    return {
      head: Number(head.rows[0]?.last_seq ?? 0),
      seqs: events.rows.map((row) => Number(row.seq)),
      types: events.rows.map((row) => row.type),
      payloads: events.rows.map((row) => row.payload),
    };
  });
}

/**
 * Nothing half-written: the session's messages and the board's goals each
 * have exactly one creating event, every event's row exists, and each log is
 * gap-free from 1 to its head. Returns the logs for further checks.
 */
export async function expectConsistentLogs(databaseUrl: string, pair: LivePair): Promise<{ session: StreamLog; board: StreamLog }> {
  const [session, board] = await Promise.all([readStreamLog(databaseUrl, pair.sessionStream), readStreamLog(databaseUrl, pair.boardStream)]);
  for (const [name, log] of [['session', session], ['board', board]] as const) {
    if (log.seqs.join() !== range(1, log.head).join()) throw new Error(`${name} log is not gap-free 1..${log.head}: ${log.seqs.join(', ')}`);
  }
  await withDatabase(databaseUrl, async (db) => {
    const messages = await db.query<{ seq: number }>('select seq from messages where session_uuid = $1 order by seq', [pair.sessionStream.split(':')[1]]);
    const sentSeqs = session.seqs.filter((_, i) => session.types[i] === 'message.sent');
    if (messages.rows.map((row) => row.seq).join() !== sentSeqs.join()) {
      throw new Error(`messages and message.sent events differ: rows at ${messages.rows.map((r) => r.seq).join(', ')}, events at ${sentSeqs.join(', ')}`);
    }
    const goals = await db.query<{ uuid: string }>('select uuid from goals where board_uuid = $1', [pair.boardStream.split(':')[1]]);
    const created = board.payloads.filter((_, i) => board.types[i] === 'goal.created').map((payload) => fromGlobalId(payload.goalId));
    if ([...goals.rows.map((row) => row.uuid)].sort().join() !== [...created].sort().join() || new Set(created).size !== created.length) {
      throw new Error(`goals and goal.created events differ: ${goals.rows.length} rows, ${created.length} events`);
    }
  });
  return { session, board };
}

async function withDatabase<T>(url: string, use: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    return await use(db);
  } finally {
    await db.end();
  }
}

/** GET /readyz: the status code and the per-dependency report (null when nobody answered). */
export async function readiness(url: string): Promise<{ status: number; checks: Record<string, string> } | null> {
  const response = await fetch(`${url}/readyz`).catch(() => null);
  if (!response) return null;
  const body = (await response.json()) as { checks: Record<string, string> };
  return { status: response.status, checks: body.checks };
}
