/**
 * The import boundaries of eslint.config.js, probed with ESLint's Node API and the project's
 * own config: for each layer of src/, a source file that imports what the layer must not is
 * refused with `no-restricted-imports` (static imports and re-exports) or
 * `no-restricted-syntax` (dynamic `import()`), and one that imports what the layer may is
 * accepted. Every file of src/ lies in a layer, so a new folder cannot slip through unruled.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.js') });
});

interface Layer {
  /** Probe files, relative to the repository root (they need not exist). */
  files: string[];
  /** Import sources the layer must not use, as written in a file at files[0]'s depth. */
  forbidden: string[];
  allowed: string[];
}

/**
 * What each layer may and may not import. Paths are written for a file directly in the
 * layer's folder; `atDepth` rewrites them for a file deeper down.
 */
const LAYERS: Record<string, Layer> = {
  engine: {
    files: ['src/engine/probe.ts', 'src/engine/probe.tsx', 'src/engine/tasks/mnist/probe.ts'],
    forbidden: [
      'react',
      'react-dom/client',
      'recharts',
      '../ui/App',
      '../ui/engine-client',
      '../worker/checkpoint-store',
      '../worker/engine.worker',
    ],
    allowed: [
      '@tensorflow/tfjs',
      'zod',
      '../config/schema',
      '../protocol/messages',
      '../data/own-data',
      '../engine/rng',
    ],
  },
  enginePhases: {
    files: ['src/engine/phases/probe.ts'],
    forbidden: [
      'react',
      '../../ui/App',
      '../../worker/checkpoint-store',
      '../run/step',
      '../run/step-mode',
      '../run/run-mode',
      '../session',
      '../training-run',
    ],
    allowed: ['@tensorflow/tfjs', '../run/state', '../run/context', '../run/plan', './data'],
  },
  worker: {
    files: ['src/worker/probe.ts', 'src/worker/probe.tsx'],
    forbidden: ['react', 'react-dom', 'recharts', '../ui/App', '../ui/engine-client'],
    allowed: ['idb', '../engine/session', '../protocol/messages', '../data/own-data'],
  },
  protocol: {
    files: ['src/protocol/probe.ts'],
    forbidden: [
      'react',
      'recharts',
      '@tensorflow/tfjs',
      '@tensorflow/tfjs-core',
      '../engine/checkpoint',
      '../ui/App',
      '../worker/checkpoint-store',
    ],
    allowed: ['zod', '../config/schema', '../data/own-data', './phases'],
  },
  config: {
    files: ['src/config/probe.ts', 'src/content/probe.ts', 'src/data/probe.ts'],
    forbidden: [
      'react',
      'react-dom',
      '@tensorflow/tfjs',
      '../engine/checkpoint',
      '../engine',
      '../ui/App',
      '../ui',
      '../worker/checkpoint-store',
    ],
    allowed: ['zod', '../config/schema', '../protocol/messages', '../content/en/ui', './en/ui'],
  },
  contentTexts: {
    files: ['src/content/en/probe.ts'],
    forbidden: ['react', '@tensorflow/tfjs', '../../ui/App', '../../engine/session'],
    allowed: ['../../protocol/phases', '../types', './ui'],
  },
  ui: {
    files: ['src/ui/probe.ts', 'src/ui/Probe.tsx', 'src/ui/phases/table/Probe.tsx'],
    forbidden: [
      '@tensorflow/tfjs',
      '@tensorflow/tfjs-core',
      '../engine/session',
      '../engine/tasks/registry',
      '../engine',
      '../worker/checkpoint-store',
      '../worker/engine.worker',
    ],
    allowed: [
      'react',
      'react-dom/client',
      'recharts',
      '../protocol/messages',
      '../config/schema',
      '../content',
      '../data/own-data',
      '../ui/engine-client',
    ],
  },
  main: {
    files: ['src/main.tsx'],
    forbidden: ['@tensorflow/tfjs', './engine/session', './worker/engine.worker'],
    allowed: ['react', 'react-dom/client', './ui/App', './protocol/messages'],
  },
  bench: {
    files: ['src/bench/probe.ts'],
    forbidden: ['react', 'react-dom', '../ui/App', '../worker/engine.worker', '../worker'],
    allowed: [
      '@tensorflow/tfjs',
      '@tensorflow/tfjs-backend-webgpu',
      '../engine/training-run',
      '../engine/models/transformer',
      '../config/schema',
      './bare-loop.worker',
    ],
  },
};

