import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { useTestApp } from '../../testing/test-app.js';
import { signUpPerson } from '../../testing/graphql-client.js';
import { createMentee, createMentor, MESSAGE, REQUEST_FIELDS, SEND_REQUEST, sendRequest, type Person } from '../../testing/mentoring.js';
import { MentorshipRequest } from './mentorship-request.entity.js';
import { idOfType } from '../../graphql/relay/node.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';

const server = useTestApp();

const act = (mutation: string, inputType: string) => `mutation($input: ${inputType}!) {
  ${mutation}(input: $input) { request { ${REQUEST_FIELDS} } userErrors { field code message } }
}`;
const ASK = act('askForInformation', 'AskForInformationInput');
const ANSWER = act('provideInformation', 'ProvideInformationInput');
const ACCEPT = act('acceptMentorshipRequest', 'RequestIdInput');
const DECLINE = act('declineMentorshipRequest', 'DeclineMentorshipRequestInput');
const WITHDRAW = act('withdrawMentorshipRequest', 'RequestIdInput');
const countRequests = () => server.app.orm.em.fork().count(MentorshipRequest, {});

describe('sending a request', () => {
  it('attaches the goals and gives the same request once for a retried client id', async () => {
    const [mentor, mentee] = await Promise.all([createMentor(server.app), createMentee(server.app)]);
    const input = { mentorId: mentor.userId, message: MESSAGE, goalIds: [mentee.goalId], proposedCadence: 'WEEKLY', clientMutationId: randomUUID() };
    const sends = await Promise.all([1, 2, 3].map(() => mentee.client.data(SEND_REQUEST, { input })));
    const ids = new Set(sends.map((send) => send.sendMentorshipRequest.request.id));
    expect(ids.size).toBe(1);
    expect(sends[0]!.sendMentorshipRequest.request).toMatchObject({ status: 'PENDING', goals: [{ id: mentee.goalId, title: 'Lead a design review' }] });
    expect(await server.app.orm.em.fork().count(MentorshipRequest, { mentee: { email: mentee.email } })).toBe(1);
  });

  it('keeps one open request per pair', async () => {
    const [mentor, mentee] = await Promise.all([createMentor(server.app), createMentee(server.app)]);
    await sendRequest(mentee, mentor);
    const { sendMentorshipRequest } = await mentee.client.data(SEND_REQUEST, {
      input: { mentorId: mentor.userId, message: MESSAGE, clientMutationId: randomUUID() },
    });
    expect(sendMentorshipRequest.userErrors).toEqual([expect.objectContaining({ code: 'REQUEST_ALREADY_OPEN' })]);
  });

  it.each([
    ['a short message', { message: 'Hi, mentor me?' }, ['message'], 'TOO_SHORT'],
    ['a long message', { message: 'x'.repeat(2_001) }, ['message'], 'TOO_LONG'],
    ['no client id', { clientMutationId: '' }, ['clientMutationId'], 'REQUIRED'],
    ['an unknown mentor', { mentorId: 'VXNlcjowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA=' }, ['mentorId'], 'NOT_FOUND'],
    ['a goal that is not theirs', { goalIds: [randomUUID()] }, ['goalIds', '0'], 'NOT_FOUND'],
  ])('refuses %s and writes nothing', async (_, change, field, code) => {
    const [mentor, mentee] = await Promise.all([createMentor(server.app), createMentee(server.app)]);
    const before = await countRequests();
    const { sendMentorshipRequest } = await mentee.client.data(SEND_REQUEST, {
      input: { mentorId: mentor.userId, message: MESSAGE, clientMutationId: randomUUID(), ...change },
    });
    expect(sendMentorshipRequest).toMatchObject({ request: null, userErrors: [{ field, code }] });
    expect(await countRequests()).toBe(before);
  });

  it('is refused to someone who is not a mentee, and for a mentor who is not accepting', async () => {
    const mentor = await createMentor(server.app, 'Busy', { acceptingRequests: false });
    const mentee = await createMentee(server.app);
    const closed = await mentee.client.data(SEND_REQUEST, { input: { mentorId: mentor.userId, message: MESSAGE, clientMutationId: randomUUID() } });
    expect(closed.sendMentorshipRequest.userErrors[0].code).toBe('MENTOR_UNAVAILABLE');
    const nobody = await signUpPerson(server.app, 'Undecided');
    const open = await createMentor(server.app);
    const refused = await nobody.client.data(SEND_REQUEST, { input: { mentorId: open.userId, message: MESSAGE, clientMutationId: randomUUID() } });
    expect(refused.sendMentorshipRequest.userErrors[0].code).toBe('NOT_A_MENTEE');
  });
});

