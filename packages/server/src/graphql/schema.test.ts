import { describe, expect, it } from 'vitest';
import { getMetadataStorage } from 'type-graphql';
import { createSchema } from './schema.js';

/**
 * Root fields anyone may call. Every other root field must declare who may
 * call it with `@Authorized` (or check inside, as `viewer` does), so a new
 * field cannot be public by accident.
 */
const PUBLIC_ROOT_FIELDS = new Set([
  'Query.serverInfo',
  'Query.node',
  'Query.nodes',
  'Query.viewer',
  'Query.reflectionPrompts',
  // Visible profiles only; tokens need profile:read (checked inside).
  'Query.searchMentors',
  'Mutation.signUp',
  'Mutation.signIn',
  // Clears the cookie for anyone; ends the session when there is one.
  'Mutation.signOut',
  'Mutation.verifyEmail',
  'Mutation.requestPasswordReset',
  'Mutation.resetPassword',
]);

describe('the schema', () => {
  it('declares authorisation on every root field that is not deliberately public', async () => {
    const schema = await createSchema();
    const authorized = new Set(getMetadataStorage().authorizedFields.map((field) => `${field.target.name}.${field.fieldName}`));
    const { queries, mutations } = getMetadataStorage();
    const resolverOf = new Map<string, string>([
      ...queries.map((q) => [`Query.${q.schemaName}`, `${q.target.name}.${q.methodName}`] as const),
      ...mutations.map((m) => [`Mutation.${m.schemaName}`, `${m.target.name}.${m.methodName}`] as const),
    ]);
    const undeclared: string[] = [];
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const name of Object.keys(root.getFields())) {
        const key = `${root.name}.${name}`;
        if (PUBLIC_ROOT_FIELDS.has(key)) continue;
        if (!authorized.has(resolverOf.get(key) ?? '')) undeclared.push(key);
      }
    }
    expect(undeclared).toEqual([]);
  });
});
