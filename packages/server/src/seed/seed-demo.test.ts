import { describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestApp, useTestApp } from '../testing/test-app.js';
import { TestClient } from '../testing/graphql-client.js';
import { Program } from '../modules/programs/program.entity.js';
import { seedDemoData, SeedRefused } from './seed-demo.js';
import { accountsText } from './accounts-text.js';

const server = useTestApp();

async function signIn(email: string, password: string): Promise<TestClient> {
  const client = new TestClient(server.app.url);
  const { signIn } = await client.data(`mutation($input: SignInInput!) { signIn(input: $input) { userErrors { code } } }`, { input: { email, password } });
  expect(signIn.userErrors).toEqual([]);
  return client;
}

describe('the demo seed', () => {
  it('fills an empty database through the services, prints the accounts, and refuses to run twice', async () => {
    const result = await seedDemoData({ em: server.app.orm.em, services: server.app.services });
    expect(result.seeded).toBe(true);
    const text = accountsText(result, server.app.url);
    expect(text).toContain('olivia.grant@example.com');
    expect(text).toContain('amara.osei@example.com');

    // The admin sees insights with something in every chart.
    const admin = await signIn('olivia.grant@example.com', result.password);
    const { viewer } = await admin.data(`{ viewer { organizations { nodes { programs { nodes { id } } } } } }`);
    const programId = viewer.organizations.nodes[0].programs.nodes[0].id;
    const { node } = await admin.data(
      `query($id: ID!) { node(id: $id) { ... on Program { insights { activeMentorships mentorshipsByStatus { status count } sessions { held expected weekly { sessions } }
        goals { goals goalsCompleted milestonesOverdue } reviews { averageRating } feedback { givers } requests { answered buckets { count } } atRisk { mentee { displayName } reasons { kind } } } } } }`,
      { id: programId },
    );
    const insights = node.insights;
    expect(insights.activeMentorships).toBe(3);
    expect(insights.mentorshipsByStatus.filter((s: { count: number }) => s.count > 0).map((s: { status: string }) => s.status)).toEqual([
      'PENDING_AGREEMENT',
      'ACTIVE',
      'PAUSED',
      'COMPLETED',
    ]);
    expect(insights.sessions.weekly.some((week: { sessions: number }) => week.sessions > 0)).toBe(true);
    expect(insights.goals.goalsCompleted).toBeGreaterThan(0);
    expect(insights.reviews.averageRating).not.toBeNull();
    expect(insights.feedback.givers).toBeGreaterThanOrEqual(3);
    expect(insights.requests.answered).toBe(3);
    expect(insights.atRisk.map((risk: { mentee: { displayName: string } }) => risk.mentee.displayName)).toEqual(['Lucas Moreau', 'Mei Chen']);

    // The demo mentee has a mentorship with a board and chat history.
    const amara = await signIn('amara.osei@example.com', result.password);
    const { viewer: mentee } = await amara.data(`{ viewer { mentorships { nodes { status mentor { displayName } goalBoard { lanes { goals { title } } } liveSessions { id } } } } }`);
    const [mentorship] = mentee.mentorships.nodes;
    expect(mentorship.mentor.displayName).toBe('Priya Raman');
    expect(mentorship.goalBoard.lanes.flatMap((lane: { goals: unknown[] }) => lane.goals)).toHaveLength(3);
    const { node: room } = await amara.data(`query($id: ID!) { node(id: $id) { ... on LiveSession { messages(last: 50) { nodes { body } } } } }`, {
      id: mentorship.liveSessions[0].id,
    });
    expect(room.messages.nodes.length).toBeGreaterThan(3);

    // Twice: nothing changes.
    expect((await seedDemoData({ em: server.app.orm.em, services: server.app.services })).seeded).toBe(false);
    expect(await server.app.orm.em.fork().count(Program, {})).toBe(1);
  }, 180_000); // seeding makes a few hundred service calls

  it('refuses a database with other people in it unless forced', async () => {
    const other = await createTestDatabase();
    const second = await startTestApp({ databaseUrl: other.url });
    try {
      await second.orm.em.fork().execute(`insert into users (uuid, email, display_name, password_hash, created_at, updated_at) values (gen_random_uuid(), 'real@person.test', 'Real', 'x', now(), now())`);
      await expect(seedDemoData({ em: second.orm.em, services: second.services })).rejects.toThrow(SeedRefused);
      expect(await second.orm.em.fork().count(Program, {})).toBe(0);
    } finally {
      await second.close();
      await other.drop();
    }
  });
});