describe('answering a request', () => {
  it('goes back and forth with questions, then is accepted into a mentorship', async () => {
    const [mentor, mentee] = await Promise.all([createMentor(server.app), createMentee(server.app)]);
    const request = await sendRequest(mentee, mentor);
    const asked = await mentor.client.data(ASK, { input: { requestId: request.id, question: 'What does your team build?' } });
    expect(asked.askForInformation.request.status).toBe('INFO_REQUESTED');
    const early = await mentor.client.data(ASK, { input: { requestId: request.id, question: 'And another?' } });
    expect(early.askForInformation.userErrors[0].code).toBe('INVALID_STATE');
    const answered = await mentee.client.data(ANSWER, { input: { requestId: request.id, answer: 'Payments APIs.' } });
    expect(answered.provideInformation.request).toMatchObject({
      status: 'PENDING',
      exchanges: [
        { from: 'MENTOR', body: 'What does your team build?' },
        { from: 'MENTEE', body: 'Payments APIs.' },
      ],
    });
    const accepted = await mentor.client.data(ACCEPT, { input: { requestId: request.id } });
    expect(accepted.acceptMentorshipRequest.request).toMatchObject({ status: 'ACCEPTED', mentorship: { status: 'PENDING_AGREEMENT' } });
    const again = await mentor.client.data(DECLINE, { input: { requestId: request.id, reason: 'Changed my mind' } });
    expect(again.declineMentorshipRequest.userErrors[0].code).toBe('INVALID_STATE');
  });

  it('lets only the right side act', async () => {
    const [mentor, mentee] = await Promise.all([createMentor(server.app), createMentee(server.app)]);
    const request = await sendRequest(mentee, mentor);
    expect((await mentee.client.data(ACCEPT, { input: { requestId: request.id } })).acceptMentorshipRequest.userErrors[0].code).toBe('NOT_FOUND');
    expect((await mentor.client.data(WITHDRAW, { input: { requestId: request.id } })).withdrawMentorshipRequest.userErrors[0].code).toBe('NOT_FOUND');
    expect((await mentee.client.data(WITHDRAW, { input: { requestId: request.id } })).withdrawMentorshipRequest.request.status).toBe('WITHDRAWN');
  });

  it('declines only with a reason', async () => {
    const [mentor, mentee] = await Promise.all([createMentor(server.app), createMentee(server.app)]);
    const request = await sendRequest(mentee, mentor);
    const bare = await mentor.client.data(DECLINE, { input: { requestId: request.id, reason: '  ' } });
    expect(bare.declineMentorshipRequest.userErrors).toEqual([expect.objectContaining({ field: ['reason'], code: 'REQUIRED' })]);
    const declined = await mentor.client.data(DECLINE, { input: { requestId: request.id, reason: 'My places are for first-time managers.' } });
    expect(declined.declineMentorshipRequest.request).toMatchObject({ status: 'DECLINED', declineReason: 'My places are for first-time managers.' });
  });

  it('expires when its time is up, and can then be neither accepted nor answered', async () => {
    const [mentor, mentee] = await Promise.all([createMentor(server.app), createMentee(server.app)]);
    const request = await sendRequest(mentee, mentor);
    const uuid = idOfType(request.id, 'MentorshipRequest')!;
    await server.app.orm.em.fork().nativeUpdate(MentorshipRequest, { uuid }, { expiresAt: new Date(Date.now() - 1000) });
    const late = await mentor.client.data(ACCEPT, { input: { requestId: request.id } });
    expect(late.acceptMentorshipRequest.userErrors[0]).toMatchObject({ code: 'INVALID_STATE', message: expect.stringContaining('expired') });
    const { viewer } = await mentee.client.data(`{ viewer { mentorshipRequests(direction: SENT) { nodes { id status } } } }`);
    expect(viewer.mentorshipRequests.nodes).toEqual([{ id: request.id, status: 'EXPIRED' }]);
  });

  it('lets exactly one of several parallel accepts take the last place', async () => {
    const mentor = await createMentor(server.app, 'Popular', { capacity: 1 });
    const mentees = await Promise.all([1, 2, 3, 4].map((n) => createMentee(server.app, `Hopeful ${n}`)));
    const requests = await Promise.all(mentees.map((mentee) => sendRequest(mentee, mentor)));
    const results = await Promise.all(requests.map((request) => mentor.client.data(ACCEPT, { input: { requestId: request.id } })));
    const outcomes = results.map((result) => result.acceptMentorshipRequest);
    expect(outcomes.filter((outcome) => outcome.request?.status === 'ACCEPTED')).toHaveLength(1);
    const refused = outcomes.filter((outcome) => !outcome.request);
    expect(refused).toHaveLength(3);
    for (const outcome of refused) expect(outcome.userErrors).toEqual([expect.objectContaining({ code: 'CAPACITY_REACHED' })]);
    expect(await server.app.orm.em.fork().count(Mentorship, { mentor: { email: mentor.email } })).toBe(1);
    const { viewer } = await mentor.client.data(`{ viewer { mentorshipRequests(direction: RECEIVED, openOnly: true) { totalCount } } }`);
    expect(viewer.mentorshipRequests.totalCount).toBe(3);
  });
});

describe('live notifications', () => {
  it('tells the mentor of a new request and the mentee of the answer, as they happen', async () => {
    const [mentor, mentee] = await Promise.all([createMentor(server.app), createMentee(server.app)]);
    const listen = (person: Person) => {
      const received: { seq: number; type: string; payload: { requestId: string } }[] = [];
      class WithCookie extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: person.client.sessionCookie! } });
        }
      }
      const client = createClient({ url: server.app.url.replace('http', 'ws') + '/graphql', webSocketImpl: WithCookie });
      const stop = client.subscribe<{ notificationEvents: (typeof received)[number] }>(
        { query: `subscription { notificationEvents(after: 0) { seq type payload } }` },
        { next: ({ data }) => data && received.push(data.notificationEvents), error: () => {}, complete: () => {} },
      );
      return { received, close: async () => { stop(); await client.dispose(); } };
    };
    const mentorInbox = listen(mentor);
    const menteeInbox = listen(mentee);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const request = await sendRequest(mentee, mentor);
    await expect.poll(() => mentorInbox.received.map((event) => event.type)).toEqual(['request.received']);
    expect(mentorInbox.received[0]!.payload.requestId).toBe(request.id);
    await mentor.client.data(ACCEPT, { input: { requestId: request.id } });
    await expect.poll(() => menteeInbox.received.map((event) => event.type)).toEqual(['mentorship.created', 'request.accepted']);
    expect(menteeInbox.received.map((event) => event.seq)).toEqual([1, 2]);
    await Promise.all([mentorInbox.close(), menteeInbox.close()]);
  });
});
