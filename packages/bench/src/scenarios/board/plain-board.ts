import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, execute, GraphQLError, parse, validate, type DocumentNode, type GraphQLFieldResolver, type GraphQLObjectType } from 'graphql';
import type { App } from '@mentorspace/server/dist/app.js';
import { hashSecret } from '@mentorspace/server/dist/auth/secrets.js';
import { globalId, idOfType } from '@mentorspace/server/dist/graphql/relay/node.js';
import { activitySentence } from '@mentorspace/server/dist/modules/goal-boards/activity.js';
import { OPEN_MENTORSHIP_STATUSES } from '@mentorspace/server/dist/modules/mentorships/mentorship.types.js';

// The board query's baseline: plain graphql-js `execute` with hand-written
// resolvers over plain SQL (the app's own knex, so the same pool, and its
// statements are counted like the app's), on a bare node:http server in the
// same process. It does what a careful hand-written server would: the bearer
// token looked up, the mentorship checked, and each list of the board read
// in one statement for the whole board.

const SDL = `
  interface Node { id: ID! }
  type Query { node(id: ID!): Node }
  type User implements Node { id: ID! displayName: String! }
  type Mentorship implements Node { id: ID! status: String! mentor: User! mentee: User! goalBoard: GoalBoard }
  type GoalBoard implements Node { id: ID! head: Int! lanes: [BoardLane!]! archivedGoals: [Goal!]! activity(first: Int = 20): [BoardActivity!]! }
  type BoardLane { id: ID! name: String! position: String! goals: [Goal!]! }
  type Goal implements Node {
    id: ID! title: String! description: String! whyItMatters: String! linkedSkills: [String!]! targetDate: String
    owner: User laneId: ID! position: String! version: Int! archivedAt: String progress: GoalProgress! milestones: [Milestone!]!
  }
  type GoalProgress { percent: Int! manual: Boolean! }
  type Milestone { id: ID! title: String! done: Boolean! dueOn: String position: String! }
  type BoardActivity { seq: Int! sentence: String! at: String! }
`;

type Row = Record<string, unknown>;
type Sql = (statement: string, bindings?: unknown[]) => Promise<Row[]>;
type Context = { sql: Sql; userUuid: string };
type UserValue = { __typename: 'User'; id: string; displayName: string };
type MilestoneValue = { id: string; title: string; done: boolean; dueOn: string | null; position: string };
type GoalValue = {
  __typename: 'Goal'; id: string; laneUuid: string; laneId: string; title: string; description: string; whyItMatters: string; linkedSkills: string[];
  targetDate: string | null; owner: UserValue | null; position: string; version: number; archivedAt: string | null;
  progressOverride: number | null; milestones: MilestoneValue[]; progress: { percent: number; manual: boolean };
};
type BoardValue = { __typename: 'GoalBoard'; id: string; uuid: string; stream: string; content(): Promise<BoardContent> };
type BoardContent = { goalsByLane: Map<string, GoalValue[]>; archived: GoalValue[] };

