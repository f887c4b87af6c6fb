import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInterfaceType } from 'graphql';
import type { App } from '../app.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestApp } from '../testing/test-app.js';
import { signUpPerson, TestClient, tokenClient } from '../testing/graphql-client.js';
import { createMentor, matchPair, PROPOSE, sendRequest, TERMS } from '../testing/mentoring.js';
import { createSchema } from './schema.js';
import { nodeLoaders } from './node-loaders.js';

// The stranger test: someone signs in (or holds a token of their own, or no
// credentials at all) and tries to read and change every kind of object
// another person owns, by id. They get nothing, and nothing changes.

let database: TestDatabase;
let app: App;
let owner: TestClient;
let strangers: Record<string, TestClient>;
/** One id of every Node type, owned by `owner`. */
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  app = await startTestApp({ databaseUrl: database.url });
  const created = await signUpPerson(app, 'Owner');
  owner = created.client;
  ids.User = created.userId;
  const { updateMentorProfile } = await owner.data(
    `mutation { updateMentorProfile(input: { headline: "Private", visibility: HIDDEN }) { mentorProfile { id } } }`,
  );
  ids.MentorProfile = updateMentorProfile.mentorProfile.id;
  const { updateNeedsAssessment } = await owner.data(
    `mutation { updateNeedsAssessment(input: { supportKinds: [ENCOURAGEMENT] }) { needsAssessment { id } } }`,
  );
  ids.NeedsAssessment = updateNeedsAssessment.needsAssessment.id;
  ids.PersonalAccessToken = (await tokenClient(owner, ['PROFILE_READ'])).tokenId;
  const { viewer } = await owner.data(`{ viewer { sessions(first: 1) { nodes { id } } } }`);
  ids.AuthSession = viewer.sessions.nodes[0].id;

  // The owner as a mentee: an open request to one mentor, a mentorship with another.
  await owner.data(`mutation { completeOnboarding(input: { asMentor: true, asMentee: true }) { userErrors { code } } }`);
  const ownerAsMentee = { ...created, client: owner };
  ids.MentorshipRequest = (await sendRequest(ownerAsMentee, await createMentor(app, 'Asked'))).id;
  ids.Mentorship = await matchPair(ownerAsMentee, await createMentor(app, 'Matched'));
  const { proposeAgreement } = await owner.data(PROPOSE, { input: { mentorshipId: ids.Mentorship, terms: TERMS } });
  ids.AgreementVersion = proposeAgreement.agreementVersion.id;

  const stranger = (await signUpPerson(app, 'Stranger')).client;
  const allScopes = ['PROFILE_READ', 'PROFILE_WRITE', 'MENTORSHIPS_READ', 'MENTORSHIPS_WRITE', 'SESSIONS_READ', 'SESSIONS_WRITE', 'PROGRAMS_ADMIN'];
  strangers = {
    'a signed-in stranger': stranger,
    "a stranger's token with every scope": (await tokenClient(stranger, allScopes)).client,
    'an anonymous caller': new TestClient(app.url),
  };
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

