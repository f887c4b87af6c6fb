import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';

export type SchemaChange = {
  level: 'breaking' | 'dangerous' | 'safe';
  message: string;
  path: string | undefined;
  /** A breaking change to something the committed schema had already marked @deprecated: allowed. */
  deprecatedFirst: boolean;
};

const LEVELS: Record<CriticalityLevel, SchemaChange['level']> = {
  [CriticalityLevel.Breaking]: 'breaking',
  [CriticalityLevel.Dangerous]: 'dangerous',
  [CriticalityLevel.NonBreaking]: 'safe',
};

/**
 * Whether the thing at `path` (`Type.field`, `Type.field.argument`,
 * `Enum.VALUE`, `Input.field`, or a type name) was deprecated in `schema`.
 * A type cannot be deprecated itself: it counts as deprecated when every
 * field and argument that used it was (so removing the last of them may
 * take the type along).
 */
export function wasDeprecated(schema: GraphQLSchema, path: string | undefined): boolean {
  if (!path) return false;
  const [typeName, member, argument] = path.split('.');
  const type = schema.getType(typeName!);
  if (!type) return false;
  if (member === undefined) return usesOf(schema, typeName!).every((use) => use.deprecated);
  if (isEnumType(type)) return Boolean(type.getValue(member)?.deprecationReason);
  if (isInputObjectType(type)) return Boolean(type.getFields()[member]?.deprecationReason);
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    if (!field) return false;
    if (argument === undefined) return Boolean(field.deprecationReason);
    // An argument of a deprecated field goes with it.
    return Boolean(field.deprecationReason || field.args.find((arg) => arg.name === argument)?.deprecationReason);
  }
  return false;
}

/** Every field, argument and input field whose type is `typeName`, and whether each was deprecated. */
function usesOf(schema: GraphQLSchema, typeName: string): { deprecated: boolean }[] {
  const uses: { deprecated: boolean }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name === typeName) uses.push({ deprecated: Boolean(field.deprecationReason) });
        for (const arg of field.args) {
          if (getNamedType(arg.type).name === typeName) uses.push({ deprecated: Boolean(field.deprecationReason || arg.deprecationReason) });
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name === typeName) uses.push({ deprecated: Boolean(field.deprecationReason) });
      }
    }
  }
  return uses;
}

/** Classifies what changed from the committed schema to the current one, with graphql-inspector's rules. */
export async function compareSchemas(before: string | GraphQLSchema, after: string | GraphQLSchema): Promise<SchemaChange[]> {
  const old = typeof before === 'string' ? buildSchema(before) : before;
  const current = typeof after === 'string' ? buildSchema(after) : after;
  const changes: Change[] = await diff(old, current);
  return changes.map((change) => {
    const level = LEVELS[change.criticality.level];
    return { level, message: change.message, path: change.path, deprecatedFirst: level === 'breaking' && wasDeprecated(old, change.path) };
  });
}

/** The changes that must stop a build: breaking, and not deprecated first. */
export const blocking = (changes: SchemaChange[]): SchemaChange[] => changes.filter((change) => change.level === 'breaking' && !change.deprecatedFirst);

/** One line per change, grouped by level, for the terminal. */
export function report(changes: SchemaChange[]): string {
  if (!changes.length) return 'No changes to the schema.';
  const sections: [string, SchemaChange[]][] = [
    ['Breaking', changes.filter((change) => change.level === 'breaking')],
    ['Dangerous', changes.filter((change) => change.level === 'dangerous')],
    ['Safe', changes.filter((change) => change.level === 'safe')],
  ];
  return sections
    .filter(([, list]) => list.length)
    .map(([title, list]) => `${title} (${list.length}):\n${list.map((change) => `  - ${change.message}${change.deprecatedFirst ? ' (deprecated first: allowed)' : ''}`).join('\n')}`)
    .join('\n\n');
}
