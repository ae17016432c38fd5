/**
 * Every text the page shows must be true of the task, model and loss on screen. For every
 * task × model (× a table's classes or numbers) this builds the full set of texts the page
 * would show — each phase's title, what, why, formula and modes, and the sidebar help of the
 * fields visible for that task and model — and checks that none names a concept the model
 * does not have, and that the formulas name the ones it does.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultFor,
  fieldApplies,
  FIELDS,
  MODELS_OF,
  type ModelId,
  TASK_IDS,
  type TaskId,
} from '../config/schema';
import { PROBLEM_KINDS, type ProblemKind } from '../data/own-data';
import { PHASES } from '../protocol/phases';
import { flopsNote, paramHelp, phaseText, textContext } from './index';
import type { TextContext } from './types';

interface Run {
  task: TaskId;
  model: ModelId;
  problem?: ProblemKind;
}

/** Every task with every model it offers, and the table with classes and with numbers. */
const RUNS: Run[] = TASK_IDS.flatMap((task) =>
  (MODELS_OF[task] ?? (['mlp'] as const)).flatMap((model): Run[] =>
    task === 'table'
      ? PROBLEM_KINDS.map((problem) => ({ task, model, problem }))
      : [{ task, model }],
  ),
);
const runName = (r: Run) => [r.task, r.model, r.problem].filter(Boolean).join(' · ');

/**
 * What the page shows for a run: every phase text, the help of every visible field and the
 * model card's note.
 */
function shownTexts(run: Run, ctx: TextContext): { where: string; text: string }[] {
  const phases = PHASES.flatMap((phase) =>
    Object.entries(phaseText(phase, ctx)).map(([key, text]) => ({
      where: `${phase}.${key}`,
      text,
    })),
  );
  const help = FIELDS.filter((f) => fieldApplies(f, run.task, run.model)).map((f) => ({
    where: `sidebar help of ${f.key}`,
    text: paramHelp(f.key, ctx),
  }));
  return [...phases, ...help, { where: 'model card', text: flopsNote(ctx) }];
}

/** Concepts a run must not be told about, and the runs they are foreign to. */
const FOREIGN: { concept: string; pattern: RegExp; foreignTo: (c: TextContext) => boolean }[] = [
  {
    concept: 'classes, probabilities or accuracy in a regression',
    pattern: /softmax|logits?\b|one-?hot|cross.?entropy|probabilit|accuracy/i,
    foreignTo: (c) => c.loss === 'mse',
  },
  {
    concept: 'squared error in a classifier',
    pattern: /mean squared|\bMSE\b|2\(ŷ/i,
    foreignTo: (c) => c.loss === 'crossEntropy',
  },
  {
    concept: 'a sigmoid or logistic output (every classifier here ends in a softmax)',
    pattern: /sigmoid output|logistic regression/i,
    foreignTo: () => true,
  },
  {
    concept: 'convolutions in a network without them',
    pattern: /convolution|kernel|pool|filter|feature map/i,
    foreignTo: (c) => c.model !== 'cnn',
  },
  {
    concept: 'attention in a network without it',
    pattern: /attention|\bheads?\b|LayerNorm|residual/i,
    foreignTo: (c) => c.model !== 'transformer',
  },
  {
    concept: 'embeddings or tokens in a network without them',
    pattern: /embedding|token/i,
    foreignTo: (c) => c.model === 'mlp' || c.model === 'cnn',
  },
  {
    concept: 'the transformer in a network of dense layers or convolutions',
    pattern: /transformer/i,
    foreignTo: (c) => c.model === 'mlp' || c.model === 'cnn',
  },
  {
    concept: 'the plane and its 2-D patterns in a task without them',
    pattern: /\bplane\b|these patterns|decision (boundary|regions)/i,
    foreignTo: (c) => c.task === 'mnist' || c.task === 'names' || c.task === 'regress1d',
  },
  {
    concept: 'points in a task of images or names',
    pattern: /\bpoints?\b/i,
    foreignTo: (c) => c.task === 'mnist' || c.task === 'names',
  },
];

/** Each task's own words in the Task field's help: its help names its task and no other. */
const TASK_WORDS: Record<TaskId, RegExp> = {
  classify2d: /2-D points/,
  mnist: /digits/,
  regress1d: /curve/,
  names: /first names/,
  table: /CSV/,
};

/** "a–b" ranges of a help text, e.g. 4–16 or 1,000–5,000. */
function ranges(text: string): [number, number][] {
  const num = (s: string) => Number(s.replace(/,/g, ''));
  return [...text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*–\s*(\d[\d,]*(?:\.\d+)?)/g)].map((m) => [
    num(m[1]),
    num(m[2]),
  ]);
}

