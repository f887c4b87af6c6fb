import { randomUUID } from 'node:crypto';
import type { App } from '../app.js';
import { signUpPerson, type TestClient } from './graphql-client.js';

export type Person = { client: TestClient; email: string; userId: string };

/** A person onboarded as a mentor with a visible profile that accepts requests. */
export async function createMentor(app: Pick<App, 'url'>, name = 'Mentor', profile: Record<string, unknown> = {}): Promise<Person> {
  const person = await signUpPerson(app, name);
  await person.client.data(`mutation { completeOnboarding(input: { asMentor: true, asMentee: false }) { userErrors { code } } }`);
  const { updateMentorProfile } = await person.client.data(
    `mutation($input: UpdateMentorProfileInput!) { updateMentorProfile(input: $input) { userErrors { field code } } }`,
    { input: { headline: `${name}, mentor`, capacity: 2, acceptingRequests: true, visibility: 'MEMBERS', ...profile } },
  );
  if (updateMentorProfile.userErrors.length) throw new Error(JSON.stringify(updateMentorProfile.userErrors));
  return person;
}

/** A person onboarded as a mentee, with one goal in their needs assessment. */
export async function createMentee(app: Pick<App, 'url'>, name = 'Mentee'): Promise<Person & { goalId: string }> {
  const person = await signUpPerson(app, name);
  await person.client.data(`mutation { completeOnboarding(input: { asMentor: false, asMentee: true }) { userErrors { code } } }`);
  const { updateNeedsAssessment } = await person.client.data(
    `mutation { updateNeedsAssessment(input: { goals: [{ title: "Lead a design review", horizon: SHORT_TERM, whyItMatters: "Confidence" }] }) {
      needsAssessment { goals { id } } } }`,
  );
  return { ...person, goalId: updateNeedsAssessment.needsAssessment.goals[0].id };
}

export const REQUEST_FIELDS = `id status message declineReason goals { id title } exchanges { from body } mentorship { id status }`;

export const SEND_REQUEST = `mutation($input: SendMentorshipRequestInput!) {
  sendMentorshipRequest(input: $input) { request { ${REQUEST_FIELDS} } userErrors { field code message } }
}`;

export const MESSAGE = 'Hello! I lead a small team and would love your help preparing my first design review.';

/** Sends a request from mentee to mentor; fails the test on user errors. */
export async function sendRequest(mentee: Person, mentor: Person, extra: Record<string, unknown> = {}): Promise<{ id: string; status: string }> {
  const { sendMentorshipRequest } = await mentee.client.data(SEND_REQUEST, {
    input: { mentorId: mentor.userId, message: MESSAGE, clientMutationId: randomUUID(), ...extra },
  });
  if (sendMentorshipRequest.userErrors.length) throw new Error(JSON.stringify(sendMentorshipRequest.userErrors));
  return sendMentorshipRequest.request;
}

/** A mentorship created by an accepted request; returns its id. */
export async function matchPair(mentee: Person, mentor: Person): Promise<string> {
  const request = await sendRequest(mentee, mentor);
  const { acceptMentorshipRequest } = await mentor.client.data(
    `mutation($input: RequestIdInput!) { acceptMentorshipRequest(input: $input) { request { mentorship { id } } userErrors { code } } }`,
    { input: { requestId: request.id } },
  );
  if (acceptMentorshipRequest.userErrors.length) throw new Error(JSON.stringify(acceptMentorshipRequest.userErrors));
  return acceptMentorshipRequest.request.mentorship.id;
}

export const TERMS = {
  goals: ['Lead a design review'],
  desiredOutcomes: ['Run one review alone'],
  meetingCadence: 'EVERY_TWO_WEEKS',
  meetingLengthMinutes: 45,
  channels: ['VIDEO', 'CHAT'],
  responseTimeHours: 48,
  confidentiality: 'What we discuss stays between us.',
  endDate: null,
  reviewEveryWeeks: 4,
};

export const PROPOSE = `mutation($input: ProposeAgreementInput!) {
  proposeAgreement(input: $input) { agreementVersion { id version } userErrors { field code message } }
}`;
