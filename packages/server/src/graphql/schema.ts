import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { SystemResolver } from '../modules/system/system.resolver.js';

/** Every resolver of every module; the schema (and the printed SDL) is built from this list. */
export const resolvers = [SystemResolver] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    // The committed SDL is printed by `pnpm schema:print`; nothing is written at start.
    emitSchemaFile: false,
    validate: false,
  });
}
