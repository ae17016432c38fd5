/**
 * The languages of the page and how one is chosen: the URL's `lang=de|en` first (so a link
 * can hand out a language), then the choice stored in this browser, then the browser's own
 * preference (`navigator.languages`, BCP 47 tags such as "de-AT"), else English.
 */

/** The languages the page speaks, as BCP 47 primary language subtags. */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language when nothing else decides. */
export const DEFAULT_LOCALE: Locale = 'en';

/** The URL key of the language. */
export const LANG_KEY = 'lang';

/** Whether `value` is exactly one of {@link LOCALES}. */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * The language a BCP 47 tag asks for, by its primary subtag in any letter case
 * ("de-AT", "DE", " de_CH" → "de"), or null when the page does not speak it.
 */
export function localeOfTag(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : null;
}

/** Where the language on screen came from. */
export type LocaleSource = 'url' | 'stored' | 'browser' | 'default';

/**
 * The language to show: the URL's (already checked, see readSearch in ./url), else a stored
 * choice that is a locale, else the first of the browser's languages the page speaks, else
 * {@link DEFAULT_LOCALE}.
 */
export function chooseLocale(from: {
  url?: Locale;
  stored?: string | null;
  languages?: readonly string[];
}): { locale: Locale; source: LocaleSource } {
  if (from.url) return { locale: from.url, source: 'url' };
  if (isLocale(from.stored)) return { locale: from.stored, source: 'stored' };
  for (const tag of from.languages ?? []) {
    const locale = localeOfTag(tag);
    if (locale) return { locale, source: 'browser' };
  }
  return { locale: DEFAULT_LOCALE, source: 'default' };
}
