import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { User } from '@mentorspace/server/dist/modules/accounts/user.entity.js';
import { createScratchDatabase } from '@mentorspace/server/testing/services';
import { Instance } from '../../instances.js';
import { Population, type Pair } from '../../population.js';
import type { Progress } from '../../progress.js';

/** The population's shared password (see population.ts). */
const PASSWORD = 'bench-password-not-used';
export const SEEDED_MESSAGES = 20;
export const LAST_SEEDED_MESSAGE = `Seeded message ${SEEDED_MESSAGES}: the room's history is loaded.`;
export const BASELINE_PAGE = 'bench-baseline.html';

/**
 * The smallest page that is "usable" the way the room is (an editable text
 * field), served by the same instance from the same folder as the app: its
 * load time is what the browser, the loopback and Express cost on their own.
 */
const BASELINE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8"><title>Baseline</title></head>
<body><main><h1>Baseline</h1><label>Message <textarea name="message"></textarea></label></main></body></html>
`;

export type RoomFixture = {
  instance: Instance;
  pair: Pair;
  /** The mentor's session cookie, as after signing in through the UI. */
  cookie: { name: string; value: string };
  close(): Promise<void>;
};

const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { userErrors { code message } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { userErrors { code message } } }`;

async function graphql(url: string, query: string, variables: object, headers: Record<string, string> = {}): Promise<Response> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.clone().json()) as { errors?: unknown[]; data?: Record<string, { userErrors: unknown[] }> };
  const userErrors = Object.values(body.data ?? {}).flatMap((payload) => payload?.userErrors ?? []);
  if (body.errors?.length || userErrors.length) throw new Error(`${query.slice(0, 40)}… failed: ${JSON.stringify(body.errors ?? userErrors)}`);
  return response;
}

/**
 * One instance serving a copy of the built web app (plus the baseline page),
 * a mentor and mentee who finished onboarding, and their live session with a
 * history of messages the room must show before it counts as usable.
 */
export async function openRoomFixture(webDist: string, progress: Progress): Promise<RoomFixture> {
  const database = await createScratchDatabase('bench');
  const served = await mkdtemp(join(tmpdir(), 'mentorspace-bench-web-'));
  let instance: Instance | undefined;
  try {
    await cp(webDist, served, { recursive: true });
    await writeFile(join(served, BASELINE_PAGE), BASELINE_HTML);

    progress.update('filling the database');
    const population = await Population.open(database.url, { migrate: true });
    const pair = await population.pair(0);
    const em = population.database.orm.em.fork();
    // Pages under /sessions need an onboarded viewer; the population's accounts skip onboarding.
    await em.nativeUpdate(User, { uuid: { $in: [pair.mentor.userUuid, pair.mentee.userUuid] } }, { onboardedAt: new Date(), isMentor: true, isMentee: true });
    const mentor = await em.findOneOrFail(User, { uuid: pair.mentor.userUuid });
    await population.close();

    progress.update('starting the instance');
    instance = await Instance.start({ name: 'web', databaseUrl: database.url, env: { WEB_DIST: served } });

    progress.update('seeding the room');
    for (let n = 1; n <= SEEDED_MESSAGES; n++) {
      const author = n % 2 ? pair.mentee : pair.mentor;
      const body = n === SEEDED_MESSAGES ? LAST_SEEDED_MESSAGE : `Seeded message ${n}: something worth talking about.`;
      await graphql(instance.url, SEND, { input: { sessionId: pair.sessionId, body, clientMutationId: `bench-seed-${n}` } }, { authorization: `Bearer ${author.token}` });
    }

    const signedIn = await graphql(instance.url, SIGN_IN, { input: { email: mentor.email, password: PASSWORD } });
    const setCookie = signedIn.headers.getSetCookie()[0];
    const [name, ...value] = (setCookie?.split(';')[0] ?? '').split('=');
    if (!name || !value.length) throw new Error('signIn set no session cookie');
    const cookie = { name, value: value.join('=') };

    const running = instance;
    return {
      instance: running,
      pair,
      cookie,
      close: async () => {
        await running.stop();
        await rm(served, { recursive: true, force: true });
        await database.drop();
      },
    };
  } catch (error) {
    await instance?.stop();
    await rm(served, { recursive: true, force: true });
    await database.drop();
    throw error;
  }
}
