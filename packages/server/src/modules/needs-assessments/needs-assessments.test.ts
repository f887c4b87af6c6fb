import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { signUpPerson, type TestClient } from '../../testing/graphql-client.js';

const server = useTestApp();
let mentee: TestClient;

beforeAll(async () => {
  ({ client: mentee } = await signUpPerson(server.app, 'Mentee'));
});

const FIELDS = `id goals { title horizon whyItMatters } skillsToDevelop { name currentLevel targetLevel }
  reflections { situation whatWorked whatDidNot } supportKinds preferredFormats preferredCadence preferredLanguages timeZone`;
const UPDATE = `mutation($input: UpdateNeedsAssessmentInput!) {
  updateNeedsAssessment(input: $input) { needsAssessment { ${FIELDS} } userErrors { field code message } }
}`;
const MINE = `{ viewer { needsAssessment { ${FIELDS} } } }`;

const assessment = {
  goals: [
    { title: 'Lead a design review', horizon: 'SHORT_TERM', whyItMatters: 'I freeze when presenting to seniors.' },
    { title: 'Become a staff engineer', horizon: 'LONG_TERM', whyItMatters: 'Wider impact.' },
  ],
  skillsToDevelop: [{ name: 'Public speaking', currentLevel: 2, targetLevel: 4 }],
  reflections: [{ situation: 'My first incident call', whatWorked: 'Writing a timeline', whatDidNot: 'Staying quiet too long' }],
  supportKinds: ['CAREER_GUIDANCE', 'ENCOURAGEMENT'],
  preferredFormats: ['VIDEO'],
  preferredCadence: 'EVERY_TWO_WEEKS',
  preferredLanguages: ['en'],
  timeZone: 'America/Sao_Paulo',
};

describe('the needs assessment', () => {
  it('is saved whole and read back by its owner', async () => {
    const { updateNeedsAssessment } = await mentee.data(UPDATE, { input: assessment });
    expect(updateNeedsAssessment.userErrors).toEqual([]);
    expect((await mentee.data(MINE)).viewer.needsAssessment).toMatchObject(assessment);
  });

  it.each([
    [{ skillsToDevelop: [{ name: 'SQL', currentLevel: 3, targetLevel: 3 }] }, ['skillsToDevelop', '0', 'targetLevel'], 'OUT_OF_RANGE'],
    [{ skillsToDevelop: [{ name: 'SQL', currentLevel: 0, targetLevel: 3 }] }, ['skillsToDevelop', '0', 'currentLevel'], 'OUT_OF_RANGE'],
    [{ goals: [{ title: '', horizon: 'SHORT_TERM', whyItMatters: '' }] }, ['goals', '0', 'title'], 'REQUIRED'],
    [{ goals: [{ title: 'g'.repeat(121), horizon: 'LONG_TERM', whyItMatters: '' }] }, ['goals', '0', 'title'], 'TOO_LONG'],
    [{ reflections: [{ situation: 's'.repeat(2_001), whatWorked: '', whatDidNot: '' }] }, ['reflections', '0', 'situation'], 'TOO_LONG'],
    [{ timeZone: 'Nowhere/Special' }, ['timeZone'], 'INVALID_TIME_ZONE'],
    [{ preferredLanguages: ['xx'] }, ['preferredLanguages', '0'], 'INVALID_LANGUAGE'],
    [{ supportKinds: ['NETWORKING', 'NETWORKING'] }, ['supportKinds'], 'DUPLICATE'],
  ])('refuses %o with a user error and changes nothing', async (change, field, code) => {
    const before = (await mentee.data(MINE)).viewer.needsAssessment;
    const { updateNeedsAssessment } = await mentee.data(UPDATE, { input: { preferredCadence: 'MONTHLY', ...change } });
    expect(updateNeedsAssessment.needsAssessment).toBeNull();
    expect(updateNeedsAssessment.userErrors).toContainEqual(expect.objectContaining({ field, code }));
    expect((await mentee.data(MINE)).viewer.needsAssessment).toEqual(before);
  });

  it('is nobody else\'s to read, not even through their user', async () => {
    const { client: other } = await signUpPerson(server.app, 'Curious');
    const { viewer } = await mentee.data(`{ viewer { id needsAssessment { id } } }`);
    const byNode = await other.data(`query($id: ID!) { node(id: $id) { id } }`, { id: viewer.needsAssessment.id });
    expect(byNode.node).toBeNull();
  });
});
