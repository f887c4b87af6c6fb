import { Field, ObjectType } from 'type-graphql';
import type { z } from 'zod';
import { UserErrorCode } from '../errors.js';

@ObjectType({ description: 'An expected failure: this input was not accepted and nothing was changed.' })
export class UserError {
  @Field(() => [String], {
    description: 'Path to the input field at fault, from the mutation\'s `input` (e.g. ["skills", "2", "level"]); empty when no single field is.',
  })
  field!: string[];

  @Field(() => String, { description: 'A sentence that can be shown to a person.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'Why it was not accepted, for code to switch on.' })
  code!: UserErrorCode;
}

/** The description of every payload's `userErrors`, so all of them say the same. */
export const USER_ERRORS_DESCRIPTION = 'Why the input was not accepted; empty when the mutation succeeded. When not empty, nothing was changed.';

export const userError = (field: string[] | string, code: UserErrorCode, message: string): UserError => ({
  field: typeof field === 'string' ? [field] : field,
  code,
  message,
});

/** Custom zod checks name their code: `.refine(check, { params: { code: UserErrorCode.INVALID_TIME_ZONE } })`. */
function codeOf(issue: z.core.$ZodIssue): UserErrorCode {
  switch (issue.code) {
    case 'custom':
      return ((issue.params as { code?: UserErrorCode } | undefined)?.code) ?? UserErrorCode.INVALID;
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? UserErrorCode.REQUIRED : UserErrorCode.TOO_SHORT;
      return issue.origin === 'array' || issue.origin === 'set' ? UserErrorCode.TOO_SHORT : UserErrorCode.OUT_OF_RANGE;
    case 'too_big':
      if (issue.origin === 'string') return UserErrorCode.TOO_LONG;
      return issue.origin === 'array' || issue.origin === 'set' ? UserErrorCode.TOO_MANY : UserErrorCode.OUT_OF_RANGE;
    case 'invalid_format':
      return issue.format === 'email' ? UserErrorCode.INVALID_EMAIL : UserErrorCode.INVALID;
    default:
      return UserErrorCode.INVALID;
  }
}

export type Validated<T> = { ok: true; value: T } | { ok: false; userErrors: UserError[] };

/**
 * Checks a mutation's input against its zod schema: the one way inputs are
 * validated. Every problem becomes a `UserError` with a path and a code.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    userErrors: result.error.issues.map((issue) => ({
      field: issue.path.map(String),
      code: codeOf(issue),
      message: issue.message,
    })),
  };
}
