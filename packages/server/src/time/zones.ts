/** Time-zone arithmetic on the platform's IANA data (Intl), shared by matching and scheduling. */

/** Minutes east of UTC for an IANA zone at an instant. */
export function utcOffsetMinutes(timeZone: string, at = new Date()): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')!.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/**
 * The instant at which a wall-clock time happens in a zone. `wallClock` holds
 * that local time in its UTC fields (a "floating" time, as RRULE expansion
 * gives). Across a daylight-saving jump the offset after the jump wins.
 */
export function wallClockToInstant(wallClock: Date, timeZone: string): Date {
  const guess = new Date(wallClock.getTime() - utcOffsetMinutes(timeZone, wallClock) * 60_000);
  return new Date(wallClock.getTime() - utcOffsetMinutes(timeZone, guess) * 60_000);
}

/** The wall-clock time of an instant in a zone, as a floating Date (local time in the UTC fields). */
export function instantToWallClock(instant: Date, timeZone: string): Date {
  return new Date(instant.getTime() + utcOffsetMinutes(timeZone, instant) * 60_000);
}
