import { describe, expect, it, vi } from 'vitest';
import { createIdentityTracker } from './viewer-identity';

describe('createIdentityTracker', () => {
  it('does not restart for the identity the page loaded with', () => {
    const onChange = vi.fn();
    const tracker = createIdentityTracker(onChange);
    tracker.observe(undefined);
    tracker.observe('alice');
    tracker.observe('alice');
    expect(onChange).not.toHaveBeenCalled();
    expect(tracker.current).toBe('alice');
  });

  it('reports signing in, signing out and switching person, across store resets', () => {
    const onChange = vi.fn();
    const tracker = createIdentityTracker(onChange);
    tracker.observe(null); // loaded signed out
    tracker.observe(undefined); // resetStore after signIn clears the cache
    tracker.observe('alice'); // signed in
    tracker.observe(undefined);
    tracker.observe(null); // signed out
    tracker.observe('bob'); // someone else signs in
    expect(onChange.mock.calls).toEqual([
      ['alice', null],
      [null, 'alice'],
      ['bob', null],
    ]);
  });

  it('ignores a store reset that brings back the same person', () => {
    const onChange = vi.fn();
    const tracker = createIdentityTracker(onChange);
    tracker.observe('alice');
    tracker.observe(undefined);
    tracker.observe('alice');
    expect(onChange).not.toHaveBeenCalled();
  });
});
