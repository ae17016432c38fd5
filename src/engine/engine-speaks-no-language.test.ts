/**
 * The engine speaks no language: whatever it posts to the page — faults, refusals, errors,
 * fallback reasons, reports — is ids, numbers and names, never a sentence; the page words it
 * (src/content/notices.ts). The session is driven through its faults and refusals, and every
 * string of every event it posts is checked. The only strings allowed to read as words are
 * names (of a data set, a layer, a parameter, a class) and a `detail`: the platform's own
 * message of an exception, which the engine has no other words for.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, taskDefaults } from '../config/schema';
import { noticeText } from '../content/notices';
import { fromDrawnPoints } from '../data/own-data';
import type { EngineEvent } from '../protocol/messages';
import { backendForModel } from './backend';
import { MemoryCheckpointStore } from './checkpoint';
import { LabSession } from './session';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

async function until(pred: () => boolean, ms = 30_000) {
  const t0 = Date.now();
  while (!pred()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Two words in a row: a phrase or a sentence, which would need translating. */
const WORDS = /[A-Za-zÄÖÜäöüß’']{2,}[,:;()]*\s+[(]*[A-Za-zÄÖÜäöüß’']{2,}/;

/**
 * Keys whose strings are names, not text to translate: a data set's title and source, a
 * layer's or parameter's name and kind, a GPU adapter's description (the browser's), a
 * notice's `detail` (an exception's own message), and the run's config (values of fields).
 */
const NAME_KEYS = new Set(['title', 'name', 'kind', 'description', 'detail', 'config', 'previous']);

/** Every string in `value` that reads as words, with where it is. */
function sentences(value: unknown, path: string, out: string[]): string[] {
  if (typeof value === 'string') {
    if (WORDS.test(value)) out.push(`${path}: ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => sentences(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (!NAME_KEYS.has(k)) sentences(v, `${path}.${k}`, out);
    }
  }
  return out;
}

describe('the engine posts no sentences', () => {
  it('through a run, its faults and the commands and files it refuses', async () => {
    const events: EngineEvent[] = [];
    const s = new LabSession((e) => events.push(e), Promise.resolve(new MemoryCheckpointStore()));
    const count = (type: EngineEvent['type']) => events.filter((e) => e.type === type).length;
    s.handle({
      type: 'init',
      config: {
        ...DEFAULT_CONFIG,
        points: 100,
        autoResume: 'on',
        evalInterval: 2,
        checkpointInterval: 2,
      },
      backend: 'cpu',
    });
    await until(() => count('reset') === 1);
    for (let i = 0; i < 9; i++) s.handle({ type: 'nextPhase' });
    await until(() => count('stopped') + count('phase') >= 9);

    // Refused commands and files.
    s.handle({ type: 'restoreCheckpoint', id: 'no-such-checkpoint' });
    s.handle({ type: 'storeData', data: { ...drawnData(), id: '0000000000000000' } });
    s.handle({ type: 'importCheckpoint', fileName: 'a.json', text: '{"kind":' });
    s.handle({ type: 'importCheckpoint', fileName: 'b.json', text: '[1, 2, 3]' });
    s.handle({
      type: 'importCheckpoint',
      fileName: 'c.json',
      text: '{"kind":"training-run-lab-checkpoint","record":{"format":"x"}}',
    });
    s.handle({ type: 'resume', request: { runId: 'no-such-run', run: false } });
    await until(() => count('checkpointRejected') === 3 && count('error') >= 3);

    // Run mode: the range test is refused, then NaN in the weights is a fault.
    s.handle({ type: 'run' });
    await until(() => count('progress') > 0);
    s.handle({ type: 'findLearningRate', settings: { lrMin: 1e-6, lrMax: 1, steps: 20 } });
    s.handle({ type: 'simulateFault', fault: 'nanWeights' });
    await until(() => count('fault') === 1);
    s.handle({ type: 'pause' });

    // A link to a data set this browser does not hold: the example is used instead.
    s.handle({
      type: 'init',
      config: { ...taskDefaults('table'), dataId: 'ffffffffffffffff' },
      backend: 'cpu',
    });
    await until(() => count('reset') >= 2);
    await until(() => events.some((e) => e.type === 'error' && e.notice.id === 'exampleInstead'));

    const notices = events.flatMap((e) =>
      e.type === 'error' || e.type === 'fault' || e.type === 'checkpointRejected' ? [e.notice] : [],
    );
    expect(notices.map((n) => n.id)).toEqual(
      expect.arrayContaining([
        'checkpointGone',
        'dataMismatch',
        'checkpointDamaged',
        'notACheckpoint',
        'checkpointInvalid',
        'noGoodCheckpoint',
        'lrFindWhileRunning',
        'nonFiniteLoss',
        'exampleInstead',
      ]),
    );
    expect(events.flatMap((e, i) => sentences(e, `${i}:${e.type}`, []))).toEqual([]);
    // Every notice has words in both languages, and they differ.
    for (const n of notices) {
      expect(noticeText(n, 'en')).not.toBe(noticeText(n, 'de'));
      expect(noticeText(n, 'de')).not.toMatch(/\b(the|is|not|was)\b/);
    }
  }, 60_000);

  it('the check would find a sentence the engine posts', () => {
    const leaked = { type: 'error', message: 'The run could not be resumed.' };
    expect(sentences(leaked, 'event', [])).toEqual([
      'event.message: The run could not be resumed.',
    ]);
  });

  it('a fallback reason is a notice, worded by the page', () => {
    const choice = backendForModel({ backend: 'wasm', fallbackReasons: [], adapter: null }, true);
    expect(choice.backend).toBe('cpu');
    expect(choice.fallbackReasons).toEqual([{ id: 'wasmNoConv' }]);
    expect(noticeText(choice.fallbackReasons[0], 'de')).toMatch(/^Das wasm-Backend kann keine/);
  });
});

/** A small data set of the user's (drawn points), as the page stores it. */
function drawnData() {
  const r = fromDrawnPoints(
    Array.from({ length: 20 }, (_, i) => ({ x: i / 20, y: (i % 3) / 3, label: (i % 2) as 0 | 1 })),
  );
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.data;
}
