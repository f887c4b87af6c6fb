import sdl from '@mentorspace/schema/schema.graphql?raw';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCOPE_LIST, scopeName } from './scopes';

const scopeEnum = buildSchema(sdl).getType('Scope') as GraphQLEnumType;

describe('SCOPE_LIST', () => {
  it('describes every scope exactly as the schema does', () => {
    const fromSchema = scopeEnum.getValues().map(({ name, description }) => ({ value: name, description }));
    const shown = SCOPE_LIST.map(({ value, description }) => ({ value, description }));
    expect(shown.sort((a, b) => a.value.localeCompare(b.value))).toEqual(fromSchema.sort((a, b) => a.value.localeCompare(b.value)));
  });

  it('names scopes the way the API’s errors and docs do', () => {
    expect(scopeName('PROFILE_READ')).toBe('profile:read');
    expect(scopeName('MENTORSHIPS_WRITE')).toBe('mentorships:write');
    for (const scope of SCOPE_LIST) expect(scope.name).toMatch(/^[a-z]+:(read|write|admin)$/);
  });
});
