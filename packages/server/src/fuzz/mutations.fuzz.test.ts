import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../graphql/schema.js';
import { useTestApp } from '../testing/test-app.js';
import { TEST_REDIS_URL } from '../testing/services.js';
import { STRONG_PASSWORD, type GraphQLResponse } from '../testing/graphql-client.js';
import { createMentee } from '../testing/mentoring.js';
import { startLivePair, type LivePair } from '../testing/live-pair.js';
import { DatabaseFingerprint } from '../testing/db-fingerprint.js';
import { idsIn, inputArbitrary, selectionFor, type IdPool } from '../testing/graphql-arbitraries.js';

// Every mutation in the schema (read from it, so a new one is covered without
// a change here) gets generated input: the right shape, hostile values, ids
// of the caller's things, of a stranger's and of nothing. Sent by a signed-in
// mentor or mentee with a live session, a board and more. Whatever comes in:
// no INTERNAL error, the server keeps answering, and a refused mutation
// (userErrors, or a GraphQL error) leaves every table as it was.
//
// FUZZ_RUNS (default 10) runs per mutation; FUZZ_SEED replays a failure (the
// seed is printed with it) or, set to `random`, explores; FUZZ_SHRINK=1 shrinks a failure to its smallest input.

const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
// A fixed seed keeps CI deterministic; FUZZ_SEED=random explores new inputs.
const SEED = process.env.FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? 20261126);
const SHRINK = process.env.FUZZ_SHRINK === '1';

/** Tables any request may touch: browser sessions slide their expiry and last use. */
const CHANGE_ON_ANY_REQUEST = ['auth_sessions'];

const server = useTestApp({
  redisUrl: TEST_REDIS_URL,
  // The fuzzer sends thousands of requests: budgets are not what it tests.
  env: { RATE_LIMIT_RESTORE_RATE: '1000000', RATE_LIMIT_BURST: '10000000' },
});
let fingerprint: DatabaseFingerprint;
let home: LivePair;
const pool: IdPool = { own: [], others: [] };

/** Runs a mutation during setup and keeps the ids it returns. */
async function setUp(pair: LivePair, who: 'mentor' | 'mentee', query: string, variables: Record<string, unknown>, ids: string[]): Promise<any> {
  const response = await pair[who].client.request(query, variables);
  if (response.errors?.length) throw new Error(`setup failed: ${JSON.stringify(response.errors)}`);
  ids.push(...idsIn(response.data));
  return response.data;
}

/** A pair with something of most kinds: messages, goals, milestones, an action item, a meeting, a program, a pending request, a token. */
async function pairWithData(ids: string[]): Promise<LivePair> {
  const pair = await startLivePair(server.app, server.app);
  ids.push(...idsIn(pair), pair.mentor.userId, pair.mentee.userId);
  const message = await setUp(pair, 'mentee', `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`,
    { input: { sessionId: pair.sessionId, body: 'Hello there', clientMutationId: randomUUID() } }, ids);
  await setUp(pair, 'mentor', `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`,
    { input: { sessionId: pair.sessionId, body: 'Hi!', replyToId: message.sendMessage.message.id, clientMutationId: randomUUID() } }, ids);
  const goal = await setUp(pair, 'mentee', `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } } }`,
    { input: { boardId: pair.boardId, laneId: pair.laneIds[0], title: 'Speak up', clientMutationId: randomUUID() } }, ids);
  await setUp(pair, 'mentor', `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { milestone { id } } }`,
    { input: { goalId: goal.createGoal.goal.id, title: 'Once a week' } }, ids);
  await setUp(pair, 'mentor', `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { actionItem { id } } }`,
    { input: { sessionId: pair.sessionId, title: 'Draft the agenda' } }, ids);
  await setUp(pair, 'mentor', `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`,
    { input: { mentorshipId: pair.mentorshipId, title: 'Check-in', localStart: '2027-02-02T18:00', timeZone: 'Europe/Lisbon', durationMinutes: 45, recurrence: 'FREQ=WEEKLY;COUNT=4' } }, ids);
  const organization = await setUp(pair, 'mentor', `mutation { createOrganization(input: { name: "Acme" }) { organization { id } } }`, {}, ids);
  await setUp(pair, 'mentor', `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id cohorts { id } enrollmentQuestions { id } } } }`,
    { input: { organizationId: organization.createOrganization.organization.id, name: 'Spring', startsOn: '2027-03-01', endsOn: '2027-06-01', cohorts: [{ name: 'A', startsOn: '2027-03-01' }] } }, ids);
  await setUp(pair, 'mentee', `mutation($input: CreatePersonalAccessTokenInput!) { createPersonalAccessToken(input: $input) { token { id } } }`,
    { input: { name: 'bot', scopes: ['PROFILE_READ'] } }, ids);
  // Someone else asks the mentor: a pending request.
  const other = await createMentee(server.app, 'Asker');
  const request = await other.client.data(`mutation($input: SendMentorshipRequestInput!) { sendMentorshipRequest(input: $input) { request { id } } }`,
    { input: { mentorId: pair.mentor.userId, message: 'Could you help me prepare a talk? I have two months.', clientMutationId: randomUUID() } });
  ids.push(...idsIn(request));
  return pair;
}

