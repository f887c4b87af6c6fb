import { describe, expect, it } from 'vitest';
import { blocking, compareSchemas, report } from './schema-diff.js';

const BEFORE = /* GraphQL */ `
  type Query {
    mentor(id: ID!): Mentor
    mentors(first: Int): [Mentor!]!
  }
  type Mentor {
    id: ID!
    headline: String
    bio: String @deprecated(reason: "Use headline.")
    format: Format
  }
  enum Format { VIDEO IN_PERSON }
`;

describe('schema changes', () => {
  it('blocks removing a field that was not deprecated', async () => {
    const changes = await compareSchemas(BEFORE, BEFORE.replace('headline: String', ''));
    expect(changes).toEqual([expect.objectContaining({ level: 'breaking', path: 'Mentor.headline', deprecatedFirst: false })]);
    expect(blocking(changes)).toHaveLength(1);
  });

  it('allows removing a field that was deprecated first', async () => {
    const changes = await compareSchemas(BEFORE, BEFORE.replace('bio: String @deprecated(reason: "Use headline.")', ''));
    expect(changes).toEqual([expect.objectContaining({ level: 'breaking', path: 'Mentor.bio', deprecatedFirst: true })]);
    expect(blocking(changes)).toEqual([]);
    expect(report(changes)).toMatch(/Breaking \(1\):\n {2}- Field 'bio' .*\(deprecated first: allowed\)/);
  });

  it('reports a new enum value as dangerous, not blocking', async () => {
    const changes = await compareSchemas(BEFORE, BEFORE.replace('VIDEO IN_PERSON', 'VIDEO IN_PERSON PHONE'));
    expect(changes).toEqual([expect.objectContaining({ level: 'dangerous', path: 'Format.PHONE' })]);
    expect(blocking(changes)).toEqual([]);
  });

  it('reports a new field as safe', async () => {
    const changes = await compareSchemas(BEFORE, BEFORE.replace('headline: String', 'headline: String\n    timeZone: String'));
    expect(changes).toEqual([expect.objectContaining({ level: 'safe', path: 'Mentor.timeZone', deprecatedFirst: false })]);
    expect(report(changes)).toMatch(/^Safe \(1\):/);
  });

  it('allows a removed type when every field that used it was deprecated, and blocks it otherwise', async () => {
    const withFormat = BEFORE.replace('format: Format', 'format: Format @deprecated(reason: "Formats moved to profiles.")');
    const without = withFormat.replace('format: Format @deprecated(reason: "Formats moved to profiles.")', '').replace('enum Format { VIDEO IN_PERSON }', '');
    expect(blocking(await compareSchemas(withFormat, without))).toEqual([]);
    const stillUsed = BEFORE.replace('format: Format', '').replace('enum Format { VIDEO IN_PERSON }', '');
    expect(blocking(await compareSchemas(BEFORE, stillUsed)).map((change) => change.path).sort()).toEqual(['Format', 'Mentor.format']);
  });

  it('blocks narrowing an argument that was not deprecated', async () => {
    const changes = await compareSchemas(BEFORE, BEFORE.replace('mentors(first: Int)', 'mentors(first: Int!)'));
    expect(blocking(changes)).toEqual([expect.objectContaining({ path: 'Query.mentors.first' })]);
  });
});
