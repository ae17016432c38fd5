import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RunRecorder } from './run-recorder';
import { fakeState } from './engine-state.test-util';
import {
  AUDIT_FORMAT,
  buildAuditRecord,
  canonicalJson,
  sha256Hex,
  weightsBytes,
  weightsSha256,
} from '../../data/audit-record';
import { compareLosses } from '../../data/reproduce';
import type { RunRecord } from '../../data/run-record';
import { readRunsFile, runsFileText } from '../../data/runs-file';

/** A recorded run of 20 steps with float32 losses. */
function recordedRun(config: Parameters<typeof fakeState>[0]['config'] = {}): RunRecord {
  const state = fakeState({
    runId: 'run-a',
    step: 20,
    finished: 'maxSteps',
    config: { seed: 7, ...config },
    loss: (s) => Math.fround(2 / Math.sqrt(s)),
  });
  const rec = new RunRecorder();
  rec.observe(state, 5_000);
  return rec.record(state, 6_000)!;
}

const nodeSha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

describe('hashes', () => {
  it('sha256Hex is SHA-256 (FIPS 180-4 test vector "abc")', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('hashes the weights as float32 little-endian bytes in order', async () => {
    const w = [Float32Array.of(1, -2.5), Float32Array.of(0.1)];
    const bytes = weightsBytes(w);
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 0x80, 0x3f]); // 1.0f, little-endian
    expect(bytes.length).toBe(12);
    const d = await weightsSha256(w);
    expect(d).toEqual({ sha256: nodeSha(bytes), bytes: 12 });
    // Another order is other weights.
    expect((await weightsSha256([w[1], w[0]])).sha256).not.toBe(d.sha256);
  });

  it('canonical JSON sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});

describe('buildAuditRecord', () => {
  const digest = { sha256: 'ab'.repeat(32), step: 20, bytes: 400, source: 'live' as const };

  it('holds the run, code version, times, config and its hash, data identity, weights', async () => {
    const run = { ...recordedRun(), reproducedFrom: 'run-0' };
    run.incidents = [
      {
        fault: 'deviceLost',
        step: 12,
        resumedFrom: 10,
        stepsRedone: 2,
        timeLostMs: 800,
        message: 'lost',
      },
    ];
    const a = await buildAuditRecord(run, digest, Date.UTC(2026, 0, 2));
    expect(a.format).toBe(AUDIT_FORMAT);
    expect(a.exportedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(a.run).toEqual({ id: 'run-a', name: run.name, reproducedFrom: 'run-0' });
    expect(a.code.appVersion).toBe(run.appVersion);
    expect(a.seed).toBe(7);
    expect(a.config.seed).toBe(7);
    expect(a.configSha256).toBe(nodeSha(canonicalJson(run.config)));
    expect(a.time.startedAt).toBe(new Date(run.startedAt).toISOString());
    expect(a.time.endedAt).toBe(new Date(run.endedAt!).toISOString());
    expect(a.weights).toEqual({ available: true, final: true, ...digest });
    expect(a.training.steps).toBe(20);
    expect(a.training.stopReason).toBe('Reached max steps (20).');
    expect(a.incidents).toEqual(run.incidents);
    // A built-in data set: the hash of its task, generator and seed.
    expect(a.data.kind).toBe('builtIn');
    expect(a.data.identity).toEqual({ task: run.data.task, generator: run.data.dataset, seed: 7 });
    expect(a.data.hash).toBe(nodeSha(canonicalJson(a.data.identity)));
  });

  it('another seed is another data identity hash; own data keeps its content hash', async () => {
    const a = await buildAuditRecord(recordedRun(), null, 0);
    const b = await buildAuditRecord(recordedRun({ seed: 8 }), null, 0);
    expect(b.data.hash).not.toBe(a.data.hash);
    expect(b.configSha256).not.toBe(a.configSha256);
    const own = recordedRun({ task: 'table', dataId: '0123456789abcdef' } as never);
    const c = await buildAuditRecord(own, null, 0);
    expect(c.data).toMatchObject({ kind: 'own', hashOf: 'content', hash: '0123456789abcdef' });
    expect(c.weights).toEqual({ available: false });
  });

  it('marks weights of an earlier step (a checkpoint) as not final', async () => {
    const a = await buildAuditRecord(
      recordedRun(),
      { ...digest, step: 10, source: 'checkpoint' },
      0,
    );
    expect(a.weights).toMatchObject({ available: true, final: false, step: 10 });
  });
});

describe('the record keeps losses at full float32 precision', () => {
  it('a runs file round trip compares bit-equal with the losses as reported', () => {
    const run = recordedRun();
    const [back] = (readRunsFile(runsFileText([run])) as { ok: true; runs: RunRecord[] }).runs;
    const reported = Array.from({ length: 20 }, (_, i) => Math.fround(2 / Math.sqrt(i + 1)));
    const c = compareLosses(
      { steps: back.series.trainSteps, losses: back.series.trainLosses },
      { steps: reported.map((_, i) => i + 1), losses: reported },
    );
    expect(c).toMatchObject({ compared: 20, firstDifference: null, notFloat32: 0 });
  });
});
