import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { signUpPerson } from '../../testing/graphql-client.js';
import { createMentee, createMentor, matchPair } from '../../testing/mentoring.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { idOfType } from '../../graphql/relay/node.js';

const server = useTestApp();

const GIVE = `mutation($input: GiveFeedbackInput!) { giveFeedback(input: $input) { feedback { id receiver { displayName } learned } userErrors { field code } } }`;
const ratings = { helpfulness: 5, clarity: 4, preparation: 4, listening: 5 };

describe('feedback', () => {
  it('goes both ways, once per occasion, with what the mentor learned', async () => {
    const [mentor, mentee] = await Promise.all([createMentor(server.app, 'Mentor'), createMentee(server.app, 'Mentee')]);
    const mentorshipId = await matchPair(mentee, mentor);
    const fromMentee = await mentee.client.data(GIVE, { input: { mentorshipId, context: 'GENERAL', ratings, comment: 'Very clear.' } });
    expect(fromMentee.giveFeedback.feedback.receiver.displayName).toBe('Mentor');
    const again = await mentee.client.data(GIVE, { input: { mentorshipId, context: 'GENERAL', ratings } });
    expect(again.giveFeedback.userErrors).toEqual([{ field: ['context'], code: 'DUPLICATE' }]);
    const learnedByMentee = await mentee.client.data(GIVE, { input: { mentorshipId, context: 'SESSION', contextId: 's1', ratings, learned: 'x' } });
    expect(learnedByMentee.giveFeedback.userErrors).toEqual([{ field: ['learned'], code: 'INVALID' }]);
    const fromMentor = await mentor.client.data(GIVE, { input: { mentorshipId, context: 'GENERAL', ratings, learned: 'How new managers see 1:1s.' } });
    expect(fromMentor.giveFeedback.feedback).toMatchObject({ receiver: { displayName: 'Mentee' }, learned: 'How new managers see 1:1s.' });
    const outOfRange = await mentor.client.data(GIVE, { input: { mentorshipId, context: 'REVIEW', contextId: 'r1', ratings: { ...ratings, clarity: 6 } } });
    expect(outOfRange.giveFeedback.userErrors).toEqual([{ field: ['ratings', 'clarity'], code: 'OUT_OF_RANGE' }]);
  });

  it('shows program admins averages only for groups of three or more', async () => {
    const admin = await signUpPerson(server.app, 'Admin');
    const { createOrganization } = await admin.client.data(`mutation { createOrganization(input: { name: "Org" }) { organization { id } } }`);
    const { createProgram } = await admin.client.data(
      `mutation($o: ID!) { createProgram(input: { organizationId: $o, name: "P", startsOn: "2027-01-01", endsOn: "2027-12-31" }) { program { id } } }`,
      { o: createOrganization.organization.id },
    );
    const programId = createProgram.program.id;
    const AVERAGES = `query($id: ID!) { node(id: $id) { ... on Program { feedbackAverages { givers helpfulness } } } }`;
    for (let n = 1; n <= 3; n++) {
      const [mentor, mentee] = await Promise.all([createMentor(server.app, `M${n}`), createMentee(server.app, `E${n}`)]);
      const mentorshipId = await matchPair(mentee, mentor);
      await server.app.orm.em.fork().nativeUpdate(Mentorship, { uuid: idOfType(mentorshipId, 'Mentorship')! }, { programUuid: idOfType(programId, 'Program') });
      await mentee.client.data(GIVE, { input: { mentorshipId, context: 'GENERAL', ratings: { ...ratings, helpfulness: n + 2 } } });
      const { node } = await admin.client.data(AVERAGES, { id: programId });
      expect(node.feedbackAverages, `after ${n} givers`).toEqual(n < 3 ? null : { givers: 3, helpfulness: 4 });
    }
  });
});