beforeAll(async () => {
  home = await pairWithData(pool.own);
  await pairWithData(pool.others);
  pool.own = [...new Set(pool.own)];
  pool.others = [...new Set(pool.others)].filter((id) => !pool.own.includes(id));
  fingerprint = await DatabaseFingerprint.open(server.database.url, CHANGE_ON_ANY_REQUEST);
  console.info(`mutation fuzz: seed ${SEED}, ${RUNS} runs per mutation (FUZZ_SEED, FUZZ_RUNS)`);
}, 120_000);
afterAll(async () => {
  await fingerprint?.close();
});

/** After each run: the server still answers, and the actor is still signed in as themselves (a run may have signed them out or in as someone new). */
async function stillThemselves(who: 'mentor' | 'mentee'): Promise<boolean> {
  const person = home[who];
  const { data } = await person.client.request<{ viewer: { id: string } | null }>('{ viewer { id } }');
  if (data?.viewer?.id === person.userId) return true;
  const signIn = await person.client.request(`mutation($input: SignInInput!) { signIn(input: $input) { userErrors { code } } }`, {
    input: { email: person.email, password: STRONG_PASSWORD },
  });
  expect(signIn.data?.signIn.userErrors, `${who} could not sign in again`).toEqual([]);
  return false;
}

const internal = (response: GraphQLResponse) =>
  (response.errors ?? []).filter((error) => ['INTERNAL', 'INTERNAL_SERVER_ERROR'].includes(String(error.extensions?.code)));

/** Mutations that end things run last, so the others meet a live mentorship. */
const ENDS_THINGS = /^(cancel|complete|pause|decline|withdraw|delete|revoke|signOut|archive)/;

const schema = await createSchema();
const mutations = (Object.values(schema.getMutationType()!.getFields()) as GraphQLField<unknown, unknown>[]).sort(
  (x, y) => Number(ENDS_THINGS.test(x.name)) - Number(ENDS_THINGS.test(y.name)) || x.name.localeCompare(y.name),
);

describe('every mutation, fuzzed', () => {
  it('covers the schema', () => {
    expect(mutations.length).toBeGreaterThan(50);
  });

  for (const [index, mutation] of mutations.entries()) {
    it(`${mutation.name}: no INTERNAL error, no partial write`, { timeout: 120_000 }, async () => {
      const variables = mutation.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
      const args = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const selection = selectionFor(mutation.type, 3);
      const document = `mutation Fuzz${variables ? `(${variables})` : ''} { ${mutation.name}${args ? `(${args})` : ''} ${selection ?? ''} }`;
      const inputs = fc.record(Object.fromEntries(mutation.args.map((arg) => [arg.name, inputArbitrary(arg.type, pool, arg.name)])));
      let current = await fingerprint.take();

      await fc.assert(
        fc.asyncProperty(inputs, fc.constantFrom('mentor' as const, 'mentee' as const), async (input, who) => {
          const response = await home[who].client.request(document, input);
          expect(internal(response), 'an INTERNAL error').toEqual([]);
          expect(response.status).toBeLessThan(500);
          const limited = (response.errors ?? []).filter((error) => /^(QUERY_TOO_|TOO_MANY_)/.test(String(error.extensions?.code)));
          expect(limited, 'the generated document itself must pass the query limits').toEqual([]);
          const payload = response.data?.[mutation.name] as { userErrors?: unknown[] } | null | undefined;
          const refused = !payload || (payload.userErrors?.length ?? 0) > 0;
          const after = await fingerprint.take();
          if (refused) expect(DatabaseFingerprint.changed(current, after), `refused, yet wrote: ${JSON.stringify(payload?.userErrors ?? response.errors)}`).toEqual([]);
          current = after;
          // A refused mutation changed nothing, sessions included; one that went through may have signed them out or in as someone new.
          if (!refused && !(await stillThemselves(who))) current = await fingerprint.take(); // signing in again wrote a session
        }),
        { numRuns: RUNS, seed: SEED + index, endOnFailure: !SHRINK },
      );
    });
  }

  it('leaves a server that still serves everyone', async () => {
    for (const who of ['mentor', 'mentee'] as const) await stillThemselves(who);
    const { data } = await home.mentee.client.request('{ serverInfo { instanceId } }');
    expect(data?.serverInfo.instanceId).toBeTruthy();
  });
});
