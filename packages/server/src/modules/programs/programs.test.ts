import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { signUpPerson } from '../../testing/graphql-client.js';
import { createMentee, createMentor, type Person } from '../../testing/mentoring.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';

const server = useTestApp();
let admin: Person;
let programId: string;
let questionId: string;

const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) {
  createProgram(input: $input) { program { id name enrollmentQuestions { id prompt required } cohorts { id name } } userErrors { field code } }
}`;
const ENROLL = `mutation($input: EnrollInProgramInput!) { enrollInProgram(input: $input) { enrollment { id status role } userErrors { field code } } }`;
const REVIEW = `mutation($input: ReviewEnrollmentInput!) { reviewEnrollment(input: $input) { enrollment { status } userErrors { code } } }`;
const MATCH = `mutation($input: MatchProgramPairsInput!) { matchProgramPairs(input: $input) { mentorships { id status } userErrors { field code } } }`;

async function enrollApproved(person: Person, role: 'MENTOR' | 'MENTEE'): Promise<void> {
  const { enrollInProgram } = await person.client.data(ENROLL, { input: { programId, role, answers: [{ questionId, answer: 'To grow.' }] } });
  expect(enrollInProgram.userErrors).toEqual([]);
  const { reviewEnrollment } = await admin.client.data(REVIEW, { input: { enrollmentId: enrollInProgram.enrollment.id, approve: true } });
  expect(reviewEnrollment.enrollment.status).toBe('APPROVED');
}

beforeAll(async () => {
  admin = await signUpPerson(server.app, 'Admin');
  const { createOrganization } = await admin.client.data(`mutation { createOrganization(input: { name: "Acme" }) { organization { id viewerIsAdmin } } }`);
  expect(createOrganization.organization.viewerIsAdmin).toBe(true);
  const { createProgram } = await admin.client.data(CREATE_PROGRAM, {
    input: {
      organizationId: createOrganization.organization.id,
      name: 'New managers 2027',
      description: 'Six months of mentoring for first-time managers.',
      startsOn: '2027-01-10',
      endsOn: '2027-07-10',
      enrollmentQuestions: [{ prompt: 'What do you hope to get out of it?' }, { prompt: 'Anything else?', required: false }],
      cohorts: [{ name: 'Spring', startsOn: '2027-01-10' }],
    },
  });
  programId = createProgram.program.id;
  questionId = createProgram.program.enrollmentQuestions[0].id;
});

describe('programs', () => {
  it('refuse a program that ends before it starts, or in an organisation you do not run', async () => {
    const { viewer } = await admin.client.data(`{ viewer { organizations { nodes { id } } } }`);
    const orgId = viewer.organizations.nodes[0].id;
    const backwards = await admin.client.data(CREATE_PROGRAM, { input: { organizationId: orgId, name: 'Oops', startsOn: '2027-05-01', endsOn: '2027-01-01' } });
    expect(backwards.createProgram.userErrors).toEqual([{ field: ['endsOn'], code: 'OUT_OF_RANGE' }]);
    const outsider = await signUpPerson(server.app, 'Outsider');
    const foreign = await outsider.client.data(CREATE_PROGRAM, { input: { organizationId: orgId, name: 'Mine', startsOn: '2027-01-01', endsOn: '2027-02-01' } });
    expect(foreign.createProgram.userErrors).toEqual([{ field: ['organizationId'], code: 'NOT_FOUND' }]);
  });

  it('take enrolments that answer the required questions, once per role', async () => {
    const mentee = await createMentee(server.app, 'Eager');
    const unanswered = await mentee.client.data(ENROLL, { input: { programId, role: 'MENTEE' } });
    expect(unanswered.enrollInProgram.userErrors).toEqual([{ field: ['answers'], code: 'REQUIRED' }]);
    const badCohort = await mentee.client.data(ENROLL, { input: { programId, role: 'MENTEE', cohortId: 'nope', answers: [{ questionId, answer: 'x' }] } });
    expect(badCohort.enrollInProgram.userErrors).toEqual([{ field: ['cohortId'], code: 'NOT_FOUND' }]);
    const ok = await mentee.client.data(ENROLL, { input: { programId, role: 'MENTEE', answers: [{ questionId, answer: 'Confidence' }] } });
    expect(ok.enrollInProgram.enrollment).toMatchObject({ status: 'PENDING', role: 'MENTEE' });
    const twice = await mentee.client.data(ENROLL, { input: { programId, role: 'MENTEE', answers: [{ questionId, answer: 'Again' }] } });
    expect(twice.enrollInProgram.userErrors).toEqual([{ field: ['role'], code: 'DUPLICATE' }]);
    // Only admins decide.
    const self = await mentee.client.data(REVIEW, { input: { enrollmentId: ok.enrollInProgram.enrollment.id, approve: true } });
    expect(self.reviewEnrollment.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
  });

  it('suggest pairs by the same scoring, within capacity, and match them in bulk, all or none', async () => {
    const speaker = await createMentor(server.app, 'Speaker', { skills: [{ name: 'Public speaking', level: 5 }], capacity: 1 });
    const analyst = await createMentor(server.app, 'Analyst', { skills: [{ name: 'SQL', level: 5 }], capacity: 1 });
    const wantsSpeaking = await createMentee(server.app, 'Shy');
    const wantsSql = await createMentee(server.app, 'Curious');
    await wantsSpeaking.client.data(`mutation { updateNeedsAssessment(input: { skillsToDevelop: [{ name: "Public speaking", currentLevel: 1, targetLevel: 4 }] }) { userErrors { code } } }`);
    await wantsSql.client.data(`mutation { updateNeedsAssessment(input: { skillsToDevelop: [{ name: "SQL", currentLevel: 1, targetLevel: 4 }] }) { userErrors { code } } }`);
    for (const [person, role] of [[speaker, 'MENTOR'], [analyst, 'MENTOR'], [wantsSpeaking, 'MENTEE'], [wantsSql, 'MENTEE']] as const) {
      await enrollApproved(person, role);
    }
    const { node } = await admin.client.data(`query($id: ID!) { node(id: $id) { ... on Program {
      enrollments(status: APPROVED) { totalCount }
      suggestedPairs { mentee { id displayName } mentor { id displayName } score parts { factor explanation } }
    } } }`, { id: programId });
    expect(node.enrollments.totalCount).toBe(4);
    const pairs = node.suggestedPairs.map((pair: { mentee: { displayName: string }; mentor: { displayName: string } }) => [pair.mentee.displayName, pair.mentor.displayName]);
    expect(pairs.sort()).toEqual([['Curious', 'Analyst'], ['Shy', 'Speaker']]);

    // A batch with one pair that cannot be matched creates nothing.
    const outsider = await createMentee(server.app, 'Not enrolled');
    const chosen = node.suggestedPairs.map((pair: { mentee: { id: string }; mentor: { id: string } }) => ({ menteeId: pair.mentee.id, mentorId: pair.mentor.id }));
    const bad = await admin.client.data(MATCH, { input: { programId, pairs: [...chosen, { menteeId: outsider.userId, mentorId: speaker.userId }] } });
    expect(bad.matchProgramPairs).toEqual({ mentorships: [], userErrors: [{ field: ['pairs', '2'], code: 'NOT_FOUND' }] });
    expect(await server.app.orm.em.fork().count(Mentorship, { programUuid: { $ne: null } })).toBe(0);

    const good = await admin.client.data(MATCH, { input: { programId, pairs: chosen } });
    expect(good.matchProgramPairs.mentorships).toHaveLength(2);
    expect(await server.app.orm.em.fork().count(Mentorship, { programUuid: { $ne: null } })).toBe(2);
    // Places are used up: nothing more to suggest, and a further pair would exceed a mentor's capacity.
    const after = await admin.client.data(`query($id: ID!) { node(id: $id) { ... on Program { suggestedPairs { score } } } }`, { id: programId });
    expect(after.node.suggestedPairs).toEqual([]);
    const late = await createMentee(server.app, 'Late');
    await enrollApproved(late, 'MENTEE');
    const full = await admin.client.data(MATCH, { input: { programId, pairs: [{ menteeId: late.userId, mentorId: speaker.userId }] } });
    expect(full.matchProgramPairs.userErrors).toEqual([{ field: ['pairs', '0'], code: 'CAPACITY_REACHED' }]);
  });
});
