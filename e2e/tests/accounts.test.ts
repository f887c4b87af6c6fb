import { describe, expect, it } from 'vitest';
import { useStage } from '../harness/stage.js';
import type { Page } from 'playwright-core';
import { screenshot } from '../harness/browser.js';

const stage = useStage();

/** A GraphQL request as a third-party script would send it: no cookies, only the bearer token. */
async function withToken(secret: string, query: string) {
  const response = await fetch(`${stage.cluster.a.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

/** Picks a level (1–5) in one of the editor's level pickers, as a person clicks it. */
async function chooseLevel(page: Page, label: string, level: number) {
  await page.getByRole('radiogroup', { name: label }).locator('label', { hasText: String(level) }).click();
}

const GOAL = 'Lead a product launch from idea to release';
const WHY = 'I want to own outcomes, not only tasks, before my next review.';
const SKILL = 'Facilitation';
const SITUATION = 'My first release as a team lead slipped by three weeks.';

describe('accounts in the browser', () => {
  it('signs up, onboards as a mentee, saves a needs assessment, and creates a read-only token that works only for reading', async () => {
    const page = await stage.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const email = `mentee-${Date.now()}@example.com`;

    // Sign up from the home page.
    await page.goto(stage.cluster.a.url);
    await page.getByRole('link', { name: 'Create your account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    await page.getByLabel('Your name').fill('Mina Mentee');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('a calm teal river 42');
    await screenshot(page, 'accounts-01-sign-up');
    await page.getByRole('button', { name: 'Create account' }).click();

    // A new account goes to onboarding first.
    await page.waitForURL(/\/onboarding$/, { timeout: 15_000 });
    await page.getByRole('heading', { level: 1, name: 'How will you use Mentorspace?' }).waitFor();
    await page.getByRole('checkbox', { name: 'I am looking for a mentor' }).click();
    expect(await page.getByRole('checkbox', { name: 'I am looking for a mentor' }).getAttribute('aria-checked')).toBe('true');
    await screenshot(page, 'accounts-02-onboarding');
    await page.getByRole('button', { name: 'Continue' }).click();

    // Mentees continue to the needs assessment, which starts with a row of each to fill in.
    await page.waitForURL(/\/needs-assessment$/, { timeout: 15_000 });
    const form = page.locator('form[data-needs-assessment-form]');
    await form.waitFor();
    await form.getByLabel('Goal', { exact: true }).fill(GOAL);
    await form.getByRole('radiogroup', { name: 'When' }).locator('label', { hasText: 'Long term' }).click();
    await form.getByLabel('Why it matters to you').fill(WHY);
    await form.getByLabel('Skill', { exact: true }).fill(SKILL);
    await chooseLevel(page, 'Where you are now', 2);
    await chooseLevel(page, 'Where you want to be', 4);
    await form.getByLabel('The situation').fill(SITUATION);
    await form.getByLabel('What worked').fill('Daily check-ins with the two people most at risk.');
    await form.getByLabel('What did not work').fill('I cut scope too late and told stakeholders even later.');
    await form.getByRole('checkbox', { name: 'Career guidance' }).check();
    await screenshot(page, 'accounts-03-needs-assessment-filled');
    await page.getByRole('button', { name: 'Save needs assessment' }).click();
    await page.getByText(/All changes saved/).waitFor({ timeout: 15_000 });
    await screenshot(page, 'accounts-04-needs-assessment-saved');

    // It is stored: a fresh load shows it again.
    await page.reload();
    await form.waitFor();
    expect(await form.getByLabel('Goal', { exact: true }).inputValue()).toBe(GOAL);
    expect(await form.getByLabel('Why it matters to you').inputValue()).toBe(WHY);
    expect(await form.getByLabel('Skill', { exact: true }).inputValue()).toBe(SKILL);
    expect(await page.getByRole('radiogroup', { name: 'Where you are now' }).locator('input:checked').getAttribute('value')).toBe('2');
    expect(await page.getByRole('radiogroup', { name: 'Where you want to be' }).locator('input:checked').getAttribute('value')).toBe('4');
    expect(await form.getByLabel('The situation').inputValue()).toBe(SITUATION);
    expect(await form.getByRole('checkbox', { name: 'Career guidance' }).isChecked()).toBe(true);
    await screenshot(page, 'accounts-05-needs-assessment-reloaded');

    // Settings: a token with only profile:read; its secret is shown once.
    await page.getByRole('button', { name: /^Account:/ }).click();
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.locator('[data-sessions] [data-session="current"]').waitFor();
    expect(await page.locator('[data-session="current"]').textContent()).toContain('This browser');
    await page.getByRole('button', { name: 'Create token' }).click();
    const tokenForm = page.locator('form[data-create-token-form]');
    await tokenForm.getByRole('textbox', { name: 'Name' }).fill('Read-only script');
    await tokenForm.getByRole('checkbox', { name: 'profile:read' }).check();
    await screenshot(page, 'accounts-06-token-form');
    await tokenForm.getByRole('button', { name: 'Create token' }).click();
    const secretElement = page.locator('[data-token-secret]');
    await secretElement.waitFor({ timeout: 15_000 });
    const secret = (await secretElement.innerText()).trim();
    expect(secret).toMatch(/^mst_\S+$/);
    expect(await page.locator('[data-new-token]').innerText()).toMatch(/only time it is shown/);
    await page.locator('[data-token="Read-only script"]').waitFor();
    expect(await page.locator('[data-token="Read-only script"]').textContent()).toContain('profile:read');
    await screenshot(page, 'accounts-07-token-created');

    // The token reads, as the person who made it, including what they just saved…
    const goalsQuery = '{ viewer { displayName email needsAssessment { goals { id title horizon } } } }';
    const read = await withToken(secret, goalsQuery);
    expect(read.errors).toBeUndefined();
    expect(read.data?.viewer).toMatchObject({
      displayName: 'Mina Mentee',
      email,
      needsAssessment: { goals: [{ title: GOAL, horizon: 'LONG_TERM' }] },
    });
    const goalId = read.data?.viewer.needsAssessment.goals[0].id as string;

    // …but cannot write: profile:write was not granted.
    const write = await withToken(secret, 'mutation { updateMentorProfile(input: { headline: "Not allowed" }) { mentorProfile { id } } }');
    expect(write.errors?.[0]?.extensions?.code).toBe('INSUFFICIENT_SCOPE');

    // Once dismissed, the secret is gone from the page for good.
    await page.getByRole('button', { name: 'I have saved it' }).click();
    expect(await page.locator('[data-token-secret]').count()).toBe(0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Mina' }).waitFor();
    await page.getByRole('main').getByText(GOAL).waitFor();
    await screenshot(page, 'accounts-08-dashboard');

    // Editing a goal keeps it the same goal (mentorship requests refer to it by id).
    await page.getByRole('link', { name: 'Edit needs assessment' }).click();
    await form.waitFor();
    await form.getByLabel('Why it matters to you').fill(`${WHY} And I want to mentor others one day.`);
    await page.getByRole('button', { name: 'Save needs assessment' }).click();
    await page.getByText(/All changes saved/).waitFor({ timeout: 15_000 });
    const reread = await withToken(secret, goalsQuery);
    expect(reread.data?.viewer.needsAssessment.goals).toEqual([{ id: goalId, title: GOAL, horizon: 'LONG_TERM' }]);
    await page.close();
  }, 120_000);
});
