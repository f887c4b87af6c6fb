import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { refuseUnstorableText } from './storable-text.js';

describe('text Postgres cannot store', () => {
  const clean = parse('mutation($body: String!) { sendMessage(input: { body: $body }) { __typename } }');
  const withNul = parse('mutation { sendMessage(input: { body: "a\\u0000b" }) { __typename } }');

  it('is refused in a literal every time the same document comes again, and never in a clean one', () => {
    for (let i = 0; i < 3; i++) {
      expect(refuseUnstorableText(withNul, {})?.message).toMatch(/string literal at line 1/);
      expect(refuseUnstorableText(clean, { body: 'fine' })).toBeNull();
    }
  });

  it('is refused in the variables of a document whose literals are clean', () => {
    expect(refuseUnstorableText(clean, { body: 'fine' })).toBeNull();
    expect(refuseUnstorableText(clean, { body: 'a\u0000b' })?.extensions.code).toBe('BAD_USER_INPUT');
    expect(refuseUnstorableText(clean, { body: '\ud800' })?.message).toMatch(/\$\.body/);
    expect(refuseUnstorableText(clean, { body: 'fine again' })).toBeNull();
  });
});
