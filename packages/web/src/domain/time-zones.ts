/** IANA time zones for a searchable select, grouped by region and labelled with their current UTC offset. */

export interface TimeZoneOption {
  value: string;
  label: string;
}

export interface TimeZoneGroup {
  group: string;
  items: TimeZoneOption[];
}

const OTHER = 'Other';

/** The zones this browser knows (`Intl.supportedValuesOf`), or none on a browser too old to say. */
export function supportedTimeZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

/** This browser's own zone, e.g. "Europe/Lisbon". */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The offset from UTC at `at`: "UTC+00:00", "UTC+05:30", "UTC−03:00" (with a real minus sign). */
export function utcOffset(timeZone: string, at: Date): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  // Browsers write a zero offset as plain "GMT", Node as "GMT+00:00": one spelling, so every label lines up.
  if (!part || part === 'GMT') return 'UTC+00:00';
  return part.replace('GMT', 'UTC').replace('-', '−');
}

/** "America/Argentina/Buenos_Aires" → "America/Argentina/Buenos Aires (UTC−03:00)". */
export function timeZoneLabel(timeZone: string, at: Date): string {
  return `${timeZone.replaceAll('_', ' ')} (${utcOffset(timeZone, at)})`;
}

function regionOf(timeZone: string): string {
  const [region, rest] = timeZone.split('/');
  return rest && region !== 'Etc' ? region! : OTHER;
}

export interface TimeZoneOptionsInput {
  /** The zones to offer; the browser's list by default. */
  zones?: readonly string[];
  /**
   * Zones that must be offered even if missing from `zones`: the saved value and
   * the browser's own zone (browsers omit some aliases, e.g. "UTC", from their list).
   */
  include?: ReadonlyArray<string | null | undefined>;
  /** When the offsets are computed. */
  at?: Date;
}

/** Every zone once, grouped by region (A–Z, "Other" last), each group sorted by name. */
export function timeZoneOptions({ zones = supportedTimeZones(), include = [], at = new Date() }: TimeZoneOptionsInput = {}): TimeZoneGroup[] {
  const all = new Set(zones);
  for (const zone of include) if (zone && isTimeZone(zone)) all.add(zone);

  const groups = new Map<string, TimeZoneOption[]>();
  for (const zone of all) {
    const region = regionOf(zone);
    const items = groups.get(region) ?? [];
    items.push({ value: zone, label: timeZoneLabel(zone, at) });
    groups.set(region, items);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === OTHER ? 1 : b === OTHER ? -1 : a.localeCompare(b)))
    .map(([group, items]) => ({ group, items: items.sort((a, b) => a.value.localeCompare(b.value)) }));
}

/** The zone a form starts with: the saved one, else the browser's, else UTC. */
export function initialTimeZone(saved: string | null | undefined, browser = browserTimeZone()): string {
  return saved || browser || 'UTC';
}
