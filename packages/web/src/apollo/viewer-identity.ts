/**
 * Notices when the signed-in person changes (sign-in, sign-up, sign-out, a
 * session ended elsewhere), so the live socket can be reopened as them.
 */

/** `undefined`: not known (yet, or the cache was just cleared); `null`: signed out; else the viewer's id. */
export type ViewerIdentity = string | null | undefined;

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
export function createIdentityTracker(onChange: (next: string | null, previous: string | null) => void): IdentityTracker {
  let known: ViewerIdentity;
  return {
    observe(identity) {
      if (identity === undefined) return;
      const previous = known;
      known = identity;
      if (previous !== undefined && previous !== identity) onChange(identity, previous);
    },
    get current() {
      return known;
    },
  };
}
