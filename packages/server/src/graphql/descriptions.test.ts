import { describe, expect, it } from 'vitest';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, type GraphQLSchema } from 'graphql';
import { createSchema } from './schema.js';

/**
 * Everything in the schema that lacks a description, as `type X`, `field X.f`,
 * `arg X.f(a)` and `enum X.V`. The schema is the API's documentation (the
 * explorer and generated clients show these texts), so an undescribed thing is
 * an undocumented one. Introspection types and the built-in scalars are the
 * spec's, not ours.
 */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text?.trim();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (blank(arg.description)) missing.push(`arg ${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`enum ${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('the schema', () => {
  it('describes every type, field, argument and enum value', async () => {
    expect(undescribed(await createSchema())).toEqual([]);
  });

  it('counts a blank description as missing and skips only built-ins', () => {
    const sdl = `
      "Root." type Query { "Ok." ok(" " arg: Int, "Ok." other: ID): Kind, bare: String }
      enum Kind { "Ok." A, B }
      scalar Unexplained
      input Filter { "" text: String }`;
    expect(undescribed(buildSchema(sdl))).toEqual([
      'arg Query.ok(arg)',
      'field Query.bare',
      'type Kind',
      'enum Kind.B',
      'type Unexplained',
      'type Filter',
      'field Filter.text',
    ]);
  });
});
