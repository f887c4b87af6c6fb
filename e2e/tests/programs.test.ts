import { describe, expect, it } from 'vitest';
import { useStage } from '../harness/stage.js';
import { createMentee, createMentor, type Person } from '@mentorspace/server/testing/mentoring';
import { signUpPerson } from '@mentorspace/server/testing/graphql-client';
import { connected, screenshot, signedIn } from '../harness/browser.js';

const stage = useStage();

const QUESTION = 'What do you hope to get out of it?';
const ENROLL = `mutation($input: EnrollInProgramInput!) { enrollInProgram(input: $input) { enrollment { id status } userErrors { field code } } }`;

describe('programs in the browser', () => {
  it('an admin creates an organisation and a program, approves enrolments and matches the suggested pair', async () => {
    const admin = await signUpPerson({ url: stage.cluster.a.url }, 'Olga Admin');
    const a = await signedIn(stage.browser, admin, stage.cluster.a.url);
    try {
      // Programs live in the account menu.
      await a.page.goto(`${stage.cluster.a.url}/settings`);
      await a.page.getByRole('button', { name: 'Account: Olga Admin' }).click();
      await a.page.getByRole('menuitem', { name: 'Programs' }).click();
      await a.page.getByRole('heading', { level: 1, name: 'Programs' }).waitFor();
      await a.page.getByText('No organisations yet').waitFor();

      // An organisation, then a program in it with one question.
      const orgForm = a.page.locator('form[data-create-organization-form]');
      await orgForm.getByRole('button', { name: 'Create organisation' }).click();
      await orgForm.getByText('Name the organisation.').waitFor();
      await orgForm.getByLabel('Organisation name').fill('Acme');
      await orgForm.getByRole('button', { name: 'Create organisation' }).click();
      await a.page.locator('[data-organization="Acme"]').waitFor();

      const programForm = a.page.locator('form[data-create-program-form]');
      await programForm.waitFor();
      await programForm.getByLabel('Program name').fill('New managers 2027');
      await programForm.getByLabel('Description').fill('Six months of mentoring for first-time managers.');
      await programForm.getByLabel('Starts on').fill('2027-05-01');
      await programForm.getByLabel('Ends on').fill('2027-01-01');
      await programForm.getByRole('button', { name: 'Add a question' }).click();
      await programForm.getByRole('textbox', { name: 'Question 1' }).fill(QUESTION);
      await programForm.getByRole('button', { name: 'Create program' }).click();
      // The server's error lands on its field.
      await programForm.locator('[aria-invalid="true"]').first().waitFor();
      await programForm.getByLabel('Starts on').fill('2027-01-10');
      await programForm.getByLabel('Ends on').fill('2027-07-10');
      await programForm.getByRole('button', { name: 'Create program' }).click();
      await a.page.getByRole('link', { name: 'New managers 2027' }).click();
      await a.page.getByRole('heading', { level: 1, name: 'New managers 2027' }).waitFor();
      const programId = decodeURIComponent(new URL(a.page.url()).pathname.split('/').pop()!);
      await screenshot(a.page, 'programs-01-created');

      // A mentor and a mentee enrol through the API.
      const mentor = await createMentor({ url: stage.cluster.a.url }, 'Ada Mentor', { expertise: ['Leadership'], languages: ['en'] });
      const mentee = await createMentee({ url: stage.cluster.a.url }, 'Mina Mentee');
      const { node } = await mentee.client.data(`query($id: ID!) { node(id: $id) { ... on Program { enrollmentQuestions { id } } } }`, { id: programId });
      const questionId = node.enrollmentQuestions[0].id;
      for (const [person, role] of [
        [mentor, 'MENTOR'],
        [mentee, 'MENTEE'],
      ] as const) {
        const { enrollInProgram } = await person.client.data(ENROLL, { input: { programId, role, answers: [{ questionId, answer: `To grow as a ${role.toLowerCase()}.` }] } });
        expect(enrollInProgram.userErrors).toEqual([]);
      }

      // The admin sees both with their answers and approves them.
      await a.page.reload();
      const pending = a.page.locator('[data-pending-enrollments]');
      await pending.locator('[data-enrollment="Mina Mentee"]').getByText('To grow as a mentee.').waitFor();
      await pending.locator('[data-enrollment="Ada Mentor"]').getByText(QUESTION).waitFor();
      await screenshot(a.page, 'programs-02-pending');
      await a.page.getByRole('button', { name: 'Approve Mina Mentee as mentee' }).click();
      await pending.locator('[data-enrollment="Mina Mentee"]').waitFor({ state: 'detached' });
      await a.page.getByRole('button', { name: 'Approve Ada Mentor as mentor' }).click();
      await a.page.getByText('No enrolments waiting').waitFor();

      // One suggested pair, with its score and why; match it.
      await a.page.getByRole('tab', { name: /Matching/ }).click();
      const pairs = a.page.locator('[data-suggested-pair]');
      await pairs.first().waitFor();
      expect(await pairs.count()).toBe(1);
      const pair = a.page.locator('[data-suggested-pair="Mina Mentee with Ada Mentor"]');
      expect(await pair.locator('[data-match-breakdown] li').count()).toBeGreaterThanOrEqual(1);
      await pair.getByRole('checkbox', { name: 'Mina Mentee with Ada Mentor' }).check();
      await screenshot(a.page, 'programs-03-suggested');
      await a.page.getByRole('button', { name: /Match selected/ }).click();
      await a.page.locator('[data-matched-pair="Mina Mentee with Ada Mentor"]').waitFor({ timeout: 15_000 });
      await a.page.getByText('No suggested pairs').waitFor();
      await screenshot(a.page, 'programs-04-matched');

      // The mentorship exists for the mentee.
      const { viewer } = await mentee.client.data(`{ viewer { mentorships(first: 5) { nodes { mentor { displayName } } } } }`);
      expect(viewer.mentorships.nodes.map((m: { mentor: { displayName: string } }) => m.mentor.displayName)).toEqual(['Ada Mentor']);
    } finally {
      await a.context.close();
    }
  });
});
