import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Unicode blocks that the page's fallback fonts (DejaVu Sans, Liberation Sans: what a
 * Linux machine and the test browser have) draw. A character outside them may show as an
 * empty box, as "ⓘ" (Enclosed Alphanumerics) did; emoji depend on the system as well.
 */
const DRAWN: readonly [number, number][] = [
  [0x00a0, 0x024f], // Latin-1, Latin Extended-A and -B
  [0x0300, 0x036f], // combining marks (ŷ, ỹ)
  [0x0370, 0x03ff], // Greek
  [0x1d00, 0x1dbf], // phonetic extensions (superscript and subscript letters)
  [0x2000, 0x206f], // general punctuation
  [0x2070, 0x209f], // superscripts and subscripts
  [0x2100, 0x214f], // letterlike symbols
  [0x2190, 0x21ff], // arrows
  [0x2200, 0x23ff], // mathematical operators, miscellaneous technical
  [0x2500, 0x25ff], // box drawing, blocks, geometric shapes
  [0x2600, 0x27bf], // miscellaneous symbols, dingbats
  [0x27f0, 0x27ff], // supplemental arrows
  [0x2c60, 0x2c7f], // Latin Extended-C (subscript j)
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(tsx?|css)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('text on the page', () => {
  it('uses only characters the fallback fonts draw (no missing-glyph boxes)', () => {
    const root = join(__dirname, '..');
    const outside: string[] = [];
    for (const file of [...sources(join(root, 'ui')), ...sources(join(root, 'content'))]) {
      for (const ch of readFileSync(file, 'utf8')) {
        const c = ch.codePointAt(0)!;
        if (c < 0x80 || DRAWN.some(([a, b]) => c >= a && c <= b)) continue;
        outside.push(`${ch} (U+${c.toString(16).toUpperCase()}) in ${file.slice(root.length)}`);
      }
    }
    expect([...new Set(outside)]).toEqual([]);
  });
});
