/**
 * The page's language: chosen once at start (URL `lang=` > the choice stored in this browser >
 * `navigator.languages` > English, see src/config/locale.ts), switched in the top bar, and
 * given to every component through {@link useLocale} and {@link useTexts}. A switch sets
 * `<html lang>`, the number formatters (./viz/format.ts), the stored choice and the URL's
 * `lang=` key, so a link hands out the language it was copied in.
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { chooseLocale, LANG_KEY, type Locale, type LocaleSource } from '../config/locale';
import { readSearch } from '../config/url';
import { type Content, texts } from '../content';
import { setFormatLocale } from './viz/format';

/** Where this browser keeps the language chosen in the top bar. */
export const LOCALE_STORAGE_KEY = 'training-run-lab.lang';

/** The stored choice, or null where storage is unavailable (private mode, blocked cookies). */
function storedLocale(): string | null {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The language to start with, from the page's URL, storage and browser. */
export function initialLocale(): { locale: Locale; source: LocaleSource } {
  return chooseLocale({
    url: readSearch(window.location.search).lang,
    stored: storedLocale(),
    languages: navigator.languages ?? [navigator.language],
  });
}

/**
 * The `lang=` the URL should carry: the language whenever it was chosen (in the URL, the top
 * bar or an earlier visit) or is not the default, so a German link stays German; nothing for
 * an English page that merely follows an English browser.
 */
export function urlLang(locale: Locale, source: LocaleSource | 'switch'): Locale | undefined {
  return source === 'browser' || source === 'default'
    ? locale === 'en'
      ? undefined
      : locale
    : locale;
}

/** Writes `lang=` into the current URL, keeping every other key as it is. */
function writeUrlLang(lang: Locale | undefined): void {
  const params = new URLSearchParams(window.location.search);
  if (lang) params.set(LANG_KEY, lang);
  else params.delete(LANG_KEY);
  const search = params.toString();
  window.history.replaceState(null, '', search ? `?${search}` : window.location.pathname);
}

interface LocaleState {
  locale: Locale;
  /** The `lang=` the URL carries (see {@link urlLang}). */
  urlLang: Locale | undefined;
  /** Switches the language: stored in this browser and written into the URL. */
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({
  locale: 'en',
  urlLang: undefined,
  setLocale: () => {},
});

/** Provides the language to the page; `initial` defaults to {@link initialLocale}. */
export function LocaleProvider({
  initial,
  children,
}: {
  initial?: { locale: Locale; source: LocaleSource };
  children: ReactNode;
}) {
  const [state, setState] = useState<{ locale: Locale; source: LocaleSource | 'switch' }>(
    () => initial ?? initialLocale(),
  );
  // Set before the children render, so every number they format is in this language.
  setFormatLocale(state.locale);
  useEffect(() => {
    document.documentElement.lang = state.locale;
  }, [state.locale]);

  const setLocale = useCallback((locale: Locale) => {
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Not stored: the choice still holds for this page and its URL.
    }
    writeUrlLang(urlLang(locale, 'switch'));
    setState({ locale, source: 'switch' });
  }, []);

  const value = useMemo(
    () => ({ locale: state.locale, urlLang: urlLang(state.locale, state.source), setLocale }),
    [state, setLocale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The page's language, the URL's `lang=` and the switch. */
export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

/** The catalogue of the page's language. */
export function useTexts(): Content {
  return texts(useContext(LocaleContext).locale);
}
