/**
 * Notices when the signed-in person changes (sign-in, sign-up, sign-out, a
 * session ended elsewhere), so the live socket can be reopened as them.
 */

/** `undefined`: not known (yet, or the cache was just cleared); `null`: signed out; else the viewer's id. */
export type ViewerIdentity = string | null | undefined;

/** How a change came: `afterReset` when the cache was cleared in between (the app's own sign-in or sign-out). */
export type IdentityChange = { afterReset: boolean };

export interface IdentityTracker {
  /** Reports what the cache now says; calls `onChange` when a known identity gives way to another known one. */
  observe(identity: ViewerIdentity): void;
  /** The last known identity. */
  readonly current: ViewerIdentity;
}

/**
 * The first identity learned is the one the socket opened with: no change.
 * Unknown states in between (a store reset clears the cache, then refetches)
 * are skipped, so signing in as the same person again changes nothing, and
 * signing in as someone else changes it once.
 */
export function createIdentityTracker(onChange: (next: string | null, previous: string | null, change: IdentityChange) => void): IdentityTracker {
  let known: ViewerIdentity;
  let afterReset = false;
  return {
    observe(identity) {
      if (identity === undefined) {
        afterReset = known !== undefined;
        return;
      }
      const previous = known;
      known = identity;
      if (previous !== undefined && previous !== identity) onChange(identity, previous, { afterReset });
      afterReset = false;
    },
    get current() {
      return known;
    },
  };
}
