import { describe, expect, it } from 'vitest';
import { TASK_IDS, taskDefaults, type TaskId } from '../config/schema';
import { content } from '../content';
import { MODEL_CARD_SECTION_IDS } from '../content/en/model-card-doc';
import {
  describeTrainingData,
  type ModelCardInput,
  modelCardDocument,
  modelCardHtml,
  modelCardMarkdown,
} from './model-card';

const de = content.de.modelCardDoc;
const en = content.en.modelCardDoc;

const layer = (name: string, params: number, forwardFlops: number) => ({
  name,
  kind: 'dense',
  outputShape: [8],
  params,
  forwardFlops,
  trainFlops: forwardFlops * 3 * 32,
});

/** A classifier of the user's table, with every part of the card filled, in German. */
function germanCard(task: TaskId = 'table'): ModelCardInput {
  const config = { ...taskDefaults(task), dataId: '0123456789abcdef' };
  return {
    createdAt: new Date('2026-01-30T15:12:00Z'),
    config,
    model: {
      table: [layer('dense_1', 24, 48), layer('dense_2', 18, 20_736)],
      totalParams: 12_345,
      flopsPerStep: 8064,
    },
    modelName: 'MLP',
    taskName: 'Eigene Daten',
    locale: 'de',
    data: {
      description: describeTrainingData(
        config,
        { id: config.dataId, name: 'a.csv', rows: 1500 },
        'de',
      ),
      sizes: { train: 1200, validation: 300, test: 2500, unit: 'Zeilen' },
      features: { inputs: ['a', 'b'], target: 'art' },
      classNames: ['katze', 'hund'],
    },
    metrics: {
      kind: task === 'names' ? 'language' : 'classifier',
      validation: { loss: 0.123456, accuracy: 0.97345 },
      test: { loss: 1.5, accuracy: 0.875 },
      train: 0.1,
      perClassAccuracy: [0.955, 1],
      confusion: [
        [1900, 100],
        [0, 2000],
      ],
      confusionStep: 11_500,
    },
    training: {
      steps: 12_000,
      epochs: 3,
      elapsedMs: 4200,
      backend: 'webgpu',
      adapter: 'SwiftShader',
      stopReason: null,
    },
    compute: {
      flops: 9.6768e7,
      energyKWh: 9.753e-4,
      co2Grams: 0.4633,
      device: 'Laptop',
      powerW: 28.5,
      pue: 1.2,
      gramsPerKWh: 475,
    },
  };
}

describe('the German model card', () => {
  it('has every section title in German, in order, in the Markdown and the HTML', () => {
    const input = germanCard();
    expect(modelCardDocument(input).sections.map((s) => s.title)).toEqual(
      MODEL_CARD_SECTION_IDS.map((id) => de.sections[id]),
    );
    const md = modelCardMarkdown(input);
    const html = modelCardHtml(input);
    expect(html).toContain('<html lang="de">');
    expect(md.startsWith('# Modellkarte: MLP für Eigene Daten')).toBe(true);
    for (const id of MODEL_CARD_SECTION_IDS) {
      expect(de.sections[id], id).not.toBe(en.sections[id]);
      expect(md, id).toContain(`\n## ${de.sections[id]}\n`);
      expect(md, id).not.toContain(`\n## ${en.sections[id]}\n`);
      expect(html, id).toContain(`<section id="${id}">\n<h2>${de.sections[id]}</h2>`);
    }
    for (const sub of [de.text.architecture, de.text.training, de.text.compute, de.text.config])
      expect(md).toContain(`\n### ${sub}\n`);
    expect(md).toContain(`\n### ${de.text.perClass}\n`);
    expect(md).toContain(`\n### ${de.text.confusion}\n`);
  });

  it('writes its numbers with a decimal comma and a thousands point', () => {
    const md = modelCardMarkdown(germanCard());
    expect(md).toContain('12.345 Parameter');
    expect(md).toContain('| Validierung | Verlust | 0,1235 |');
    expect(md).toContain('| Validierung | Genauigkeit | 97,3\u202f% |');
    expect(md).toContain('| Test | Genauigkeit | 87,5\u202f% |');
    expect(md).toContain('| katze | 95,5\u202f% |');
    expect(md).toContain('| katze | 1.900 | 100 |');
    expect(md).toContain('Auf dem Validierungssatz, bei der Evaluation in Schritt 11.500.');
    expect(md).toContain('12.000 Optimierungsschritte (3 vollständige Epochen) in 4,2 s');
    expect(md).toContain('2,08 × 10⁴');
    expect(md).toContain('Rechenaufwand des Trainings 9,68 × 10⁷ FLOPs');
    expect(md).toContain('Laptop mit 28,5 W, PUE 1,2');
    expect(md).toContain('Ein Testsatz von 2.500 Beispielen');
    expect(md).toContain('„a.csv“, 1.500 Zeilen');
    // No number in the card is written with a decimal point: a point only groups thousands.
    for (const number of md.replace(/Apache-2\.0/g, '').match(/\d+(?:[.,]\d+)+/g) ?? [])
      if (number.includes('.')) expect(number).toMatch(/^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/);
  });

  it('gives a language model its bits per character and perplexity in German', () => {
    const md = modelCardMarkdown(germanCard('names'));
    // 1.5 nats = 2.164 bits; e^1.5 = 4.482.
    expect(md).toContain('| Test | Bits pro Zeichen | 2,164 |');
    expect(md).toContain('| Test | Perplexität | 4,482 |');
  });

  it.each(TASK_IDS)('takes the German defaults of use, factors and ethics (%s)', (task) => {
    const doc = modelCardDocument({ ...germanCard(task), config: taskDefaults(task) });
    const text = (id: string) =>
      doc.sections
        .find((s) => s.id === id)!
        .blocks.flatMap((b) => (b.kind === 'list' ? b.items : 'text' in b ? [b.text] : []));
    expect(text('intendedUse')).toEqual([
      de.use[task].intendedUse,
      de.text.outOfScope,
      de.use[task].outOfScope,
    ]);
    expect(text('intendedUse')[0]).toMatch(/^Lehre:/);
    expect(text('factors')).toEqual(de.use[task].factors);
    expect(text('ethics')).toEqual(de.use[task].ethics);
    expect(text('caveats')).toEqual(de.use[task].caveats);
    expect(text('ethics')).not.toEqual(en.use[task].ethics);
  });
});
