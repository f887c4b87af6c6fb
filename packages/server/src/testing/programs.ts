import type { App } from '../app.js';
import { signUpPerson } from './graphql-client.js';
import { PROPOSE, TERMS, type Person } from './mentoring.js';

/** An organisation with one program (no questions), run by a new admin. */
export async function createProgramWithAdmin(
  app: Pick<App, 'url'>,
  options: { adminName?: string; startsOn?: string; endsOn?: string } = {},
): Promise<{ admin: Person; programId: string; organizationId: string }> {
  const admin = await signUpPerson(app, options.adminName ?? 'Admin');
  const { createOrganization } = await admin.client.data(`mutation { createOrganization(input: { name: "Acme" }) { organization { id } } }`);
  const organizationId = createOrganization.organization.id;
  const { createProgram } = await admin.client.data(
    `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } userErrors { field code } } }`,
    { input: { organizationId, name: 'Pilot', startsOn: options.startsOn ?? '2020-01-01', endsOn: options.endsOn ?? '2099-12-31' } },
  );
  if (!createProgram.program) throw new Error(JSON.stringify(createProgram.userErrors));
  return { admin, programId: createProgram.program.id, organizationId };
}

/** Enrols the person on a side and has the admin approve it. */
export async function enrollApproved(admin: Person, programId: string, person: Person, role: 'MENTOR' | 'MENTEE'): Promise<void> {
  const { enrollInProgram } = await person.client.data(
    `mutation($input: EnrollInProgramInput!) { enrollInProgram(input: $input) { enrollment { id } userErrors { field code } } }`,
    { input: { programId, role } },
  );
  if (!enrollInProgram.enrollment) throw new Error(JSON.stringify(enrollInProgram.userErrors));
  await admin.client.data(`mutation($id: ID!) { reviewEnrollment(input: { enrollmentId: $id, approve: true }) { userErrors { code } } }`, {
    id: enrollInProgram.enrollment.id,
  });
}

/** Enrols both, approves them and matches them in the program; returns the mentorship id. */
export async function matchInProgram(admin: Person, programId: string, mentee: Person, mentor: Person): Promise<string> {
  await enrollApproved(admin, programId, mentee, 'MENTEE');
  await enrollApproved(admin, programId, mentor, 'MENTOR');
  const { matchProgramPairs } = await admin.client.data(
    `mutation($input: MatchProgramPairsInput!) { matchProgramPairs(input: $input) { mentorships { id } userErrors { field code } } }`,
    { input: { programId, pairs: [{ menteeId: mentee.userId, mentorId: mentor.userId }] } },
  );
  if (!matchProgramPairs.mentorships.length) throw new Error(JSON.stringify(matchProgramPairs.userErrors));
  return matchProgramPairs.mentorships[0].id;
}

/** One proposes the terms, the other acknowledges them: the mentorship becomes active. */
export async function agree(mentorshipId: string, proposer: Person, other: Person, terms: Record<string, unknown> = {}): Promise<void> {
  const { proposeAgreement } = await proposer.client.data(PROPOSE, { input: { mentorshipId, terms: { ...TERMS, ...terms } } });
  if (!proposeAgreement.agreementVersion) throw new Error(JSON.stringify(proposeAgreement.userErrors));
  const { acknowledgeAgreement } = await other.client.data(
    `mutation($input: AcknowledgeAgreementInput!) { acknowledgeAgreement(input: $input) { mentorship { status } userErrors { code } } }`,
    { input: { mentorshipId, version: proposeAgreement.agreementVersion.version } },
  );
  if (acknowledgeAgreement.mentorship?.status !== 'ACTIVE') throw new Error(JSON.stringify(acknowledgeAgreement));
}