/** A relative source written for a file one folder below src/, for a file `extra` folders deeper. */
function atDepth(source: string, file: string, firstFile: string): string {
  const extra = file.split('/').length - firstFile.split('/').length;
  return source.startsWith('../') ? '../'.repeat(extra) + source : source;
}

async function lint(code: string, filePath: string): Promise<ESLint.LintResult> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result;
}

/** The rules that reported a message on the probe's first line. */
async function rulesOnImport(code: string, filePath: string): Promise<(string | null)[]> {
  const result = await lint(code, filePath);
  return result.messages.filter((m) => m.line === 1).map((m) => m.ruleId);
}

describe.each(Object.entries(LAYERS))('import boundaries of %s', (_name, layer) => {
  const cases = layer.files.flatMap((file) =>
    layer.forbidden.map((s) => [file, atDepth(s, file, layer.files[0])] as const),
  );
  const allowedCases = layer.files.flatMap((file) =>
    layer.allowed.map((s) => [file, atDepth(s, file, layer.files[0])] as const),
  );

  it.each(cases)('%s may not import %s', async (file, source) => {
    expect(await rulesOnImport(`import '${source}';`, file)).toEqual(['no-restricted-imports']);
    expect(await rulesOnImport(`export * from '${source}';`, file)).toEqual([
      'no-restricted-imports',
    ]);
    expect(
      await rulesOnImport(`import type { X } from '${source}'; export type Y = X;`, file),
    ).toEqual(['no-restricted-imports']);
    expect(await rulesOnImport(`export const m = import('${source}');`, file)).toEqual([
      'no-restricted-syntax',
    ]);
  });

  it.each(allowedCases)('%s may import %s', async (file, source) => {
    expect(await rulesOnImport(`import '${source}';`, file)).toEqual([]);
    expect(await rulesOnImport(`export const m = import('${source}');`, file)).toEqual([]);
  });
});

describe('the layers of src/', () => {
  it('the page takes its number formats in its language, not the English ones of the data layer', async () => {
    const code = "import { fmtSi } from '../data/compute-cost';\nexport const b = fmtSi(1, 'B');";
    expect(await rulesOnImport(code, 'src/ui/Probe.tsx')).toEqual(['no-restricted-imports']);
    const other = "import { runCost } from '../data/compute-cost';\nexport const c = runCost;";
    expect(await rulesOnImport(other, 'src/ui/Probe.tsx')).toEqual([]);
    const own = "import { fmtSi } from '../../data/compute-cost';\nexport const b = fmtSi(1, 'B');";
    expect(await rulesOnImport(own, 'src/ui/viz/si.ts')).toEqual([]);
  });

  it('the UI starts the worker from its URL, which is no import', async () => {
    const code =
      "export const w = new Worker(new URL('../worker/engine.worker.ts', import.meta.url));";
    expect((await lint(code, 'src/ui/engine-client.ts')).messages).toEqual([]);
  });

  it('every source file of src/ lies in a layer with import boundaries', async () => {
    const outside: string[] = [];
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
      );
    const files = walk(join(ROOT, 'src')).filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const config = await eslint.calculateConfigForFile(file);
      if (!config?.rules?.['no-restricted-imports']) outside.push(relative(ROOT, file));
    }
    // The one file outside the layers is this test, which reads the config of all of them.
    expect(outside).toEqual(['src/lint-boundaries.test.ts']);
  });
});
