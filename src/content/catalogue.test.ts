/**
 * The German and English catalogues hold the same texts: the same keys at every depth, the
 * same variants of every text (by task, model and loss), a function wherever the other has
 * one, nothing empty, and German prose that is German (not English left in place, „quotes“,
 * decimal commas). The Content type already makes a missing key a type error; these checks
 * walk the objects, which also catches extra keys and a variant present in one only.
 */
import { describe, expect, it } from 'vitest';
import { readSearch, type UrlNotice } from '../config/url';
import type { FreshReason } from '../data/fine-tune';
import type { CriterionState, StopReason } from '../protocol/stopping';
import { content } from './index';
import { textNumbers, type TextNumbers } from './numbers';
import type { EngineNotice, EngineNoticeId } from '../protocol/notices';
import type { NoticeHelp } from './en/notices';
import { NOTICE_SAMPLES } from './notice-samples.test-util';
import { noticeHelp } from './notices';

type Node = unknown;

/** Every leaf of a catalogue as [path, value]: strings and functions, keyed by their path. */
function leaves(node: Node, path = ''): [string, string | ((...a: never[]) => unknown)][] {
  if (typeof node === 'string' || typeof node === 'function') return [[path, node as never]];
  if (node === null || typeof node !== 'object') return [[path, String(node)]];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

const en = new Map(leaves(content.en));
const de = new Map(leaves(content.de));

/** Short texts (names of methods, metrics, options: "Adam", "val_loss", "XOR") may be the same. */
const SHORT = 24;

/** A formula (plain-text math) may read the same in both languages. */
const isFormula = (path: string) => /\.formulas?(\.|$)/.test(path);

/** Texts that are the same word in both languages (names of the field, proper names). */
const SAME_IN_BOTH = new Set([
  'timeline.warnings.plateau',
  'format.scalar',
  // A formula with its numbers: E = P × t × PUE = ….
  'runCost.energyLine',
  // German borrows the terms; a range of positions is only numbers.
  'dataParallel.worker',
  'dataParallel.shard',
  'dataParallel.shardRange',
]);

/** A config file's messages that quote its JSON as written ("format", 0.01): not prose. */
const quotesJson = (path: string) =>
  /^configFile\.(notObject|notAnObject|missingFormat|wrongFormat|unknownKey)/.test(path) ||
  // A CSV file's quote character, as the file holds it.
  /^csv\.(unclosedName|unclosedValue)/.test(path);

/**
 * One notice of each kind, as the URL module reports them; a field that does not apply both
 * for its task (ctx) and for another field's choice (warmup without its schedule).
 */
const NOTICES: UrlNotice[] = readSearch(
  '?LR=0.5&seed=7&seed=8&backend=WebGPU&lang=de-AT&ctx=5&heads=2&warmup=5&present=yes&scenario=nope',
).notices;

it('samples a notice of a field that needs another field’s choice', () => {
  expect(NOTICES.some((n) => n.kind === 'notApplicable' && n.choice)).toBe(true);
});

/** Every criterion's state, firing, with numbers and choices that each text has to word. */
const CRITERIA: CriterionState[] = [
  {
    id: 'nonFinite',
    enabled: true,
    fires: true,
    facts: { on: true, trainLoss: NaN, valLoss: 0.5 },
  },
  {
    id: 'nonFinite',
    enabled: false,
    fires: false,
    facts: { on: false, trainLoss: null, valLoss: null },
  },
  {
    id: 'target',
    enabled: true,
    fires: true,
    facts: { metric: 'val_loss', target: 0.1, value: 0.05 },
  },
  {
    id: 'target',
    enabled: false,
    fires: false,
    facts: { metric: 'val_accuracy', target: 0, value: null },
  },
  {
    id: 'divergence',
    enabled: true,
    fires: true,
    facts: { monitor: 'val_loss', direction: 'min', threshold: 5.5, value: 7.25 },
  },
  {
    id: 'earlyStopping',
    enabled: true,
    fires: true,
    progress: 1,
    facts: {
      on: true,
      monitor: 'val_loss',
      direction: 'min',
      wait: 3,
      patience: 3,
      best: 0.214,
      bestStep: 80,
      minDelta: 0.01,
      baseline: 0.5,
      restoreBest: true,
      keptStep: 40,
    },
  },
  { id: 'maxSteps', enabled: true, fires: true, progress: 1, facts: { step: 120, maxSteps: 120 } },
  { id: 'maxEpochs', enabled: true, fires: true, progress: 1, facts: { epoch: 3, maxEpochs: 3 } },
  {
    id: 'maxTime',
    enabled: true,
    fires: true,
    progress: 1,
    facts: { elapsedMs: 2500, maxTime: 2.5 },
  },
];

/** Sample numbers of the calibration's reason, each its own, so a dropped one shows. */
const REASON_FACTS = {
  backend: 'x1',
  kernels: 'x2',
  flops: 'x3',
  overhead: 'x4',
  share: 'x5',
  margin: 'x6',
};

/** Every text of a catalogue, with its function-valued texts called on sample arguments. */
function allTexts(map: Map<string, unknown>): [string, string][] {
  return [...map].flatMap(([path, v]): [string, string][] => {
    if (typeof v === 'string') return [[path, v]];
    if (path.startsWith('urlNotices.')) {
      const kind = path.slice('urlNotices.'.length);
      return NOTICES.filter((n) => n.kind === kind).map((n) => [
        `${path}(${JSON.stringify(n)})`,
        (v as (n: UrlNotice) => string)(n),
      ]);
    }
    if (path === 'sidebar.pending.before') return [[path, (v as (l: string) => string)('Seed')]];
    if (path.startsWith('validation.')) {
      const f = v as (...a: unknown[]) => string;
      const sample = /choose|modelNotOffered/.test(path) ? [['mlp', 'cnn']] : ['64', '80'];
      return [[path, f(...sample)]];
    }
    if (/^(dataChecks|targetScale)\./.test(path)) {
      // Every argument a sample of its own, so a sentence that drops one shows as untranslated.
      const f = v as (...a: string[]) => string;
      return [[path, f('Zeile 4', '1e40', '3,4e38', 'Ziel')]];
    }
    if (
      /^(configFile|runCost|scale|precision|optimizer|csv|dataParallel|modelCardDoc|calibration)\./.test(
        path,
      )
    ) {
      const f = v as (...a: unknown[]) => string;
      const sample: Record<string, unknown[]> = {
        'configFile.tooLarge': [20000, 10000],
        'configFile.wrongType': ['number', 'string'],
        'configFile.defaulted': [['seed', 'units']],
        'configFile.newerVersion': [3, 2],
        'configFile.noMigration': [0],
        'modelCardDoc.text.features': [['x1', 'x2'], 'x3'],
        'calibration.reasonDispatch': [REASON_FACTS],
        'calibration.reasonCompute': [REASON_FACTS],
      };
      return [[path, f(...(sample[path] ?? ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7']))]];
    }
    if (path === 'lineage.freshWhy') {
      const f = v as (r: FreshReason, parentRun: string) => string;
      const reasons: FreshReason[] = [
        { kind: 'noLayer' },
        { kind: 'tensors', parent: ['W', 'b'], child: ['W'] },
        { kind: 'shape', tensor: 'W', parent: [32, 10], child: [16, 10] },
      ];
      return reasons.map((r) => [`${path}(${r.kind})`, f(r, 'run-x1')]);
    }
    if (path === 'stopping.progress') return [[path, (v as (p: number) => string)(42)]];
    if (/^stopping\.(label|detail|reason)$/.test(path)) {
      const n = textNumbers(map === de ? 'de' : 'en');
      const f = v as (c: StopReason, numbers: TextNumbers) => string;
      return CRITERIA.map((c, i) => [`${path}(${c.id} ${i})`, f({ ...c, step: 120 }, n)]);
    }
    if (path.startsWith('notices.say.')) {
      const sample = NOTICE_SAMPLES[path.slice('notices.say.'.length) as EngineNoticeId];
      const f = v as (n: EngineNotice, h: NoticeHelp) => string;
      return [[path, f(sample, noticeHelp(map === de ? 'de' : 'en'))]];
    }
    if (path === 'notices.shape') return [[path, (v as (s: number[]) => string)([2, 16])]];
    if (path === 'format.ago')
      return (['s', 'min', 'h', 'days'] as const).map((u) => [
        `${path}(${u})`,
        (v as (a: string, u: string) => string)('42', u),
      ]);
    throw new Error(`no sample arguments for the function text ${path}`);
  });
}

describe('the German and English catalogues', () => {
  it('have the same keys and variants at every depth', () => {
    expect([...de.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('have a function where the other has one, and a string where it has a string', () => {
    for (const [path, value] of en) expect(typeof de.get(path), path).toBe(typeof value);
  });

  it('call every kind of URL notice with a sample', () => {
    const kinds = new Set(NOTICES.map((n) => n.kind));
    for (const path of en.keys())
      if (path.startsWith('urlNotices.') && typeof en.get(path) === 'function')
        expect(kinds, path).toContain(path.slice('urlNotices.'.length));
  });

  it.each(['en', 'de'] as const)('leave no text empty (%s)', (locale) => {
    for (const [path, text] of allTexts(locale === 'en' ? en : de))
      expect(text.trim(), `${locale}: ${path}`).not.toBe('');
  });

  it('translate every text that is not a formula', () => {
    const german = new Map(allTexts(de));
    const untranslated = allTexts(en)
      .filter(([path, text]) => german.get(path) === text && text.length > SHORT)
      .map(([path]) => path)
      .filter((path) => !isFormula(path) && !SAME_IN_BOTH.has(path));
    expect(untranslated).toEqual([]);
  });
});

describe('German typography', () => {
  const prose = allTexts(de).filter(([path]) => !isFormula(path));

  it('quotes with „…“ and ‚…‘, never with English quotes', () => {
    for (const [path, text] of prose.filter(([p]) => !quotesJson(p))) {
      expect(text, path).not.toMatch(/[”’"]/);
      // Every „ is closed by “ before the next „, and every “ closes a „.
      expect(text.replace(/„[^„“]*“/g, ''), path).not.toMatch(/[„“]/);
      expect(text.replace(/‚[^‚‘]*‘/g, ''), path).not.toMatch(/[‚‘]/);
    }
  });

  it('writes decimals with a comma and thousands with a point', () => {
    // A notice quotes the URL's own text ("lr=0.5"), and the number syntax messages say how
    // to type a number, which is decimal everywhere (fields, URL, CSV): not prose.
    const quotesInput = (p: string) =>
      p.startsWith('urlNotices.') || /^validation\.(separator|notation)/.test(p) || quotesJson(p);
    for (const [path, text] of prose.filter(([p]) => !quotesInput(p))) {
      // A licence's SPDX identifier (Apache-2.0) is a name, not a number.
      for (const number of text.replace(/Apache-2\.0/g, '').match(/\d+(?:[.,]\d+)+/g) ?? []) {
        if (!number.includes('.')) continue;
        // A point is only a thousands separator: 1.000, 10.000 (never 0.5 or 2.30).
        expect(number, `${path}: ${number}`).toMatch(/^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/);
      }
    }
  });

  it('uses the German terms of the field for the phases', () => {
    // Long titles carry soft hyphens (U+00AD), where the phase rail may break them.
    const titles = Object.values(content.de.phases).map((p) => p.title.replace(/\u00ad/g, ''));
    expect(titles).toEqual([
      'Initialisierung',
      'Datenverarbeitung',
      'Forward Pass',
      'Verlustberechnung',
      'Backward Pass',
      'Gewichtsaktualisierung',
      'Evaluierung',
      'Checkpoint-Speicherung',
      'Abbruchkriterien',
    ]);
  });
});
