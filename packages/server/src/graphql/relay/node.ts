import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * The Relay `Node` interface. Ids are opaque: base64 of `Type:uuid`, so one
 * id names one object of one type across the whole API.
 */
@InterfaceType({
  description: 'An object with a globally unique, opaque id that `node(id:)` can fetch again.',
  resolveType: (value: object) => nodeTypeName(value),
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque and global: pass it to `node(id:)` to fetch this object again.' })
  id!: string;
}

const typeNames = new Map<Function, string>();

/** Names the GraphQL type of a class that implements Node; call beside the class. */
export function nodeType(typeName: string) {
  return (target: Function) => void typeNames.set(target, typeName);
}

export function nodeTypeName(value: object): string {
  const name = typeNames.get(value.constructor);
  if (!name) throw new Error(`${value.constructor.name} is not a registered Node type`);
  return name;
}

/**
 * base64 of `Type:uuid`, as graphql-relay's `toGlobalId` makes it, but with
 * Node's own base64 (graphql-relay's is plain JavaScript, and an id is made
 * for every object served: a tenth of a board request's work).
 */
export const globalId = (typeName: string, id: string): string => Buffer.from(`${typeName}:${id}`).toString('base64');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The type and database id inside a global id, or null when it is not one of ours. */
export function parseGlobalId(id: string): { typeName: string; id: string } | null {
  if (id.length > 200) return null;
  const text = Buffer.from(id, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  const [typeName, raw] = [text.slice(0, colon), text.slice(colon + 1)];
  // Node's decoder skips what is not base64: only the very id we would make names the object.
  return colon > 0 && UUID.test(raw) && globalId(typeName, raw) === id ? { typeName, id: raw } : null;
}

/** The database id of a global id of the given type, or null. */
export function idOfType(globalIdValue: string, typeName: string): string | null {
  const parsed = parseGlobalId(globalIdValue);
  return parsed?.typeName === typeName ? parsed.id : null;
}
