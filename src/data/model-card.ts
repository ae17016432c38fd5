/**
 * A model card (Mitchell et al. 2019, "Model Cards for Model Reporting") from plain data:
 * the config, the model summary, the data set's description, the metrics, the training
 * procedure and its compute. The card is built once as a document of sections and blocks
 * ({@link modelCardDocument}) and rendered to Markdown ({@link modelCardMarkdown}) or to a
 * standalone HTML page with no external resources ({@link modelCardHtml}); every text from
 * the data (column names, file names, class names) is escaped in both. The card speaks the
 * page's language ({@link ModelCardInput.locale}): every title, label and sentence comes from
 * the catalogue (src/content/<lang>/model-card-doc.ts), every number is written by `Intl`
 * (German: thousands point, decimal comma, "97,3 %").
 */
import { DEFAULT_LOCALE, type Locale } from '../config/locale';
import type { LabConfig } from '../config/schema';
import { texts } from '../content';
import {
  MODEL_CARD_SECTION_IDS,
  type ModelCardSectionId,
  type ModelCardUse,
} from '../content/en/model-card-doc';
import type { LayerSummary } from '../protocol/messages';
import { fmtSci, fmtSi } from './compute-cost';
import {
  fmtCount,
  fmtDuration,
  fmtFlops,
  fmtMetric,
  fmtPercent,
  localDecimal,
} from './model-card-numbers';

export {
  confusionMetrics,
  fmtCount,
  fmtDuration,
  fmtMetric,
  fmtPercent,
  localDecimal,
} from './model-card-numbers';

/** The training data, as the card describes it. */
export interface ModelCardData {
  /** Where it comes from and its licence, one paragraph. */
  description: string;
  /** Examples per split; `unit` names them ("examples", "names"). */
  sizes: { train: number; validation: number; test: number; unit: string };
  /** A table's input columns and target. */
  features?: { inputs: string[]; target: string };
  /** Class names, for a classifier. */
  classNames?: string[];
}

/** Metrics of one split: loss in nats (cross-entropy) or squared units (MSE). */
export interface SplitMetrics {
  loss: number | null;
  /** Fraction 0..1, classifiers only. */
  accuracy?: number | null;
}

export interface ModelCardMetrics {
  kind: 'classifier' | 'regression' | 'language';
  validation: SplitMetrics;
  /** Measured once on the test set, when the run has. */
  test?: SplitMetrics;
  /** The last training loss read back. */
  train?: number | null;
  /** Per class (same order as the data's class names): accuracy 0..1. */
  perClassAccuracy?: number[];
  /** counts[true][predicted]. */
  confusion?: number[][];
  /** The step at which the per-class accuracy and the confusion matrix were measured. */
  confusionStep?: number;
}

export interface ModelCardInput {
  createdAt: Date;
  config: LabConfig;
  model: { table: LayerSummary[]; totalParams: number; flopsPerStep: number };
  /** Model name as shown, e.g. "MLP" or "CNN". */
  modelName: string;
  /** Task name as shown, e.g. "Handwritten digits (MNIST)". */
  taskName: string;
  data: ModelCardData;
  metrics: ModelCardMetrics;
  training: {
    steps: number;
    epochs: number;
    elapsedMs: number;
    backend: string;
    adapter: string | null;
    stopReason: string | null;
  };
  compute?: {
    flops: number;
    energyKWh: number;
    co2Grams: number;
    device: string;
    powerW: number;
    pue: number;
    gramsPerKWh: number;
  };
  /** Overrides of the task's defaults (intended use, factors, ethics, caveats). */
  use?: Partial<ModelCardUse>;
  /** The card's language; English when absent. */
  locale?: Locale;
}

/** A block of a section: a paragraph, a list, a table or a sub-heading. */
export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][]; numeric?: boolean[] }
  | { kind: 'h'; text: string };

export interface ModelCardDocument {
  title: string;
  subtitle: string;
  sections: { id: ModelCardSectionId; title: string; blocks: Block[] }[];
}

function metricRows(m: ModelCardMetrics, locale: Locale): string[][] {
  const T = texts(locale).modelCardDoc.text;
  const fmtMetric_ = (x: number | null | undefined) => fmtMetric(x, locale);
  const fmtPercent_ = (x: number | null | undefined) => fmtPercent(x, locale);
  const rows: string[][] = [];
  const split = (name: string, s: SplitMetrics | undefined) => {
    if (!s) return;
    rows.push([name, T.loss, fmtMetric_(s.loss)]);
    if (m.kind === 'classifier') rows.push([name, T.accuracy, fmtPercent_(s.accuracy)]);
    if (m.kind === 'language' && s.loss !== null && Number.isFinite(s.loss)) {
      rows.push([name, T.bitsPerChar, fmtMetric_(s.loss / Math.LN2)]);
      rows.push([name, T.perplexity, fmtMetric_(Math.exp(s.loss))]);
    }
  };
  split(T.validation, m.validation);
  split(T.test, m.test);
  if (m.train !== undefined) rows.push([T.train, T.loss, fmtMetric_(m.train)]);
  return rows;
}

