/**
 * No component holds literal text: every word on the page comes from the catalogue
 * (src/content/en and src/content/de), so a German page has no English left in it. The scan
 * (./literal-text.ts) reads every .tsx file under src/ui with the TypeScript parser and
 * reports JSX text with words and literals shown as children or in user-visible props.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalTexts } from './literal-text';

const UI = join(process.cwd(), 'src/ui');

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? tsxFiles(join(dir, e.name))
      : e.name.endsWith('.tsx')
        ? [join(dir, e.name)]
        : [],
  );
}

const files = tsxFiles(UI);

describe('the scan for literal text', () => {
  const found = (src: string) => literalTexts('x.tsx', src).map((l) => `${l.where}: ${l.text}`);

  it('finds JSX text, shown literals and visible props', () => {
    expect(
      found(`const A = () => (
        <div title="Close it" aria-label={\`Step \${n} of the run\`}>
          Run it {on ? 'yes' : 'no'} {' '} {fill(t.ui.note, { a: 'key' })}
          <Line name="training" dataKey="loss" />
          <XAxis label={{ value: 'optimizer step', position: 'insideBottom' }} />
        </div>);`),
    ).toEqual([
      'title: Close it',
      'aria-label: Step … of the run',
      'text: Run it',
      'text: yes',
      'text: no',
      'name: training',
      'label: optimizer step',
    ]);
  });

  it('passes catalogue lookups, class names, keys, symbols and units', () => {
    expect(
      found(`const A = () => (
        <div className="pv-view" data-testid="run-button" key={\`row-\${i}\`}>
          {t.ui.run} · {fmt(x)} × ({fill(t.ui.x, { step: 'now' })}) GB — ŷ
          <span title={t.ui.title}>{cond ? t.ui.a : t.ui.b}</span>
        </div>);`),
    ).toEqual([]);
  });
});

describe('components', () => {
  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files.map((f) => [relative(process.cwd(), f)]))('%s holds no literal text', (file) => {
    const literals = literalTexts(file, readFileSync(file, 'utf8')).map(
      (l) => `${file}:${l.line} ${l.where}: ${l.text}`,
    );
    expect(literals).toEqual([]);
  });
});
