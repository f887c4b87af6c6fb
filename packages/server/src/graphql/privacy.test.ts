import { beforeAll, describe, expect, it } from 'vitest';
import { isInterfaceType } from 'graphql';
import { useTestApp } from '../testing/test-app.js';
import { signUpPerson, TestClient, tokenClient } from '../testing/graphql-client.js';
import { createMentor, matchPair, PROPOSE, sendRequest, TERMS } from '../testing/mentoring.js';
import { createSchema } from './schema.js';
import { nodeLoaders } from './node-loaders.js';

const server = useTestApp();
let owner: TestClient;
let strangers: Record<string, TestClient>;
/** Listed for every signed-in member by design (people find them to enrol); their admin fields are not. */
const LISTED_FOR_MEMBERS = new Set(['Organization', 'Program']);
/** One id of every Node type, owned by `owner`. */
const ids: Record<string, string> = {};
/** More of the owner's things: a lane of their board, and a resource shared in their program rather than a mentorship. */
const more: Record<'lane' | 'programResource', string> = { lane: '', programResource: '' };

beforeAll(async () => {
  const created = await signUpPerson(server.app, 'Owner');
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
  ids.MentorshipRequest = (await sendRequest(ownerAsMentee, await createMentor(server.app, 'Asked'))).id;
  ids.Mentorship = await matchPair(ownerAsMentee, await createMentor(server.app, 'Matched'));
  const { proposeAgreement } = await owner.data(PROPOSE, { input: { mentorshipId: ids.Mentorship, terms: TERMS } });
  ids.AgreementVersion = proposeAgreement.agreementVersion.id;

  // A live room in that mentorship, with a message and an action item.
  const { startLiveSession } = await owner.data(`mutation($m: ID!) { startLiveSession(input: { mentorshipId: $m, title: "Private talk" }) { session { id } } }`, {
    m: ids.Mentorship,
  });
  ids.LiveSession = startLiveSession.session.id;
  const { sendMessage } = await owner.data(
    `mutation($s: ID!) { sendMessage(input: { sessionId: $s, body: "Just between us", clientMutationId: "privacy-1" }) { message { id } } }`,
    { s: ids.LiveSession },
  );
  ids.Message = sendMessage.message.id;
  const { createActionItem } = await owner.data(`mutation($s: ID!) { createActionItem(input: { sessionId: $s, title: "Private task" }) { actionItem { id } } }`, {
    s: ids.LiveSession,
  });
  ids.ActionItem = createActionItem.actionItem.id;

  const { scheduleMeeting } = await owner.data(
    `mutation($m: ID!) { scheduleMeeting(input: { mentorshipId: $m, title: "Private check-in", localStart: "2027-02-02T18:00", timeZone: "UTC", durationMinutes: 30 }) { meeting { id } } }`,
    { m: ids.Mentorship },
  );
  ids.Meeting = scheduleMeeting.meeting.id;

  const { node: mentorship } = await owner.data(`query($m: ID!) { node(id: $m) { ... on Mentorship { goalBoard { id lanes { id } } } } }`, { m: ids.Mentorship });
  ids.GoalBoard = mentorship.goalBoard.id;
  const { createGoal } = await owner.data(
    `mutation($b: ID!, $l: ID!) { createGoal(input: { boardId: $b, laneId: $l, title: "Private goal", clientMutationId: "privacy-goal" }) { goal { id } } }`,
    { b: ids.GoalBoard, l: mentorship.goalBoard.lanes[0].id },
  );
  ids.Goal = createGoal.goal.id;
  more.lane = mentorship.goalBoard.lanes[0].id;

  const { writeReflection } = await owner.data(`mutation($m: ID!) { writeReflection(input: { mentorshipId: $m, body: "Private thought", shared: true }) { reflection { id } } }`, {
    m: ids.Mentorship,
  });
  ids.Reflection = writeReflection.reflection.id;
  const { giveFeedback } = await owner.data(
    `mutation($m: ID!) { giveFeedback(input: { mentorshipId: $m, context: GENERAL, ratings: { helpfulness: 3, clarity: 3, preparation: 3, listening: 3 } }) { feedback { id } } }`,
    { m: ids.Mentorship },
  );
  ids.Feedback = giveFeedback.feedback.id;
  const { shareResource } = await owner.data(`mutation($m: ID!) { shareResource(input: { mentorshipId: $m, title: "Private book", kind: BOOK }) { resource { id } } }`, {
    m: ids.Mentorship,
  });
  ids.Resource = shareResource.resource.id;
  const { writeProgressReview } = await owner.data(`mutation($m: ID!) { writeProgressReview(input: { mentorshipId: $m, rating: 3 }) { review { id } } }`, { m: ids.Mentorship });
  ids.ProgressReview = writeProgressReview.review.id;

  // The owner as a program admin, enrolled in their own program.
  const { createOrganization } = await owner.data(`mutation { createOrganization(input: { name: "Owner Org" }) { organization { id } } }`);
  ids.Organization = createOrganization.organization.id;
  const { createProgram } = await owner.data(
    `mutation($org: ID!) { createProgram(input: { organizationId: $org, name: "Pilot", startsOn: "2027-01-01", endsOn: "2027-06-30" }) { program { id } } }`,
    { org: ids.Organization },
  );
  ids.Program = createProgram.program.id;
  const { enrollInProgram } = await owner.data(`mutation($p: ID!) { enrollInProgram(input: { programId: $p, role: MENTEE }) { enrollment { id } } }`, {
    p: ids.Program,
  });
  ids.Enrollment = enrollInProgram.enrollment.id;
  const { shareResource: programResource } = await owner.data(
    `mutation($p: ID!) { shareResource(input: { programId: $p, title: "Program handbook", kind: ARTICLE }) { resource { id } } }`,
    { p: ids.Program },
  );
  more.programResource = programResource.resource.id;

  // A webhook endpoint with one delivery in its log.
  const { createWebhookEndpoint } = await owner.data(
    `mutation { createWebhookEndpoint(input: { url: "https://example.com/private-hook", events: [REQUEST_RECEIVED] }) { endpoint { id } } }`,
  );
  ids.WebhookEndpoint = createWebhookEndpoint.endpoint.id;
  const { sendTestWebhook } = await owner.data(`mutation($e: ID!) { sendTestWebhook(input: { endpointId: $e }) { delivery { id } } }`, { e: ids.WebhookEndpoint });
  ids.WebhookDelivery = sendTestWebhook.delivery.id;

  const stranger = (await signUpPerson(server.app, 'Stranger')).client;
  const allScopes = ['PROFILE_READ', 'PROFILE_WRITE', 'MENTORSHIPS_READ', 'MENTORSHIPS_WRITE', 'SESSIONS_READ', 'SESSIONS_WRITE', 'PROGRAMS_ADMIN', 'WEBHOOKS_READ', 'WEBHOOKS_WRITE'];
  strangers = {
    'a signed-in stranger': stranger,
    "a stranger's token with every scope": (await tokenClient(stranger, allScopes)).client,
    'an anonymous caller': new TestClient(server.app.url),
  };
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
    const privateIds = [...Object.entries(ids).filter(([type]) => !LISTED_FOR_MEMBERS.has(type)), ['Resource in a program', more.programResource] as const];
    for (const [who, client] of Object.entries(strangers)) {
      for (const [type, id] of privateIds) {
        const { node } = await client.data(`query($id: ID!) { node(id: $id) { id __typename } }`, { id });
        expect(node, `${who} reading a ${type}`).toBeNull();
      }
      const { nodes } = await client.data(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: privateIds.map(([, id]) => id) });
      expect(nodes, who).toEqual(privateIds.map(() => null));
    }
  });

  it('sees organisations and programs only when signed in, and none of their admin fields', async () => {
    const anonymous = strangers['an anonymous caller']!;
    for (const type of LISTED_FOR_MEMBERS) {
      expect((await anonymous.data(`query($id: ID!) { node(id: $id) { id } }`, { id: ids[type] })).node, type).toBeNull();
    }
    for (const [who, client] of Object.entries(strangers).filter(([who]) => who !== 'an anonymous caller')) {
      const { node: organization } = await client.data(`query($id: ID!) { node(id: $id) { ... on Organization { name viewerIsAdmin webhookEndpoints { totalCount } } } }`, {
        id: ids.Organization,
      });
      expect(organization, who).toEqual({ name: 'Owner Org', viewerIsAdmin: false, webhookEndpoints: null });
      const { node: program } = await client.data(
        `query($id: ID!) { node(id: $id) { ... on Program { name enrollments { totalCount } suggestedPairs { score } viewerEnrollments { id } resources { id } insights { activeMentorships csv } } } }`,
        { id: ids.Program },
      );
      expect(program, who).toEqual({ name: 'Pilot', enrollments: null, suggestedPairs: null, viewerEnrollments: [], resources: null, insights: null });
    }
  });

  it("sees no private field of the owner's, even where the owner is visible", async () => {
    await owner.data(`mutation { updateMentorProfile(input: { visibility: PUBLIC }) { userErrors { code } } }`);
    try {
      for (const [who, client] of Object.entries(strangers)) {
        const { node } = await client.data(
          `query($id: ID!) { node(id: $id) { ... on User { displayName email emailVerified needsAssessment { id } sessions(first: 1) { totalCount } personalAccessTokens(first: 1) { totalCount } webhookEndpoints(first: 1) { totalCount } nudgeSettings { email } } } }`,
          { id: ids.User },
        );
        expect(node, who).toEqual({
          displayName: 'Owner',
          email: null,
          emailVerified: null,
          needsAssessment: null,
          sessions: null,
          personalAccessTokens: null,
          webhookEndpoints: null,
          nudgeSettings: null,
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
    const chat = await stranger.data(
      `mutation($s: ID!) { sendMessage(input: { sessionId: $s, body: "hi", clientMutationId: "x" }) { message { id } userErrors { code } } }`,
      { s: ids.LiveSession },
    );
    expect(chat.sendMessage).toEqual({ message: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const edit = await stranger.data(`mutation($m: ID!) { editMessage(input: { messageId: $m, body: "mine" }) { userErrors { code } } }`, { m: ids.Message });
    expect(edit.editMessage.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const react = await stranger.data(`mutation($m: ID!) { reactToMessage(input: { messageId: $m, emoji: "👀" }) { userErrors { code } } }`, { m: ids.Message });
    expect(react.reactToMessage.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const notes = await stranger.data(`mutation($s: ID!) { updateSessionNotes(input: { sessionId: $s, notes: "mine", expectedVersion: 0 }) { userErrors { code } } }`, {
      s: ids.LiveSession,
    });
    expect(notes.updateSessionNotes.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const item = await stranger.data(`mutation($a: ID!) { updateActionItem(input: { actionItemId: $a, done: true }) { userErrors { code } } }`, { a: ids.ActionItem });
    expect(item.updateActionItem.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const cancelMeeting = await stranger.data(`mutation($m: ID!) { cancelMeeting(input: { meetingId: $m }) { userErrors { code } } }`, { m: ids.Meeting });
    expect(cancelMeeting.cancelMeeting.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const updateGoal = await stranger.data(`mutation($g: ID!) { updateGoal(input: { id: $g, expectedVersion: 1, title: "Mine" }) { userErrors { code } } }`, { g: ids.Goal });
    expect(updateGoal.updateGoal.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const moveGoal = await stranger.data(`mutation($g: ID!) { moveGoal(input: { id: $g, laneId: $g }) { userErrors { code } } }`, { g: ids.Goal });
    expect(moveGoal.moveGoal.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const moveLane = await stranger.data(`mutation($l: ID!) { moveLane(input: { laneId: $l }) { lane { id } userErrors { code } } }`, { l: more.lane });
    expect(moveLane.moveLane).toEqual({ lane: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const signal = await stranger.data(`mutation($b: ID!, $g: ID!) { signalBoardActivity(input: { boardId: $b, goalId: $g, editing: true }) { ok userErrors { code } } }`, {
      b: ids.GoalBoard,
      g: ids.Goal,
    });
    expect(signal.signalBoardActivity).toEqual({ ok: false, userErrors: [{ code: 'NOT_FOUND' }] });
    const convert = await stranger.data(
      `mutation($a: ID!, $g: ID!) { convertActionItemToMilestone(input: { actionItemId: $a, goalId: $g }) { milestone { id } userErrors { code } } }`,
      { a: ids.ActionItem, g: ids.Goal },
    );
    expect(convert.convertActionItemToMilestone).toEqual({ milestone: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const share = await stranger.data(`mutation($p: ID!) { shareResource(input: { programId: $p, title: "Mine", kind: BOOK }) { resource { id } userErrors { code } } }`, {
      p: ids.Program,
    });
    expect(share.shareResource).toEqual({ resource: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const reflection = await stranger.data(`mutation($r: ID!) { writeReflection(input: { id: $r, body: "mine" }) { userErrors { code } } }`, { r: ids.Reflection });
    expect(reflection.writeReflection.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const rate = await stranger.data(`mutation($r: ID!) { rateProgressReview(input: { reviewId: $r, rating: 1 }) { userErrors { code } } }`, { r: ids.ProgressReview });
    expect(rate.rateProgressReview.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const feedback = await stranger.data(
      `mutation($m: ID!) { giveFeedback(input: { mentorshipId: $m, context: GENERAL, ratings: { helpfulness: 1, clarity: 1, preparation: 1, listening: 1 } }) { userErrors { code } } }`,
      { m: ids.Mentorship },
    );
    expect(feedback.giveFeedback.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const review = await stranger.data(`mutation($id: ID!) { reviewEnrollment(input: { enrollmentId: $id, approve: false }) { userErrors { code } } }`, {
      id: ids.Enrollment,
    });
    expect(review.reviewEnrollment.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const program = await stranger.data(
      `mutation($org: ID!) { createProgram(input: { organizationId: $org, name: "Hijack", startsOn: "2027-01-01", endsOn: "2027-02-01" }) { userErrors { code } } }`,
      { org: ids.Organization },
    );
    expect(program.createProgram.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
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

    for (const mutation of [
      'updateWebhookEndpoint(input: { endpointId: $id, url: "https://example.com/stolen", enabled: false }) { userErrors { code } }',
      'deleteWebhookEndpoint(input: { endpointId: $id }) { userErrors { code } }',
      'rotateWebhookSecret(input: { endpointId: $id }) { secret userErrors { code } }',
      'sendTestWebhook(input: { endpointId: $id }) { userErrors { code } }',
    ]) {
      const result = await stranger.data(`mutation($id: ID!) { ${mutation} }`, { id: ids.WebhookEndpoint });
      expect(Object.values(result)[0], mutation).toMatchObject({ userErrors: [{ code: 'NOT_FOUND' }] });
    }
    const redeliver = await stranger.data(`mutation($id: ID!) { redeliverWebhook(input: { deliveryId: $id }) { delivery { id } userErrors { code } } }`, {
      id: ids.WebhookDelivery,
    });
    expect(redeliver.redeliverWebhook).toEqual({ delivery: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const { node: hook } = await owner.data(`query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { url enabled secretPrefix deliveries { totalCount } } } }`, {
      id: ids.WebhookEndpoint,
    });
    expect(hook).toMatchObject({ url: 'https://example.com/private-hook', enabled: true, deliveries: { totalCount: 1 } });
    const { node: ownBoard } = await owner.data(`query($m: ID!) { node(id: $m) { ... on Mentorship { goalBoard { lanes { id name } } resources { title } } } }`, { m: ids.Mentorship });
    expect(ownBoard.goalBoard.lanes[0]).toEqual({ id: more.lane, name: 'Not started' });
    const { node: ownProgram } = await owner.data(`query($p: ID!) { node(id: $p) { ... on Program { resources { title } } } }`, { p: ids.Program });
    expect(ownProgram.resources).toEqual([{ title: 'Program handbook' }]);
    const { node: ownItem } = await owner.data(`query($a: ID!) { node(id: $a) { ... on ActionItem { milestone { id } } } }`, { a: ids.ActionItem });
    expect(ownItem.milestone).toBeNull();

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
