import { describe, expect, it } from 'vitest';
import { emailProblem, matches, newPasswordProblem, requiredText } from './validators';

describe('emailProblem', () => {
  it('accepts an address and refuses anything else', () => {
    expect(emailProblem(' ada@example.com ')).toBeNull();
    expect(emailProblem('')).toBe('Enter your email address.');
    expect(emailProblem('ada@example')).toMatch(/valid email/);
    expect(emailProblem('ada example.com')).toMatch(/valid email/);
  });
});

describe('newPasswordProblem', () => {
  it('asks for 10 characters, counting letters not bytes', () => {
    expect(newPasswordProblem('')).toBe('Choose a password.');
    expect(newPasswordProblem('short')).toBe('Use at least 10 characters.');
    expect(newPasswordProblem('correct horse')).toBeNull();
    expect(newPasswordProblem('😀😀😀😀😀😀😀😀😀')).toBe('Use at least 10 characters.');
  });
});

describe('requiredText and matches', () => {
  it('refuses blank text', () => {
    expect(requiredText('Enter a name.')('  ')).toBe('Enter a name.');
    expect(requiredText('Enter a name.')('Ada')).toBeNull();
  });

  it('compares with another field', () => {
    const check = matches('newPassword', 'The passwords do not match.');
    expect(check('abc', { newPassword: 'abc' })).toBeNull();
    expect(check('abd', { newPassword: 'abc' })).toBe('The passwords do not match.');
  });
});
