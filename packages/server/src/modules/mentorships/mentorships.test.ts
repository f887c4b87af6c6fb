import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { createMentee, createMentor, matchPair, PROPOSE, TERMS, type Person } from '../../testing/mentoring.js';
import { AgreementVersion } from './agreement-version.entity.js';

const server = useTestApp();

const ACKNOWLEDGE = `mutation($input: AcknowledgeAgreementInput!) {
  acknowledgeAgreement(input: $input) { mentorship { status startedAt agreement { version } } userErrors { field code message } }
}`;
const MENTORSHIP = `query($id: ID!) { node(id: $id) { ... on Mentorship {
  status agreement { version } latestAgreement { version note acknowledgedBy { displayName } changes { field before after } }
  agreementVersions(first: 10) { totalCount nodes { version } }
} } }`;
const change = (name: string) => `mutation($input: ChangeMentorshipInput!) { ${name}(input: $input) { mentorship { status endReason } userErrors { field code } } }`;

async function pair(): Promise<{ mentor: Person; mentee: Person; mentorshipId: string }> {
  const [mentor, mentee] = await Promise.all([createMentor(server.app, 'Mentor'), createMentee(server.app, 'Mentee')]);
  return { mentor, mentee, mentorshipId: await matchPair(mentee, mentor) };
}

describe('the expectations agreement', () => {
  it('is in effect once both acknowledge the same version, which makes the mentorship active', async () => {
    const { mentor, mentee, mentorshipId } = await pair();
    const first = await mentee.client.data(PROPOSE, { input: { mentorshipId, terms: TERMS, note: 'A first draft', basedOnVersion: 0 } });
    expect(first.proposeAgreement.agreementVersion.version).toBe(1);
    const changed = { ...TERMS, meetingCadence: 'WEEKLY', meetingLengthMinutes: 30 };
    const second = await mentor.client.data(PROPOSE, { input: { mentorshipId, terms: changed, note: 'Shorter, more often', basedOnVersion: 1 } });
    expect(second.proposeAgreement.agreementVersion.version).toBe(2);

    const stale = await mentee.client.data(ACKNOWLEDGE, { input: { mentorshipId, version: 1 } });
    expect(stale.acknowledgeAgreement.userErrors).toEqual([expect.objectContaining({ field: ['version'], code: 'STALE_VERSION' })]);
    const { node: before } = await mentee.client.data(MENTORSHIP, { id: mentorshipId });
    expect(before).toMatchObject({
      status: 'PENDING_AGREEMENT',
      agreement: null,
      latestAgreement: {
        version: 2,
        acknowledgedBy: [{ displayName: 'Mentor' }],
        changes: [
          { field: 'meetingCadence', before: '"EVERY_TWO_WEEKS"', after: '"WEEKLY"' },
          { field: 'meetingLengthMinutes', before: '45', after: '30' },
        ],
      },
      agreementVersions: { totalCount: 2, nodes: [{ version: 2 }, { version: 1 }] },
    });

    const done = await mentee.client.data(ACKNOWLEDGE, { input: { mentorshipId, version: 2 } });
    expect(done.acknowledgeAgreement.mentorship).toMatchObject({ status: 'ACTIVE', startedAt: expect.any(String), agreement: { version: 2 } });
    const diff = await mentor.client.data(`query($id: ID!) { node(id: $id) { ... on Mentorship { agreementChanges(from: 1, to: 2) { field } } } }`, { id: mentorshipId });
    expect(diff.node.agreementChanges.map((c: { field: string }) => c.field)).toEqual(['meetingCadence', 'meetingLengthMinutes']);
  });

  it('refuses a proposal based on a version that was replaced meanwhile', async () => {
    const { mentor, mentee, mentorshipId } = await pair();
    await mentee.client.data(PROPOSE, { input: { mentorshipId, terms: TERMS, basedOnVersion: 0 } });
    const racing = await mentor.client.data(PROPOSE, { input: { mentorshipId, terms: { ...TERMS, responseTimeHours: 24 }, basedOnVersion: 0 } });
    expect(racing.proposeAgreement.userErrors).toEqual([expect.objectContaining({ field: ['basedOnVersion'], code: 'STALE_VERSION' })]);
    expect(await server.app.orm.em.fork().count(AgreementVersion, { mentorship: { mentor: { email: mentor.email } } })).toBe(1);
  });

  it.each([
    [{ goals: [] }, ['terms', 'goals'], 'TOO_SHORT'],
    [{ meetingLengthMinutes: 5 }, ['terms', 'meetingLengthMinutes'], 'OUT_OF_RANGE'],
    [{ channels: ['VIDEO', 'VIDEO'] }, ['terms', 'channels'], 'DUPLICATE'],
    [{ endDate: '2001-01-01' }, ['terms', 'endDate'], 'OUT_OF_RANGE'],
    [{ endDate: 'next spring' }, ['terms', 'endDate'], 'INVALID'],
    [{ confidentiality: 'c'.repeat(2_001) }, ['terms', 'confidentiality'], 'TOO_LONG'],
  ])('refuses terms %o and stores nothing', async (bad, field, code) => {
    const { mentee, mentorshipId } = await pair();
    const { proposeAgreement } = await mentee.client.data(PROPOSE, { input: { mentorshipId, terms: { ...TERMS, ...bad } } });
    expect(proposeAgreement).toMatchObject({ agreementVersion: null, userErrors: [{ field, code }] });
    expect(await server.app.orm.em.fork().count(AgreementVersion, { mentorship: { mentee: { email: mentee.email } } })).toBe(0);
  });
});

