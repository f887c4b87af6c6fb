/** Languages for a searchable select: ISO 639-1 codes, named in the reader's language and in their own. */

export interface LanguageOption {
  /** ISO 639-1 code, as the API stores it, e.g. "pt". */
  value: string;
  /** "Portuguese · português": searchable by either name. */
  label: string;
}

/** The languages most people mentor in; a saved code outside this list is still offered. */
export const COMMON_LANGUAGES: readonly string[] = [
  'af', 'am', 'ar', 'az', 'be', 'bg', 'bn', 'bs', 'ca', 'cs', 'cy', 'da', 'de', 'el', 'en', 'es', 'et', 'eu', 'fa', 'fi',
  'fr', 'ga', 'gl', 'gu', 'ha', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'ig', 'is', 'it', 'ja', 'ka', 'kk', 'km', 'kn', 'ko',
  'lt', 'lv', 'mk', 'ml', 'mn', 'mr', 'ms', 'my', 'ne', 'nl', 'no', 'pa', 'pl', 'ps', 'pt', 'ro', 'ru', 'si', 'sk', 'sl',
  'so', 'sq', 'sr', 'sv', 'sw', 'ta', 'te', 'th', 'tl', 'tr', 'uk', 'ur', 'uz', 'vi', 'xh', 'yo', 'zh', 'zu',
];

const ISO_639_1 = /^[a-z]{2}$/;

function displayName(code: string, locale: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
    return name && name.toLowerCase() !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** "pt" → "Portuguese" (in `locale`); the code itself when the browser cannot name it. */
export function languageName(code: string, locale = 'en'): string {
  return displayName(code, locale) ?? code;
}

/** "Portuguese · português"; one name when both are the same (e.g. "English" in English). */
export function languageLabel(code: string, locale = 'en'): string {
  const name = languageName(code, locale);
  const native = displayName(code, code);
  return native && native.toLowerCase() !== name.toLowerCase() ? `${name} · ${native}` : name;
}

/**
 * The common languages plus any saved codes (lower-cased, each once; anything
 * that is not a two-letter code is dropped), sorted by name in `locale`.
 */
export function languageOptions(locale = 'en', include: readonly string[] = []): LanguageOption[] {
  const codes = new Set(COMMON_LANGUAGES);
  for (const code of include) {
    const normalised = code.trim().toLowerCase();
    if (ISO_639_1.test(normalised)) codes.add(normalised);
  }
  return [...codes]
    .map((value) => ({ value, label: languageLabel(value, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** The reader's UI language for naming languages, e.g. "en" from "en-GB". */
export function uiLocale(): string {
  return typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';
}
