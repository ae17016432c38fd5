/**
 * Lecture mode in the URL: `present=1` opens the page for a projector (large type, the sidebar
 * folded away, every action on a key), `present=0` or no key the usual page. Read with the
 * other keys by `readSearch` (./url), so a link hands out the mode as it does the language.
 */

/** The URL key of lecture mode. */
export const PRESENT_KEY = 'present';

/**
 * Lecture mode as a URL value: exactly `1` (on) or `0` (off), else null. For a value that is
 * not one of them, {@link suggestPresent} names the one it most likely meant.
 */
export function presentOf(value: string): boolean | null {
  return value === '1' ? true : value === '0' ? false : null;
}

/** The value a mistyped `present=` meant: "true", "on", "yes" → "1"; "false", "off", "no" → "0". */
export function suggestPresent(value: string): '1' | '0' | null {
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'on', 'yes', 'ja'].includes(v)) return '1';
  if (['0', 'false', 'off', 'no', 'nein'].includes(v)) return '0';
  return null;
}
