import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';

// Inputs for any GraphQL field, generated from its argument types: the shape
// is always valid (so the request reaches the resolver), the values are
// hostile. Used by the mutation fuzz test; nothing here knows a mutation.

/** Strings that have broken servers before: empty, huge, control characters, odd Unicode, SQL and markup. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\t\n\r ',
  '\u0000',
  'nul\u0000in the middle',
  '\u0007\u001b[31mred\u001b[0m',
  "'; drop table users; --",
  "' or '1'='1",
  '%_\\',
  '$1',
  '?',
  '{"$ne": null}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '\u202eevil\u202c',
  'zero\u200bwidth',
  '\ud800',
  '\udfff lone',
  '🧑‍🏫👩🏽‍💻',
  'ǅ Ⅻ ﬃ ß İ',
  'a'.repeat(101),
  'x'.repeat(5_000),
  'y'.repeat(60_000),
  'word '.repeat(2_000),
];

/** Values that pass a format check somewhere, so the request goes deeper than validation. */
const PLAUSIBLE_STRINGS = [
  'Lead a design review',
  'someone@example.com',
  'https://example.com/meet',
  'http://localhost:4000/x',
  'javascript:alert(1)',
  '2027-03-01',
  '2027-03-01T10:00',
  '2027-02-30',
  '0000-01-01',
  '1969-12-31',
  '9999-12-31',
  '2027-03-01T10:00:00.000Z',
  'Europe/Berlin',
  'Mars/Olympus_Mons',
  'en',
  'xx',
  'FREQ=WEEKLY;COUNT=4',
  'FREQ=SECONDLY;COUNT=100000',
  'FREQ=DAILY',
  'RRULE:FREQ=MONTHLY;BYDAY=MO',
  'password',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** 32-bit, as GraphQL's Int: anything wider is refused by coercion before a resolver sees it. */
export const hostileInt: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -1, 1, 2, 7, 100, 1_000, 2_147_483_647, -2_147_483_648, 1_000_000),
  fc.integer(),
);

export const hostileFloat: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0.5, 0.5, 1e308, -1e308, 5e-324, 100.25),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Ids the caller may use, ids of other people's things, and ids that are no ids at all. */
export type IdPool = { own: string[]; others: string[] };

const globalIdOf = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const BAD_IDS = [
  '',
  'not-an-id',
  '0',
  '-1',
  '===',
  'x'.repeat(10_000),
  globalIdOf('User', 'not-a-uuid'),
  globalIdOf('Message', '00000000-0000-0000-0000-000000000000'),
  globalIdOf('NoSuchType', '4f1c8e52-8d0e-4d8e-9f57-2b2b8f7a1c11'),
  globalIdOf('', ''),
  globalIdOf('Goal', "'; drop table goals; --"),
  globalIdOf('Mentorship', '4f1c8e52-8d0e-4d8e-9f57-2b2b8f7a1c11'.repeat(2)),
];

const typeOf = (id: string) => Buffer.from(id, 'base64').toString('utf8').split(':')[0] ?? '';

/**
 * Ids for a field: mostly the caller's own things of the type the field's
 * name suggests (`sessionId` → a LiveSession, `goalIds` → Goals), so that
 * requests get past "not found" to the code behind it; also the same kind
 * of thing belonging to a stranger, anything else, and ids that are no ids.
 */
export function idArbitrary(pool: IdPool, fieldName = ''): fc.Arbitrary<string> {
  const stem = /^(.+?)Ids?$/.exec(fieldName)?.[1];
  const kind = stem ? stem[0]!.toUpperCase() + stem.slice(1) : null;
  const ofKind = (ids: string[]) => (kind ? ids.filter((id) => typeOf(id).endsWith(kind)) : []);
  const retyped = (ids: string[]) =>
    // A real uuid under another type name: the id of one thing used as another.
    fc.tuple(fc.constantFrom(...ids), fc.constantFrom('User', 'Message', 'Goal', 'Mentorship', 'LiveSession', 'GoalBoard')).map(([id, type]) => {
      const uuid = Buffer.from(id, 'base64').toString('utf8').split(':')[1] ?? '';
      return globalIdOf(type, uuid);
    });
  const options: fc.WeightedArbitrary<string>[] = [{ weight: 2, arbitrary: fc.constantFrom(...BAD_IDS) }, { weight: 1, arbitrary: hostileString }];
  const add = (weight: number, ids: string[]) => {
    if (ids.length) options.push({ weight, arbitrary: fc.constantFrom(...ids) });
  };
  add(12, ofKind(pool.own));
  add(3, pool.own);
  add(3, ofKind(pool.others));
  add(1, pool.others);
  if (pool.own.length) options.push({ weight: 1, arbitrary: retyped(pool.own) });
  return fc.oneof(...options);
}

/** A value of any input type. Nullable parts are sometimes null or left out; fields get arbitraries by name where the name says more. */
export function inputArbitrary(type: GraphQLInputType, pool: IdPool, fieldName = ''): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, pool, fieldName);
  return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: valueOf(type, pool, fieldName) });
}

function valueOf(type: GraphQLInputType, pool: IdPool, fieldName: string): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.array(inputArbitrary(type.ofType, pool, fieldName), { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.array(inputArbitrary(type.ofType, pool, fieldName), { minLength: 20, maxLength: 60 }) },
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) shape[field.name] = inputArbitrary(field.type, pool, field.name);
    const requiredKeys = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => field.name);
    return fc.record(shape, { requiredKeys });
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.value as unknown));
  switch (type.name) {
    case 'ID':
      return idArbitrary(pool, fieldName);
    case 'String':
      if (fieldName === 'clientMutationId') return fc.oneof(fc.uuid(), hostileString);
      if (/Ids?$/.test(fieldName)) return idArbitrary(pool, fieldName);
      return hostileString;
    case 'Int':
      return hostileInt;
    case 'Float':
      return hostileFloat;
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return fc.oneof(
        fc.constantFrom('2027-03-01T10:00:00.000Z', '1970-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z', '2027-03-01T10:00:00+14:00'),
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      );
    case 'JSON':
    case 'JSONObject':
      return fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 });
    default:
      throw new Error(`no arbitrary for the scalar ${type.name}: add one to graphql-arbitraries.ts`);
  }
}

/**
 * A selection set for an output type: every field without required
 * arguments, to `depth` levels, skipping connections below the top (they
 * are paged lists with their own tests, and would inflate the query's cost).
 */
export function selectionFor(type: GraphQLOutputType, depth: number): string | null {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (depth <= 0) return null;
  if (isUnionType(named)) return '{ __typename }';
  if (!isObjectType(named) && !isInterfaceType(named)) return null;
  const parts: string[] = ['__typename'];
  for (const field of Object.values(named.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    if (/Connection$/.test(getNamedType(field.type).name) && depth < 3) continue;
    const sub = selectionFor(field.type, depth - 1);
    if (sub === null) continue;
    parts.push(sub ? `${field.name} ${sub}` : field.name);
  }
  return `{ ${parts.join(' ')} }`;
}

/** Every `id` field in a response, to use as the ids of things that exist. */
export function idsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) idsIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'id' || key.endsWith('Id')) && typeof item === 'string') found.add(item);
      else idsIn(item, found);
    }
  }
  return found;
}