const byPosition = <T extends { position: string }>(a: T, b: T) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0);
const user = (uuid: string, displayName: string): UserValue => ({ __typename: 'User', id: globalId('User', uuid), displayName });
const day = (value: unknown) => (value == null ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const iso = (value: unknown) => (value == null ? null : new Date(value as string).toISOString());

/** Goals (live and archived) with owners and milestones: two statements for the whole board. */
async function boardContent(sql: Sql, boardUuid: string): Promise<BoardContent> {
  const [goals, milestones] = await Promise.all([
    sql(
      `select g.uuid, g.lane_uuid, g.position, g.title, g.description, g.why_it_matters, g.linked_skills, g.target_date, g.progress_override,
              g.version, g.archived_at, u.uuid as owner_uuid, u.display_name as owner_name
         from goals g left join users u on u.uuid = g.owner_uuid where g.board_uuid = ?`,
      [boardUuid],
    ),
    sql(`select m.uuid, m.goal_uuid, m.title, m.done, m.due_on, m.position from milestones m join goals g on g.uuid = m.goal_uuid where g.board_uuid = ?`, [boardUuid]),
  ]);
  const milestonesOf = new Map<string, MilestoneValue[]>();
  for (const m of milestones) {
    const list = milestonesOf.get(m.goal_uuid as string) ?? [];
    list.push({ id: globalId('Milestone', m.uuid as string), title: m.title as string, done: m.done as boolean, dueOn: day(m.due_on), position: m.position as string });
    milestonesOf.set(m.goal_uuid as string, list);
  }
  const goalsByLane = new Map<string, GoalValue[]>();
  const archived: GoalValue[] = [];
  for (const g of goals) {
    const own = (milestonesOf.get(g.uuid as string) ?? []).sort(byPosition);
    const override = g.progress_override as number | null;
    const done = own.filter((m) => m.done).length;
    const goal: GoalValue = {
      __typename: 'Goal',
      id: globalId('Goal', g.uuid as string),
      laneUuid: g.lane_uuid as string,
      laneId: globalId('BoardLane', g.lane_uuid as string),
      title: g.title as string,
      description: g.description as string,
      whyItMatters: g.why_it_matters as string,
      linkedSkills: g.linked_skills as string[],
      targetDate: day(g.target_date),
      owner: g.owner_uuid ? user(g.owner_uuid as string, g.owner_name as string) : null,
      position: g.position as string,
      version: g.version as number,
      archivedAt: iso(g.archived_at),
      progressOverride: override,
      milestones: own,
      progress: override !== null ? { percent: override, manual: true } : { percent: own.length ? Math.round((done / own.length) * 100) : 0, manual: false },
    };
    if (goal.archivedAt) {
      archived.push(goal);
    } else {
      const lane = goalsByLane.get(goal.laneUuid) ?? [];
      lane.push(goal);
      goalsByLane.set(goal.laneUuid, lane);
    }
  }
  for (const lane of goalsByLane.values()) lane.sort(byPosition);
  archived.sort((a, b) => (a.archivedAt! < b.archivedAt! ? 1 : a.archivedAt! > b.archivedAt! ? -1 : 0));
  return { goalsByLane, archived };
}

const head = async (sql: Sql, stream: string) => Number((await sql(`select last_seq from streams where id = ?`, [stream]))[0]?.last_seq ?? 0);

const resolvers: Record<string, Record<string, GraphQLFieldResolver<any, Context, any>>> = {
  Query: {
    async node(_root, { id }: { id: string }, { sql, userUuid }) {
      const uuid = idOfType(id, 'Mentorship');
      if (!uuid) return null;
      const [mentorship] = await sql(`select uuid, status, mentor_uuid, mentee_uuid from mentorships where uuid = ? and (mentor_uuid = ? or mentee_uuid = ?)`, [uuid, userUuid, userUuid]);
      return mentorship ? { __typename: 'Mentorship', id, ...mentorship } : null;
    },
  },
  Mentorship: {
    async mentor(m: Row, _args, { sql }) {
      const [row] = await sql(`select uuid, display_name from users where uuid = ?`, [m.mentor_uuid]);
      return user(row!.uuid as string, row!.display_name as string);
    },
    async mentee(m: Row, _args, { sql }) {
      const [row] = await sql(`select uuid, display_name from users where uuid = ?`, [m.mentee_uuid]);
      return user(row!.uuid as string, row!.display_name as string);
    },
    async goalBoard(m: Row, _args, { sql }): Promise<BoardValue | null> {
      if (!(OPEN_MENTORSHIP_STATUSES as string[]).includes(m.status as string)) return null;
      const [board] = await sql(`select uuid from goal_boards where mentorship_uuid = ?`, [m.uuid]);
      if (!board) return null;
      const uuid = board.uuid as string;
      let content: Promise<BoardContent> | undefined;
      return { __typename: 'GoalBoard', id: globalId('GoalBoard', uuid), uuid, stream: `board:${uuid}`, content: () => (content ??= boardContent(sql, uuid)) };
    },
  },
  GoalBoard: {
    head: (board: BoardValue, _args, { sql }) => head(sql, board.stream),
    async lanes(board: BoardValue, _args, { sql }) {
      const lanes = await sql(`select uuid, name, position from board_lanes where board_uuid = ?`, [board.uuid]);
      return lanes.map((lane) => ({ ...lane, id: globalId('BoardLane', lane.uuid as string), board })).sort(byPosition as never);
    },
    archivedGoals: async (board: BoardValue) => (await board.content()).archived,
    async activity(board: BoardValue, { first }: { first: number }, { sql }) {
      const count = Math.min(Math.max(first, 1), 50);
      const events = await sql(`select seq, type, payload, created_at from stream_events where stream_id = ? order by seq desc limit ?`, [board.stream, count]);
      return events.map((event) => ({
        seq: Number(event.seq),
        sentence: activitySentence({ type: event.type as string, payload: event.payload }),
        at: iso(event.created_at),
      }));
    },
  },
  BoardLane: {
    goals: async (lane: { uuid: string; board: BoardValue }) => (await lane.board.content()).goalsByLane.get(lane.uuid) ?? [],
  },
};

function buildBaselineSchema() {
  const schema = buildSchema(SDL);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const [fieldName, resolve] of Object.entries(fields)) type.getFields()[fieldName]!.resolve = resolve;
  }
  return schema;
}

/** Starts the baseline endpoint on a free port of 127.0.0.1; returns its URL (POST /graphql). */
export async function startPlainBoard(app: App): Promise<string> {
  const schema = buildBaselineSchema();
  const knex = app.orm.em.getConnection().getKnex();
  const sql: Sql = async (statement, bindings = []) => (await knex.raw(statement, bindings as never[])).rows as Row[];
  // Parsed and validated documents by text, as Apollo caches them.
  const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
  const documentFor = (query: string) => {
    let document = documents.get(query);
    if (!document) {
      const parsed = parse(query);
      const errors = validate(schema, parsed);
      document = errors.length ? errors : parsed;
      documents.set(query, document);
    }
    return document;
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const answer = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      try {
        const { query, variables, operationName } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
        const [token] = bearer
          ? await sql(`select user_uuid, expires_at from personal_access_tokens where secret_hash = ? and revoked_at is null`, [hashSecret(bearer)])
          : [];
        if (!token || (token.expires_at && new Date(token.expires_at as string) <= new Date())) return answer(401, { errors: [{ message: 'Unauthenticated' }] });
        const document = documentFor(query);
        if (!('kind' in document)) return answer(400, { errors: document });
        const result = await execute({ schema, document, variableValues: variables, operationName, contextValue: { sql, userUuid: token.user_uuid as string } satisfies Context });
        answer(200, result);
      } catch (error) {
        answer(500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] });
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}
