import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { TestClient } from '../../testing/graphql-client.js';
import { createMentee, createMentor, type Person } from '../../testing/mentoring.js';

const server = useTestApp();
let searcher: Person;

const SEARCH = `query($query: String, $filter: MentorSearchFilter, $first: Int, $after: String) {
  searchMentors(query: $query, filter: $filter, first: $first, after: $after) {
    totalCount nodes { headline } pageInfo { hasNextPage endCursor }
  }
}`;

beforeAll(async () => {
  const mentors: [string, Record<string, unknown>][] = [
    ['Speaker', { headline: 'Conference speaker and coach', expertise: ['Public speaking'], skills: [{ name: 'Storytelling', level: 5 }], languages: ['en'], timeZone: 'Europe/Lisbon', visibility: 'PUBLIC', formats: ['VIDEO'] }],
    ['Data', { headline: 'Staff data engineer', expertise: ['Data engineering'], skills: [{ name: 'SQL', level: 5 }], bio: 'I help analysts become engineers.', languages: ['pt', 'en'], timeZone: 'America/Sao_Paulo', formats: ['CHAT'] }],
    ['Manager', { headline: 'Engineering manager', expertise: ['Leadership'], skills: [{ name: 'Delegation', level: 4 }], bio: 'Also some SQL.', languages: ['de'], timeZone: 'Asia/Tokyo' }],
    ['Hidden', { headline: 'Secret speaker', expertise: ['Public speaking'], visibility: 'HIDDEN' }],
    ['Full', { headline: 'Public speaking coach, not taking requests', expertise: ['Public speaking'], acceptingRequests: false }],
  ];
  for (const [name, profile] of mentors) await createMentor(server.app, name, profile);
  searcher = await createMentee(server.app, 'Searcher');
});

const search = async (variables: Record<string, unknown>, client: TestClient = searcher.client) =>
  (await client.data(SEARCH, variables)).searchMentors;
const headlines = async (variables: Record<string, unknown>, client?: TestClient) =>
  (await search(variables, client)).nodes.map((node: { headline: string }) => node.headline);

describe('searching mentors', () => {
  it('ranks by full text over headline, expertise, skills and bio', async () => {
    expect(await headlines({ query: 'data engineering' })).toEqual(['Staff data engineer']);
    // Skills outrank a passing mention in a bio.
    expect(await headlines({ query: 'SQL' })).toEqual(['Staff data engineer', 'Engineering manager']);
  });

  it('tolerates typos', async () => {
    expect(await headlines({ query: 'public speking' })).toEqual(['Conference speaker and coach']);
    expect(await headlines({ query: 'enginer' })).toContain('Engineering manager');
  });

  it('filters by skills, expertise, languages, formats, time zone and availability, together', async () => {
    expect(await headlines({ filter: { skills: ['sql'] } })).toEqual(['Staff data engineer']);
    expect(await headlines({ filter: { expertise: ['LEADERSHIP'] } })).toEqual(['Engineering manager']);
    expect(new Set(await headlines({ filter: { languages: ['en'] } }))).toEqual(new Set(['Conference speaker and coach', 'Staff data engineer']));
    expect(await headlines({ filter: { languages: ['en'], formats: ['CHAT'] } })).toEqual(['Staff data engineer']);
    expect(await headlines({ filter: { nearTimeZone: 'Europe/London', maxHoursApart: 1 } })).toEqual(['Conference speaker and coach']);
    expect(await headlines({ query: 'public speaking', filter: { acceptingRequests: false } })).toEqual(
      expect.arrayContaining(['Conference speaker and coach', 'Public speaking coach, not taking requests']),
    );
  });

  it('never shows hidden profiles, and shows members-only ones only to members', async () => {
    expect(await headlines({ query: 'secret speaker' })).not.toContain('Secret speaker');
    expect(await headlines({ query: 'speaker' })).toEqual(['Conference speaker and coach']);
    const anonymous = new TestClient(server.app.url);
    expect(await headlines({}, anonymous)).toEqual(['Conference speaker and coach']);
    expect((await search({})).totalCount).toBe(3);
  });

  it('pages through results with opaque cursors', async () => {
    const first = await search({ first: 2 });
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = await search({ first: 2, after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasNextPage).toBe(false);
    const all = [...first.nodes, ...second.nodes].map((node: { headline: string }) => node.headline);
    expect(new Set(all).size).toBe(3);
  });

  it('refuses a forged cursor or an invalid filter with a clear code', async () => {
    const forged = await searcher.client.request(SEARCH, { after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_CURSOR');
    const badZone = await searcher.client.request(SEARCH, { filter: { nearTimeZone: 'Atlantis/Capital', maxHoursApart: 2 } });
    expect(badZone.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('nearTimeZone') });
  });
});