/** The card as sections of blocks, in Mitchell et al.'s order; the renderers share it. */
export function modelCardDocument(input: ModelCardInput): ModelCardDocument {
  const { config: c, model, data, metrics, training, compute } = input;
  const locale = input.locale ?? DEFAULT_LOCALE;
  const doc = texts(locale).modelCardDoc;
  const T = doc.text;
  const count = (n: number) => fmtCount(n, locale);
  const local = (text: string) => localDecimal(text, locale);
  const use = { ...doc.use[c.task], ...input.use };
  const forward = model.table.reduce((s, r) => s + r.forwardFlops, 0);
  const classes = data.classNames ?? [];

  const details: Block[] = [
    {
      kind: 'p',
      text: T.summary(input.modelName, count(model.totalParams), input.taskName),
    },
    { kind: 'h', text: T.architecture },
    {
      kind: 'table',
      head: [T.layer, T.kind, T.output, T.params, T.flopsPerExample],
      numeric: [false, false, false, true, true],
      rows: [
        ...model.table.map((r) => [
          r.name,
          r.kind,
          r.outputShape.join('×'),
          count(r.params),
          fmtFlops(r.forwardFlops, locale),
        ]),
        [T.total, '', '', count(model.totalParams), fmtFlops(forward, locale)],
      ],
    },
    { kind: 'h', text: T.training },
    {
      kind: 'p',
      text: T.procedure(
        c.optimizer,
        local(String(c.learningRate)),
        count(c.batchSize),
        count(training.steps),
        count(training.epochs),
        fmtDuration(training.elapsedMs, locale),
      ),
    },
    { kind: 'p', text: T.hardware(training.backend, training.adapter) },
    ...(training.stopReason ? [{ kind: 'p', text: T.stopped(training.stopReason) } as Block] : []),
    { kind: 'h', text: T.compute },
    compute
      ? {
          kind: 'list',
          items: [
            T.computeLine(
              local(fmtSci(compute.flops)),
              local(fmtSi(compute.energyKWh * 1000, 'Wh')),
              local(fmtSi(compute.co2Grams, 'g')),
            ),
            T.computeAssumptions(
              compute.device,
              local(String(compute.powerW)),
              local(String(compute.pue)),
              local(String(compute.gramsPerKWh)),
            ),
          ],
        }
      : { kind: 'p', text: T.noCompute },
    { kind: 'h', text: T.config },
    {
      kind: 'table',
      head: [T.key, T.value],
      rows: Object.entries(c).map(([k, v]) => [
        k,
        typeof v === 'number' ? local(String(v)) : String(v),
      ]),
    },
  ];

  const metricsText =
    metrics.kind === 'classifier'
      ? T.metricsClassifier
      : metrics.kind === 'language'
        ? T.metricsLanguage
        : T.metricsRegression;

  const quantitative: Block[] = [
    {
      kind: 'table',
      head: [T.split, T.metric, T.value],
      rows: metricRows(metrics, locale),
      numeric: [false, false, true],
    },
  ];
  if (!metrics.test) quantitative.push({ kind: 'p', text: T.noTestYet });
  if (metrics.perClassAccuracy && metrics.perClassAccuracy.length > 0) {
    quantitative.push({ kind: 'h', text: T.perClass });
    if (metrics.confusionStep !== undefined)
      quantitative.push({ kind: 'p', text: T.perClassWhen(count(metrics.confusionStep)) });
    quantitative.push({
      kind: 'table',
      head: [T.class, T.accuracy],
      numeric: [false, true],
      rows: metrics.perClassAccuracy.map((a, i) => [
        classes[i] ?? String(i),
        fmtPercent(a, locale),
      ]),
    });
  }
  if (metrics.confusion && metrics.confusion.length > 0) {
    quantitative.push({ kind: 'h', text: T.confusion });
    quantitative.push({
      kind: 'table',
      head: ['', ...metrics.confusion.map((_, i) => classes[i] ?? String(i))],
      numeric: [false, ...metrics.confusion.map(() => true)],
      rows: metrics.confusion.map((row, i) => [classes[i] ?? String(i), ...row.map(count)]),
    });
  }

  const trainingData: Block[] = [
    { kind: 'p', text: data.description },
    {
      kind: 'p',
      text: T.sizes(
        count(data.sizes.train),
        count(data.sizes.validation),
        count(data.sizes.test),
        data.sizes.unit,
      ),
    },
  ];
  if (data.features)
    trainingData.push({ kind: 'p', text: T.features(data.features.inputs, data.features.target) });

  const blocks: Record<ModelCardSectionId, Block[]> = {
    details,
    intendedUse: [
      { kind: 'p', text: use.intendedUse },
      { kind: 'h', text: T.outOfScope },
      { kind: 'p', text: use.outOfScope },
    ],
    factors: [{ kind: 'list', items: use.factors }],
    metrics: [{ kind: 'p', text: metricsText }],
    evaluationData: [
      {
        kind: 'p',
        text: T.evaluation(
          `${count(Math.round(c.validationSplit * 100))}${locale === 'de' ? '\u202f%' : '%'}`,
          data.sizes.test > 0 ? count(data.sizes.test) : null,
        ),
      },
    ],
    trainingData,
    quantitative,
    ethics: [{ kind: 'list', items: use.ethics }],
    caveats: [{ kind: 'list', items: use.caveats }],
  };
  return {
    title: T.title(input.taskName, input.modelName),
    subtitle: T.generated(input.createdAt.toISOString().slice(0, 19).replace('T', ' ') + ' UTC'),
    sections: MODEL_CARD_SECTION_IDS.map((id) => ({
      id,
      title: doc.sections[id],
      blocks: blocks[id],
    })),
  };
}

