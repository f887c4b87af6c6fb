import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { createSchema } from './schema.js';
import { CheckedDocuments } from './limits.js';

// graphql-ws operations keep their parsed and validated documents by text;
// what depends on the variables is still checked on every operation.

const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } userErrors { code } } }`;
const input = (body: string) => ({ input: { sessionId: 'x', body, clientMutationId: 'c' } });

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

describe('CheckedDocuments', () => {
  it('parses and validates a text once, and still checks each operation’s variables', () => {
    const documents = new CheckedDocuments(schema);
    const first = documents.check(SEND, input('hello'));
    const second = documents.check(SEND, input('again'));
    expect('document' in first && 'document' in second && first.document === second.document).toBe(true);
    const unstorable = documents.check(SEND, input('bad \u0000 text'));
    expect('errors' in unstorable && unstorable.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an invalid text every time instead of keeping it', () => {
    const documents = new CheckedDocuments(schema);
    for (let i = 0; i < 2; i++) {
      const checked = documents.check('mutation { noSuchField }', {});
      expect('errors' in checked && checked.errors.length).toBeGreaterThan(0);
    }
  });

  it('forgets the least recently used text past its capacity', () => {
    const documents = new CheckedDocuments(schema, 2);
    const texts = ['query { viewer { id } }', 'query A { viewer { id } }', 'query B { viewer { id } }'];
    const kept = documents.check(texts[0]!, {});
    documents.check(texts[1]!, {});
    documents.check(texts[2]!, {});
    const again = documents.check(texts[0]!, {});
    expect('document' in kept && 'document' in again && kept.document !== again.document).toBe(true);
  });
});