describe.each(RUNS.map((r) => [runName(r), r] as const))('the texts shown for %s', (_, run) => {
  const ctx = textContext(run.task, run.model, run.problem);
  const texts = shownTexts(run, ctx);
  const phase = (id: (typeof PHASES)[number]) => phaseText(id, ctx);

  it.each(FOREIGN.filter((f) => f.foreignTo(ctx)).map((f) => [f.concept, f] as const))(
    'never name %s',
    (_concept, { pattern }) => {
      const offending = texts.filter((t) => pattern.test(t.text)).map((t) => t.where);
      expect(offending, `texts matching ${pattern}`).toEqual([]);
    },
  );

  it('give the backward pass the output gradient of its loss', () => {
    expect(phase('backward').formula).toContain(
      ctx.loss === 'mse' ? '∂L/∂ŷ = 2(ŷ − y) / B' : '∂L/∂z = (p − onehot(y)) / B',
    );
    expect(phase('loss').formula).toContain(ctx.loss === 'mse' ? '(ŷᵢ − yᵢ)²' : '−log p_y');
  });

  it('give the forward and backward formulas the layers of the model', () => {
    const fwd = phase('forward').formula;
    const bwd = phase('backward').formula;
    if (ctx.model === 'cnn') {
      expect(fwd).toMatch(/convolution[^\n]*\n[^\n]*Σ_\{u,v,c′\} W\[u,v,c′,c\]/);
      expect(fwd).toMatch(/max pool/);
      expect(bwd).toMatch(/∂L\/∂W\[u,v,c′,c\]/);
    } else if (ctx.model === 'transformer') {
      expect(fwd).toContain('attention(Q,K,V) = softmax(QKᵀ/√d_h + M)·V');
      expect(bwd).toMatch(/attention weights/);
    } else if (ctx.model === 'charMlp') {
      expect(fwd).toContain('e = [C[c₁], …, C[c_k]]');
      expect(bwd).toContain('∂L/∂C[c]');
    } else {
      expect(fwd).toContain('hₗ = act(hₗ₋₁·Wₗ + bₗ)');
      expect(fwd).toMatch(ctx.loss === 'mse' ? /linear/ : /softmax/);
    }
    if (ctx.model !== 'transformer') expect(bwd).toContain('∂L/∂W = hᵀ·∂L/∂z');
  });

  it('describe the chosen task in the Task help, and no other', () => {
    const help = paramHelp('task', ctx);
    for (const task of TASK_IDS)
      expect(TASK_WORDS[task].test(help), `${task} in “${help}”`).toBe(task === run.task);
  });

  it('recommend ranges that include the task’s default', () => {
    const fields = FIELDS.filter(
      (f) => f.kind !== 'select' && f.kind !== 'text' && fieldApplies(f, run.task, run.model),
    );
    for (const f of fields) {
      const found = ranges(paramHelp(f.key, ctx));
      if (found.length === 0) continue;
      const value = Number(defaultFor(f, run.task));
      expect(
        found.some(([lo, hi]) => value >= lo && value <= hi),
        `${f.key}: default ${value} outside ${JSON.stringify(found)}`,
      ).toBe(true);
    }
  });
});
