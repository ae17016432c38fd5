import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/*
 * Import boundaries keep the architecture visible. Each layer of src/ has ONE block below with
 * the full list of what it must not import: in a flat config, blocks that set the same rule for
 * the same file replace each other's options rather than merging them, so a layer's list is
 * never split over two blocks. src/lint-boundaries.test.ts lints forbidden and allowed imports
 * for every layer, and checks that every file of src/ is in a layer.
 *
 *   engine/    framework-free training engine (tfjs): no React, no ui/, no worker/
 *   engine/phases/   the phases as free functions over a run's state and tensors: as engine/,
 *              and none of the drivers that call them (run/step, run/step-mode, run/run-mode,
 *              run/run-driver, run-lifecycle, the session, the TrainingRun object), so the
 *              dependencies point one way
 *   worker/    the Web Worker around the engine and its stores: no React, no ui/
 *   protocol/  plain data between page and engine: no React, no tfjs, no engine/ui/worker
 *   config/ content/ data/   schema, teaching texts, CSV checks: same as protocol/
 *   ui/ main.tsx   React; talks to the engine only through protocol/ and the worker's
 *              messages: no tfjs, no engine/, no worker/ (the worker is started from a URL,
 *              `new Worker(new URL('../worker/engine.worker.ts', import.meta.url))`, not imported)
 *   bench/     the benchmark page and its bare tfjs loop: a second page, framework-free like the
 *              engine, and it trains the engine's own models, so it may import tfjs and engine/;
 *              it starts its own worker, so neither ui/ nor the app's worker/
 */

/** A kind of import a layer may be forbidden: a regular expression over the import's source. */
const REACT = { regex: '^(react|react-dom|recharts)(/|$)', what: 'React or recharts' };
const TENSORFLOW = { regex: '^@tensorflow/', what: '@tensorflow/*' };
/**
 * Relative imports of another layer's folder from inside a layer: `../ui/App`,
 * `../../../worker/x` (the project has no path aliases). Only `../` steps may come before the
 * name, so a module that shares a layer's name inside a layer (`./ui`, the UI's texts in
 * src/content/en/) is not taken for it. From src/ itself (main.tsx) the step is `./`.
 */
const layer = (name, steps = '(\\.\\./)+') => ({
  regex: `^${steps}${name}(/|$)`,
  what: `src/${name}/`,
});
const ENGINE = layer('engine');
const UI = layer('ui');
const WORKER = layer('worker');
const FROM_SRC = '\\./';
/** The drivers of the trainer core, as imported from src/engine/phases/. */
const DRIVERS = {
  regex: '^\\.\\./(run/(step|step-mode|run-mode|run-driver)|session|training-run|run-lifecycle)$',
  what: 'a driver of the trainer core (run/step, run/step-mode, run/run-mode, run/run-driver, session, training-run, run-lifecycle)',
};

/**
 * One layer's block: `no-restricted-imports` for static imports and re-exports, and
 * `no-restricted-syntax` for dynamic `import()`, which the former does not see.
 */
function boundary(name, files, bans, why, extra = {}) {
  const message = (ban) => `${name} must not import ${ban.what}: ${why}`;
  // esquery's regular expressions cannot contain '/', so it is written as \x2F there.
  const selector = (ban) =>
    `ImportExpression[source.value=/${ban.regex.replaceAll('/', '\\x2F')}/]`;
  return {
    name: `boundaries: ${name}`,
    files,
    ...extra,
    rules: {
      ...extra.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: bans.map((ban) => ({
            regex: ban.regex,
            ...(ban.importNames ? { importNames: ban.importNames } : {}),
            message: message(ban),
          })),
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...bans
          .filter((ban) => !ban.importNames)
          .map((ban) => ({ selector: selector(ban), message: message(ban) })),
      ],
    },
  };
}

const ts = (dir) => `src/${dir}/**/*.{ts,tsx}`;
/** The English number formats of data/compute-cost; the page writes its language's (ui/viz/si.ts). */
const ENGLISH_FORMATS = {
  regex: 'data/compute-cost$',
  importNames: ['fmtSi', 'fmtSci', 'fmtDuration'],
  what: 'the English number formats of data/compute-cost (ui/viz/si.ts writes them in the page’s language)',
};
const PAGE_FORMATS = 'src/ui/viz/si.ts';
const UI_WHY =
  'the UI never touches tensors; it talks to the engine only through src/protocol, and starts the worker from its URL.';
const reactHooksRules = {
  plugins: { 'react-hooks': reactHooks },
  rules: reactHooks.configs.recommended.rules,
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  boundary(
    'src/engine',
    [ts('engine')],
    [REACT, UI, WORKER],
    'the engine is framework-free and runs inside the worker; the page reaches it only through src/protocol.',
  ),
  boundary(
    'src/engine/phases',
    [ts('engine/phases')],
    [REACT, UI, WORKER, DRIVERS],
    'a phase is a free function over the run; the step and the drivers call the phases, never the other way.',
  ),
  boundary(
    'src/worker',
    [ts('worker')],
    [REACT, UI],
    'the worker runs the engine, away from the page; it talks to the page only through src/protocol.',
  ),
  boundary(
    'src/protocol',
    [ts('protocol')],
    [REACT, TENSORFLOW, ENGINE, UI, WORKER],
    'the protocol is plain data that both sides share, so it depends on neither side.',
  ),
  boundary(
    'src/config, src/content and src/data',
    [ts('config'), ts('content'), ts('data')],
    [REACT, TENSORFLOW, ENGINE, UI, WORKER],
    'config, teaching texts and data checks are plain data shared by engine and page.',
  ),
  boundary('src/ui', [ts('ui')], [TENSORFLOW, ENGINE, WORKER, ENGLISH_FORMATS], UI_WHY, {
    ...reactHooksRules,
    ignores: [PAGE_FORMATS],
  }),
  boundary(PAGE_FORMATS, [PAGE_FORMATS], [TENSORFLOW, ENGINE, WORKER], UI_WHY, reactHooksRules),
  boundary(
    'src/main.tsx',
    ['src/main.tsx'],
    [TENSORFLOW, layer('engine', FROM_SRC), layer('worker', FROM_SRC)],
    UI_WHY,
    reactHooksRules,
  ),
  boundary(
    'src/bench',
    [ts('bench')],
    [REACT, UI, WORKER],
    'the benchmark page is framework-free and runs its own bare loop, not the app or its worker.',
  ),
);
