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
      ['alice', null, { afterReset: true }],
      [null, 'alice', { afterReset: true }],
      ['bob', null, { afterReset: false }],
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

  it('tells a sign-out the app did (the store was reset first) from a session that ended under it', () => {
    const onChange = vi.fn();
    const tracker = createIdentityTracker(onChange);
    tracker.observe('alice');
    tracker.observe(null); // refetched as signed out, with no reset: ended elsewhere
    tracker.observe(undefined);
    tracker.observe('alice'); // signed in again through the sign-in page
    tracker.observe(undefined);
    tracker.observe(null); // signed out here
    expect(onChange.mock.calls).toEqual([
      [null, 'alice', { afterReset: false }],
      ['alice', null, { afterReset: true }],
      [null, 'alice', { afterReset: true }],
    ]);
  });
});
