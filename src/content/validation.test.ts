/**
 * Validation speaks the page's language: the config reports issues as ids and numbers
 * (src/config/schema.ts), and every issue it can report has a sentence in every language.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  FIELDS,
  type FieldKey,
  parseField,
  toRaw,
  validate,
} from '../config/schema';
import { hasBoundText, issueText, LOCALES } from './index';

const numberFields = FIELDS.filter((f) => f.kind === 'number' || f.kind === 'integer');

describe('validation issues', () => {
  it.each(numberFields.map((f) => f.key))(
    'give %s’s bounds a sentence of their own in every language',
    (key) => {
      const field = FIELDS.find((f) => f.key === key)!;
      const schema = field.schema as unknown as {
        minValue: number | null;
        maxValue: number | null;
      };
      const probes: ['min' | 'max', number][] = [];
      if (schema.minValue !== null && Number.isFinite(schema.minValue))
        probes.push(['min', schema.minValue - 1]);
      if (schema.maxValue !== null && Number.isFinite(schema.maxValue))
        probes.push(['max', schema.maxValue + 1]);
      expect(probes.length).toBeGreaterThan(0);
      for (const [bound, value] of probes) {
        const r = parseField(field, String(value));
        expect(r.ok ? null : r.issue, `${key}=${value}`).toEqual({ id: bound });
        expect(hasBoundText(key, bound), `${key}.${bound}`).toBe(true);
      }
    },
  );

  it('are ids and numbers, which the sidebar writes in German or English', () => {
    const { errors } = validate({ ...toRaw(DEFAULT_CONFIG), learningRate: 'abc', batchSize: '0' });
    expect(errors).toEqual({ learningRate: { id: 'notANumber' }, batchSize: { id: 'min' } });
    expect(issueText('learningRate', errors.learningRate!, 'de')).toBe(
      '„Lernrate“ muss eine Zahl sein.',
    );
    expect(issueText('learningRate', errors.learningRate!, 'en')).toBe(
      'Learning rate must be a number.',
    );
    expect(issueText('batchSize', errors.batchSize!, 'de')).toBe(
      'Die Batch-Größe muss mindestens 1 sein.',
    );
  });

  it('of several fields name their numbers in the language’s digits', () => {
    const raw = {
      ...toRaw(DEFAULT_CONFIG),
      points: '20',
      batchSize: '1300',
      validationSplit: '0.5',
    };
    const { errors } = validate({ ...raw, points: '2400' });
    expect(errors.batchSize).toEqual({ id: 'batchTooLarge', batchSize: 1300, examples: 1200 });
    const de = (n: number) => new Intl.NumberFormat('de').format(n);
    expect(issueText('batchSize', errors.batchSize!, 'de', de)).toBe(
      'Die Batch-Größe (1.300) ist größer als die Trainingsmenge (1.200 Beispiele).',
    );
  });

  it.each(LOCALES)('has a sentence for every issue of every field (%s)', (locale) => {
    const ids = [
      'required',
      'notANumber',
      'notation',
      'separator',
      'wholeNumber',
      'dataId',
      'noAccuracy',
      'accuracyTarget',
      'accuracyBaseline',
      'accuracyDivergence',
    ] as const;
    for (const f of FIELDS)
      for (const id of ids)
        expect(issueText(f.key as FieldKey, { id }, locale).trim()).not.toBe('');
  });

  it('refuse the techniques’ impossible settings at their fields, in German and English', () => {
    const base = { ...toRaw(DEFAULT_CONFIG), points: '100', validationSplit: '0.2' };
    const cases: [Partial<typeof base>, FieldKey, RegExp, RegExp][] = [
      [
        { lrSchedule: 'warmupCosine', maxSteps: '50', warmupSteps: '100' },
        'warmupSteps',
        /Warm-up \(100 Schritte\).*50 geplante Schritte/,
        /warm-up \(100 steps\).*50 planned steps/,
      ],
      [
        { batchSize: '16', accumulation: '6' },
        'accumulation',
        /16 × 6 .*96.*80 Beispiele/,
        /16 × 6 micro-batches = 96.*80 examples/,
      ],
      [
        { batchSize: '32', workers: '3' },
        'workers',
        /Batch-Größe \(32\) .* 3 Worker.*30 oder 33/,
        /batch size \(32\) does not split evenly over 3 workers.*30 or 33/,
      ],
      [{ batchSize: '2', workers: '3' }, 'workers', /Batch-Größe von 3 /, /batch size of 3,/],
      [{ clipping: 'norm', clipNorm: '0' }, 'clipNorm', /größer als 0/, /greater than 0/],
      [{ clipping: 'norm', clipNorm: '-2' }, 'clipNorm', /größer als 0/, /greater than 0/],
    ];
    for (const [over, key, de, en] of cases) {
      const { config, errors } = validate({ ...base, ...over });
      expect(config).toBeNull();
      expect(Object.keys(errors)).toEqual([key]);
      expect(issueText(key, errors[key]!, 'de')).toMatch(de);
      expect(issueText(key, errors[key]!, 'en')).toMatch(en);
    }
  });
});
