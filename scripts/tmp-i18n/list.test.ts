import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'vitest';
import { literalTexts } from '../../src/ui/literal-text';
function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : []);
}
it('lists', () => {
  const out: string[] = []; const counts: Record<string, number> = {};
  for (const f of tsxFiles('src/ui')) {
    const l = literalTexts(f, readFileSync(f, 'utf8'));
    if (l.length) counts[relative(process.cwd(), f)] = l.length;
    for (const x of l) out.push(`${f}:${x.line} ${x.where}: ${x.text.replace(/\s+/g, ' ')}`);
  }
  writeFileSync('/tmp/i18n/literals.txt', out.join('\n') + '\n');
  writeFileSync('/tmp/i18n/counts.json', JSON.stringify(counts, null, 2));
});
