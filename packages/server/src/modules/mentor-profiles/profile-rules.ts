import ISO6391 from 'iso-639-1';
import { z } from 'zod';
import { UserErrorCode } from '../../graphql/errors.js';
import { SKILL_LEVEL } from './mentor-profile.types.js';

/** Rules shared by mentor profiles and needs assessments. */

export const shortText = (max: number, label = 'this') =>
  z.string().trim().max(max, `Keep ${label} to ${max} characters or fewer.`);

export const requiredText = (max: number, label: string) =>
  z.string().trim().min(1, `Enter ${label}.`).max(max, `Keep ${label} to ${max} characters or fewer.`);

/** Whether a YYYY-MM-DD day exists (2027-02-30 does not; JavaScript rolls it over, Postgres refuses it). */
export const isCalendarDate = (value: string): boolean => {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && value >= '0001-01-01' && new Date(time).toISOString().slice(0, 10) === value;
};

/** A day as YYYY-MM-DD that is on the calendar. */
export const calendarDate = (example = '2027-03-01') =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `Use a date like ${example}.`, abort: true })
    .refine(isCalendarDate, 'That day is not on the calendar.');

export const list = <T extends z.ZodType>(item: T, max: number, label: string) =>
  z.array(item).max(max, `Add at most ${max} ${label}.`);

/** Free-text tags (expertise, industries, qualities): trimmed, non-empty, each once regardless of case. */
export const tags = (max: number, label: string) =>
  list(requiredText(60, `each of the ${label}`), max, label).refine(
    (values) => new Set(values.map((value) => value.toLowerCase())).size === values.length,
    { message: `Name each of the ${label} once.`, params: { code: UserErrorCode.DUPLICATE } },
  );

export const skillLevel = z
  .number()
  .int('Levels are whole numbers.')
  .min(SKILL_LEVEL.min, `Levels go from ${SKILL_LEVEL.min} to ${SKILL_LEVEL.max}.`)
  .max(SKILL_LEVEL.max, `Levels go from ${SKILL_LEVEL.min} to ${SKILL_LEVEL.max}.`);

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.length <= 64;
  } catch {
    return false;
  }
}

/** An IANA time zone that this server's ICU knows, e.g. "Europe/Lisbon". */
export const timeZone = z
  .string()
  .trim()
  .refine(isTimeZone, { message: 'Choose a time zone from the list, like Europe/Lisbon.', params: { code: UserErrorCode.INVALID_TIME_ZONE } });

/** An ISO 639-1 language code, e.g. "en". */
export const language = z
  .string()
  .trim()
  .toLowerCase()
  .refine((code) => ISO6391.validate(code), {
    message: 'Use a two-letter ISO 639-1 language code, like "en" or "pt".',
    params: { code: UserErrorCode.INVALID_LANGUAGE },
  });

export const languages = (max: number) =>
  list(language, max, 'languages').refine((codes) => new Set(codes).size === codes.length, {
    message: 'Name each language once.',
    params: { code: UserErrorCode.DUPLICATE },
  });

export const uniqueBy = <T>(key: (item: T) => string, label: string) => ({
  check: (items: T[]) => new Set(items.map((item) => key(item).toLowerCase())).size === items.length,
  message: { message: `Name each ${label} once.`, params: { code: UserErrorCode.DUPLICATE } },
});
