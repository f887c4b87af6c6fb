import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, Kind, parse, typeFromAST, validate,
  type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { costOf, LIMITS } from './limits.js';
import { createSchema } from './schema.js';

/** A value of `type` with only what is required; every Int is 100, the largest page, so page sizes cost their worst. */
function sample(type: GraphQLInputType): unknown {
  const named = getNullableType(type);
  if (isListType(named)) return [];
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type)]));
  }
  return { Int: 100, Float: 1, Boolean: false, DateTimeISO: '2027-01-01T00:00:00Z' }[named.name] ?? 'x';
}

const variablesFor = (schema: GraphQLSchema, operation: OperationDefinitionNode) =>
  Object.fromEntries((operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, sample(typeFromAST(schema, v.type as never) as GraphQLInputType)]));

const OPERATIONS = fileURLToPath(new URL('../../../../schema/operations/', import.meta.url));

/**
 * The web app's own operations must fit the limits strangers get, with half
 * to spare: a screen refused by the cost limit is a broken screen. Page-size
 * variables are costed at the largest page the server allows.
 */
describe("the web app's operations", async () => {
  const schema = await createSchema();
  const files = (await readdir(OPERATIONS)).filter((file) => file.endsWith('.graphql'));
  const source = (await Promise.all(files.map((file) => readFile(OPERATIONS + file, 'utf8')))).join('\n');
  const document = parse(source);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

  it('are valid against the schema', () => {
    expect(validate(schema, document)).toEqual([]);
  });

  it.each(operations.map((op) => [op.name!.value, op] as const))('%s stays well under the cost limit', (name, operation) => {
    const cost = costOf(schema, document, variablesFor(schema, operation), name);
    expect(cost).toBeLessThanOrEqual(LIMITS.cost / 2);
  });
});

/**
 * Costs are kept per document (see `costOf`), keyed by what can change them:
 * page sizes and `@include`/`@skip`. Anything else (text, ids) must not.
 */
describe('costs kept per document', async () => {
  const schema = await createSchema();
  const document = parse(`query Costly($first: Int!, $more: Boolean!, $id: ID!) {
    recommendedMentors(first: $first) { mentor { id } }
    node(id: $id) @include(if: $more) { id }
  }`);
  const cost = (variables: Record<string, unknown>) => costOf(schema, document, { first: 10, more: true, id: 'a', ...variables }, 'Costly');

  it('costs anew when a page size or an @include changes, and the same when only other values do', () => {
    const base = cost({});
    expect(cost({ first: 40 })).toBeGreaterThan(base);
    expect(cost({ more: false })).toBeLessThan(base);
    expect(cost({})).toBe(base);
    expect(cost({ id: 'b' })).toBe(base);
  });

  it('still refuses variables that do not fit their types, however often the document was costed', () => {
    cost({});
    expect(() => cost({ first: 'ten' })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    expect(() => cost({ more: null })).toThrow(/more/);
  });
});