describe('a mentorship over time', () => {
  it('pauses, resumes, and completes early with a reason, visible to both', async () => {
    const { mentor, mentee, mentorshipId } = await pair();
    await mentee.client.data(PROPOSE, { input: { mentorshipId, terms: TERMS } });
    await mentor.client.data(ACKNOWLEDGE, { input: { mentorshipId, version: 1 } });
    expect((await mentor.client.data(change('resumeMentorship'), { input: { mentorshipId } })).resumeMentorship.userErrors[0].code).toBe('INVALID_STATE');
    expect((await mentor.client.data(change('pauseMentorship'), { input: { mentorshipId } })).pauseMentorship.mentorship.status).toBe('PAUSED');
    expect((await mentee.client.data(change('resumeMentorship'), { input: { mentorshipId } })).resumeMentorship.mentorship.status).toBe('ACTIVE');
    const completed = await mentee.client.data(change('completeMentorship'), { input: { mentorshipId, reason: 'Reached the goal early' } });
    expect(completed.completeMentorship.mentorship).toEqual({ status: 'COMPLETED', endReason: 'Reached the goal early' });
    const { viewer } = await mentor.client.data(`{ viewer { mentorships(status: [COMPLETED]) { nodes { id status } } } }`);
    expect(viewer.mentorships.nodes).toEqual([{ id: mentorshipId, status: 'COMPLETED' }]);
  });

  it('cancels only with a reason, and then frees the mentor\'s place', async () => {
    const mentor = await createMentor(server.app, 'Single', { capacity: 1 });
    const mentee = await createMentee(server.app);
    const mentorshipId = await matchPair(mentee, mentor);
    const bare = await mentor.client.data(change('cancelMentorship'), { input: { mentorshipId } });
    expect(bare.cancelMentorship.userErrors).toEqual([{ field: ['reason'], code: 'REQUIRED' }]);
    const cancelled = await mentor.client.data(change('cancelMentorship'), { input: { mentorshipId, reason: 'Moving abroad' } });
    expect(cancelled.cancelMentorship.mentorship.status).toBe('CANCELLED');
    await matchPair(await createMentee(server.app, 'Next'), mentor); // the place is free again
  });
});
