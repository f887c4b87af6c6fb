/** The part of a payload's `UserError` the forms need. */
export interface UserErrorLike {
  /** Path from the mutation's `input`, e.g. `["skills", "2", "level"]`; empty when no single field is at fault. */
  readonly field: readonly string[];
  readonly message: string;
}

export interface MappedUserErrors {
  /** Messages keyed by @mantine/form path (`skills.2.level`), ready for `form.setErrors`. */
  fields: Record<string, string>;
  /** Messages no field on the form shows: they go in the alert above the form. */
  form: string[];
}

export interface MapUserErrorsOptions {
  /** Whether the form shows an error at this path (see `fieldMatcher`). */
  shows: (path: string) => boolean;
  /** Input paths the form names differently, e.g. `{ expiresAt: 'expiry' }`. */
  aliases?: Readonly<Record<string, string>>;
}

/** `["skills", "2", "level"]` → `"skills.2.level"`, the path @mantine/form uses. */
export function formPath(field: readonly string[]): string {
  return field.join('.');
}

/**
 * Matches form paths against patterns where `*` stands for one list index:
 * `fieldMatcher(['headline', 'skills', 'skills.*.name'])`.
 */
export function fieldMatcher(patterns: readonly string[]): (path: string) => boolean {
  const compiled = patterns.map((pattern) => pattern.split('.'));
  return (path) => {
    const segments = path.split('.');
    return compiled.some(
      (pattern) =>
        pattern.length === segments.length &&
        pattern.every((part, index) => (part === '*' ? /^\d+$/.test(segments[index]!) : part === segments[index])),
    );
  };
}

/**
 * Puts each user error next to the field it names. A path the form does not
 * show (e.g. `expertise.2`, one tag of a tags input) goes to its nearest
 * ancestor that it does show (`expertise`); an error no field shows, or with an
 * empty path, goes to the form. Two messages for one field are both kept.
 */
export function mapUserErrors(userErrors: readonly UserErrorLike[], options: MapUserErrorsOptions): MappedUserErrors {
  const fields: Record<string, string> = {};
  const form: string[] = [];
  const add = (list: string[], message: string) => {
    if (!list.includes(message)) list.push(message);
  };
  const byField = new Map<string, string[]>();

  for (const { field, message } of userErrors) {
    const target = nearestShownPath(field, options);
    if (target === undefined) {
      add(form, message);
    } else {
      const messages = byField.get(target) ?? [];
      add(messages, message);
      byField.set(target, messages);
    }
  }
  for (const [path, messages] of byField) fields[path] = messages.join(' ');
  return { fields, form };
}

function nearestShownPath(field: readonly string[], { shows, aliases = {} }: MapUserErrorsOptions): string | undefined {
  for (let length = field.length; length > 0; length--) {
    const path = formPath(field.slice(0, length));
    const candidate = aliases[path] ?? path;
    if (shows(candidate)) return candidate;
  }
  return undefined;
}
