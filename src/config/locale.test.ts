import { describe, expect, it } from 'vitest';
import { chooseLocale, isLocale, localeOfTag } from './locale';

describe('choosing the language', () => {
  it('takes the URL first, then the stored choice, then the browser, then English', () => {
    const all = { url: 'en', stored: 'de', languages: ['de-DE'] } as const;
    expect(chooseLocale(all)).toEqual({ locale: 'en', source: 'url' });
    expect(chooseLocale({ ...all, url: undefined })).toEqual({ locale: 'de', source: 'stored' });
    expect(chooseLocale({ stored: null, languages: ['fr-FR', 'de-AT', 'en'] })).toEqual({
      locale: 'de',
      source: 'browser',
    });
    expect(chooseLocale({ stored: 'fr', languages: ['fr', 'it'] })).toEqual({
      locale: 'en',
      source: 'default',
    });
    expect(chooseLocale({})).toEqual({ locale: 'en', source: 'default' });
  });

  it('reads a BCP 47 tag by its primary subtag', () => {
    expect(localeOfTag('de-CH')).toBe('de');
    expect(localeOfTag('EN_gb')).toBe('en');
    expect(localeOfTag('fr')).toBeNull();
    expect(localeOfTag('')).toBeNull();
    expect(isLocale('de')).toBe(true);
    expect(isLocale('DE')).toBe(false);
  });
});
