/** The language switch of the top bar: every language by its own name. */
import { content, LOCALES, isLocale } from '../content';
import { useLocale, useTexts } from './locale';

export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const t = useTexts();
  return (
    <select
      className="language-switch"
      value={locale}
      aria-label={t.ui.language}
      title={t.ui.language}
      onChange={(e) => {
        if (isLocale(e.target.value)) setLocale(e.target.value);
      }}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {content[l].ui.languageName}
        </option>
      ))}
    </select>
  );
}