/**
 * Text for Markdown: HTML's special characters as entities (a column named `<script>` stays
 * text in any renderer) and Markdown's own escaped with a backslash.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** Text for HTML: & < > " ' as entities. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The card as Markdown (GitHub-flavoured tables). */
export function modelCardMarkdown(input: ModelCardInput): string {
  const doc = modelCardDocument(input);
  const e = escapeMarkdown;
  const out = [`# ${e(doc.title)}`, '', `_${e(doc.subtitle)}_`, ''];
  for (const s of doc.sections) {
    out.push(`## ${e(s.title)}`, '');
    for (const b of s.blocks) {
      if (b.kind === 'p') out.push(e(b.text), '');
      else if (b.kind === 'h') out.push(`### ${e(b.text)}`, '');
      else if (b.kind === 'list') out.push(...b.items.map((i) => `- ${e(i)}`), '');
      else {
        const align = b.head.map((_, i) => (b.numeric?.[i] ? '---:' : '---'));
        out.push(
          `| ${b.head.map(e).join(' | ')} |`,
          `| ${align.join(' | ')} |`,
          ...b.rows.map((r) => `| ${r.map(e).join(' | ')} |`),
          '',
        );
      }
    }
  }
  return out.join('\n');
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#111827}
h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #d7dbe2;margin-top:1.8rem}h3{font-size:1rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #d7dbe2;padding:2px 8px;text-align:left}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}.subtitle{color:#4b5563}`;

/** The card as a standalone HTML page: inline style, no scripts, no external resources. */
export function modelCardHtml(input: ModelCardInput): string {
  const doc = modelCardDocument(input);
  const e = escapeHtml;
  const out = [
    '<!doctype html>',
    `<html lang="${input.locale ?? DEFAULT_LOCALE}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${e(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${e(doc.title)}</h1>`,
    `<p class="subtitle">${e(doc.subtitle)}</p>`,
  ];
  for (const s of doc.sections) {
    out.push(`<section id="${s.id}">`, `<h2>${e(s.title)}</h2>`);
    for (const b of s.blocks) {
      if (b.kind === 'p') out.push(`<p>${e(b.text)}</p>`);
      else if (b.kind === 'h') out.push(`<h3>${e(b.text)}</h3>`);
      else if (b.kind === 'list')
        out.push(`<ul>${b.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`);
      else {
        const cls = (i: number) => (b.numeric?.[i] ? ' class="num"' : '');
        out.push(
          '<table>',
          `<thead><tr>${b.head.map((h, i) => `<th${cls(i)}>${e(h)}</th>`).join('')}</tr></thead>`,
          `<tbody>${b.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${e(c)}</td>`).join('')}</tr>`).join('')}</tbody>`,
          '</table>',
        );
      }
    }
    out.push('</section>');
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

/**
 * The description of a task's training data from the config (a table: from its source), in
 * the card's language.
 */
export function describeTrainingData(
  config: LabConfig,
  source?: { id: string; name: string; rows: number } | null,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const D = texts(locale).modelCardDoc.data;
  const count = (n: number) => fmtCount(n, locale);
  const noise = localDecimal(String(config.noise), locale);
  switch (config.task) {
    case 'classify2d':
      return D.classify2d(config.dataset, count(config.points), noise);
    case 'regress1d':
      return D.regress1d(config.function, count(config.points), noise);
    case 'mnist':
      return D.mnist;
    case 'names':
      return D.names;
    case 'table':
      return source && source.id ? D.ownTable(source.name, count(source.rows), source.id) : D.iris;
  }
}