describe('a stranger', () => {
  it('covers every Node type in the schema, each with a loader', async () => {
    const schema = await createSchema();
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('no Node interface');
    const nodeTypes = schema.getImplementations(node).objects.map((type) => type.name).sort();
    expect(Object.keys(ids).sort()).toEqual(nodeTypes);
    expect(Object.keys(nodeLoaders).sort()).toEqual(nodeTypes);
  });

  it('can read none of them by id, one at a time or together', async () => {
    for (const [who, client] of Object.entries(strangers)) {
      for (const [type, id] of Object.entries(ids)) {
        const { node } = await client.data(`query($id: ID!) { node(id: $id) { id __typename } }`, { id });
        expect(node, `${who} reading a ${type}`).toBeNull();
      }
      const { nodes } = await client.data(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Object.values(ids) });
      expect(nodes, who).toEqual(Object.values(ids).map(() => null));
    }
  });

  it("sees no private field of the owner's, even where the owner is visible", async () => {
    await owner.data(`mutation { updateMentorProfile(input: { visibility: PUBLIC }) { userErrors { code } } }`);
    try {
      for (const [who, client] of Object.entries(strangers)) {
        const { node } = await client.data(
          `query($id: ID!) { node(id: $id) { ... on User { displayName email emailVerified needsAssessment { id } sessions(first: 1) { totalCount } personalAccessTokens(first: 1) { totalCount } } } }`,
          { id: ids.User },
        );
        expect(node, who).toEqual({
          displayName: 'Owner',
          email: null,
          emailVerified: null,
          needsAssessment: null,
          sessions: null,
          personalAccessTokens: null,
        });
      }
    } finally {
      await owner.data(`mutation { updateMentorProfile(input: { visibility: HIDDEN }) { userErrors { code } } }`);
    }
  });

  it('can change none of them by id', async () => {
    const stranger = strangers['a signed-in stranger']!;
    const revokeSession = await stranger.data(`mutation($input: RevokeSessionInput!) { revokeSession(input: $input) { ok userErrors { code } } }`, {
      input: { sessionId: ids.AuthSession },
    });
    expect(revokeSession.revokeSession).toEqual({ ok: false, userErrors: [{ code: 'NOT_FOUND' }] });
    const revokeToken = await stranger.data(
      `mutation($input: RevokePersonalAccessTokenInput!) { revokePersonalAccessToken(input: $input) { ok userErrors { code } } }`,
      { input: { tokenId: ids.PersonalAccessToken } },
    );
    expect(revokeToken.revokePersonalAccessToken).toEqual({ ok: false, userErrors: [{ code: 'NOT_FOUND' }] });

    for (const [mutation, input] of [
      ['acceptMentorshipRequest(input: { requestId: $id })', {}],
      ['withdrawMentorshipRequest(input: { requestId: $id })', {}],
      ['declineMentorshipRequest(input: { requestId: $id, reason: "no" })', {}],
    ] as const) {
      const result = await stranger.data(`mutation($id: ID!) { ${mutation} { request { id } userErrors { code } } }`, { id: ids.MentorshipRequest, ...input });
      expect(Object.values(result)[0], mutation).toEqual({ request: null, userErrors: [{ code: 'NOT_FOUND' }] });
    }
    const cancel = await stranger.data(`mutation($id: ID!) { cancelMentorship(input: { mentorshipId: $id, reason: "mine now" }) { userErrors { code } } }`, {
      id: ids.Mentorship,
    });
    expect(cancel.cancelMentorship.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const propose = await stranger.data(PROPOSE, { input: { mentorshipId: ids.Mentorship, terms: TERMS } });
    expect(propose.proposeAgreement.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const acknowledge = await stranger.data(`mutation($id: ID!) { acknowledgeAgreement(input: { mentorshipId: $id, version: 1 }) { userErrors { code } } }`, {
      id: ids.Mentorship,
    });
    expect(acknowledge.acknowledgeAgreement.userErrors).toEqual([{ code: 'NOT_FOUND' }]);

    const { viewer } = await owner.data(`{ viewer {
      sessions(first: 5) { totalCount } personalAccessTokens(first: 5) { totalCount }
      mentorshipRequests(direction: SENT, openOnly: true) { totalCount }
      mentorships { nodes { status latestAgreement { version acknowledgedBy { displayName } } } }
    } }`);
    expect(viewer).toEqual({
      sessions: { totalCount: 1 },
      personalAccessTokens: { totalCount: 1 },
      mentorshipRequests: { totalCount: 1 },
      mentorships: { nodes: [{ status: 'PENDING_AGREEMENT', latestAgreement: { version: 1, acknowledgedBy: [{ displayName: 'Owner' }] } }] },
    });
  });

  it('gets null, not an error, for malformed or foreign ids', async () => {
    const client = strangers['a signed-in stranger']!;
    for (const id of ['', 'garbage', Buffer.from('User:not-a-uuid').toString('base64'), Buffer.from('Nope:0e53ddb9-49a2-4be2-8e40-4efb50341ccd').toString('base64')]) {
      expect((await client.data(`query($id: ID!) { node(id: $id) { id } }`, { id })).node).toBeNull();
    }
  });
});
