import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMentee, createMentor, matchPair } from '@mentorspace/server/testing/mentoring';
import { startCluster, type Cluster } from '../harness/cluster.js';

const run = promisify(execFile);
const EXAMPLES = fileURLToPath(new URL('../../docs/examples/', import.meta.url));

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster();
});
afterAll(async () => {
  await cluster?.close();
});

// The examples docs/api.md points to, run as a reader would run them, against a real server.
describe('the API examples in docs/examples', () => {
  it('quickstart.sh signs up, makes a token and calls the API with it', async () => {
    const { stdout } = await run('bash', [`${EXAMPLES}quickstart.sh`], { env: { ...process.env, MENTORSPACE_URL: cluster.a.url } });
    const token = /^export MENTORSPACE_TOKEN=(mst_\S+)$/m.exec(stdout)?.[1];
    expect(token).toBeDefined();
    expect(stdout).toContain('"displayName":"Ana"');
    expect(stdout).toMatch(/"requestedQueryCost":\d+/);
    expect(stdout).not.toContain('"errors"');
    // The token it printed works.
    const response = await fetch(`${cluster.b.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { displayName } }' }),
    });
    expect((await response.json()).data.viewer.displayName).toBe('Ana');
  });

  it('notifications.mjs replays what came after a seq, each once, in order', async () => {
    const mentor = await createMentor({ url: cluster.a.url });
    const mentee = await createMentee({ url: cluster.a.url });
    await matchPair(mentee, mentor);
    const { createPersonalAccessToken } = await mentee.client.data(
      `mutation { createPersonalAccessToken(input: { name: "Example", scopes: [PROFILE_READ] }) { secret } }`,
    );
    const { viewer } = await mentee.client.data(`{ viewer { notifications(first: 50) { nodes { seq type } } } }`);
    const history = [...viewer.notifications.nodes].reverse(); // oldest first
    expect(history.length).toBeGreaterThanOrEqual(2);

    const { stdout } = await run('node', [`${EXAMPLES}notifications.mjs`], {
      cwd: EXAMPLES,
      timeout: 30_000,
      env: { ...process.env, MENTORSPACE_URL: cluster.b.url, MENTORSPACE_TOKEN: createPersonalAccessToken.secret, AFTER: '1', STOP_AFTER: String(history.length - 1) },
    });
    const events = stdout.trim().split('\n').map((line) => JSON.parse(line) as { seq: number; type: string });
    expect(events.map((e) => [e.seq, e.type])).toEqual(history.slice(1).map((n: { seq: number; type: string }) => [n.seq, n.type]));
  });
});
