import { describe, expect, it } from 'vitest';
import { pathAfterOnboarding, safeNextPath, signInPathFrom } from './redirects';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query and hash', () => {
    expect(safeNextPath('/settings')).toBe('/settings');
    expect(safeNextPath('/profile?tab=skills#languages')).toBe('/profile?tab=skills#languages');
  });

  it('refuses anything that could leave the site', () => {
    for (const next of ['//evil.example', '/\\evil.example', 'https://evil.example/settings', 'javascript:alert(1)', 'settings']) {
      expect(safeNextPath(next)).toBe('/');
    }
  });

  it('does not send a signed-in person back to the sign-in pages', () => {
    expect(safeNextPath('/sign-in')).toBe('/');
    expect(safeNextPath('/sign-up?x=1')).toBe('/');
    expect(safeNextPath('/reset-password?token=abc')).toBe('/');
  });

  it('goes home when there is nothing to go back to', () => {
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath('')).toBe('/');
  });
});

describe('signInPathFrom', () => {
  it('remembers where someone was', () => {
    expect(signInPathFrom({ pathname: '/settings', search: '?a=1', hash: '' })).toBe('/sign-in?next=%2Fsettings%3Fa%3D1');
  });

  it('needs no next for home', () => {
    expect(signInPathFrom({ pathname: '/' })).toBe('/sign-in');
  });
});

describe('pathAfterOnboarding', () => {
  it('starts mentees, and people who are both, with the needs assessment', () => {
    expect(pathAfterOnboarding({ isMentor: false, isMentee: true })).toBe('/needs-assessment');
    expect(pathAfterOnboarding({ isMentor: true, isMentee: true })).toBe('/needs-assessment');
  });

  it('starts mentors with their profile', () => {
    expect(pathAfterOnboarding({ isMentor: true, isMentee: false })).toBe('/profile');
  });
});
