import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from './schema';
import { z } from './zod';

const SRC = join(import.meta.dirname, '..');

/** Every TypeScript file under src/, by path relative to it. */
function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [relative(SRC, path)] : [];
  });
}

describe('zod under the Content-Security-Policy', () => {
  it('runs jitless: no `new Function`, so the policy needs no unsafe-eval', () => {
    expect(configSchema).toBeDefined();
    expect(z.config().jitless).toBe(true);
  });

  it('is imported only through src/config/zod.ts, which sets jitless before any schema', () => {
    const direct = sources().filter(
      (file) =>
        file !== join('config', 'zod.ts') &&
        /from\s+['"]zod(\/[^'"]*)?['"]/.test(readFileSync(join(SRC, file), 'utf8')),
    );
    expect(direct).toEqual([]);
  });
});
