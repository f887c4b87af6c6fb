import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { createSchema } from './schema.js';
import { checkOperation } from './limits.js';

// Subscriptions over WebSocket keep their document while they run: one parsed
// copy per query text, not one per subscriber (see `checkedDocument`).

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const ROOM = `subscription ($sessionId: ID!, $after: Int!) { sessionEvents(sessionId: $sessionId, after: $after) { seq type } }`;

describe('checkOperation', () => {
  it('gives every operation with the same text the same document', () => {
    const first = checkOperation(schema, ROOM, { sessionId: 'a', after: 0 });
    const second = checkOperation(schema, ROOM, { sessionId: 'b', after: 5 });
    expect('document' in first && 'document' in second && first.document === second.document).toBe(true);
  });

  it('still costs each operation by its own variables', () => {
    const query = `query ($n: Int) { viewer { mentorships(first: $n) { nodes { id } } } }`;
    const small = checkOperation(schema, query, { n: 1 });
    const large = checkOperation(schema, query, { n: 100 });
    expect('cost' in small && 'cost' in large && large.cost > small.cost).toBe(true);
  });

  it('refuses an invalid text every time, not only the first', () => {
    for (let i = 0; i < 2; i++) {
      const checked = checkOperation(schema, `{ noSuchField }`, {});
      expect('errors' in checked && checked.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});
