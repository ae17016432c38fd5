import { describe, expect, it } from 'vitest';
import {
  compareLosses,
  dataAvailable,
  float32Bits,
  lineageRunOf,
  reproductionVerdict,
  sameLoss,
  setupDifferences,
} from './reproduce';
import { lineageGraph } from './lineage';

/** Losses as the engine reports them: float32 values, as JavaScript numbers. */
const f32 = (xs: number[]) => xs.map(Math.fround);
/** The next float32 above `v` (one unit in the last place). */
const nextUp = (v: number) => {
  const a = new Float32Array([v]);
  new Uint32Array(a.buffer)[0] += 1;
  return a[0];
};

const setup = { backend: 'webgpu', adapter: 'nvidia ampere', appVersion: '1.0.0' };

describe('compareLosses', () => {
  const losses = f32([2.3, 2.1, 1.9, 1.7, 1.5]);

  it('finds bit-equal losses equal on the steps both series kept', () => {
    const recorded = { steps: [1, 2, 3, 5, 8], losses };
    // The reproduction kept other steps (another downsampling): 4 and 6 have no partner.
    const reproduced = {
      steps: [1, 2, 3, 4, 5, 6, 8],
      losses: f32([2.3, 2.1, 1.9, 9, 1.7, 9, 1.5]),
    };
    const c = compareLosses(recorded, reproduced);
    expect(c).toEqual({ compared: 5, lastStep: 8, firstDifference: null, notFloat32: 0 });
  });

  it('reports the first step that differs by one bit', () => {
    const reproduced = [...losses];
    reproduced[2] = nextUp(losses[2]);
    reproduced[4] = 0;
    const c = compareLosses(
      { steps: [1, 2, 3, 4, 5], losses },
      { steps: [1, 2, 3, 4, 5], losses: reproduced },
    );
    expect(c.firstDifference).toEqual({ step: 3, recorded: losses[2], reproduced: reproduced[2] });
    expect(c.compared).toBe(5);
    expect(float32Bits(reproduced[2]) - float32Bits(losses[2])).toBe(1);
  });

  it('compares a non-finite loss (null) only equal to another', () => {
    expect(sameLoss(null, null)).toBe(true);
    expect(sameLoss(null, 1)).toBe(false);
    const c = compareLosses(
      { steps: [1, 2], losses: [1, null] },
      { steps: [1, 2], losses: [1, 3] },
    );
    expect(c.firstDifference).toEqual({ step: 2, recorded: null, reproduced: 3 });
  });

  it('counts recorded values that are not float32 (a rounded record)', () => {
    const c = compareLosses(
      { steps: [1, 2], losses: [0.1, 0.25] },
      { steps: [1, 2], losses: [0.1, 0.25] },
    );
    // 0.1 is no float32; 0.25 is.
    expect(c.notFloat32).toBe(1);
    // The same double on both sides is the same float32.
    expect(c.firstDifference).toBeNull();
  });
});

describe('setupDifferences', () => {
  it('names another backend, adapter and app version', () => {
    expect(
      setupDifferences(setup, { backend: 'webgl', adapter: 'intel xe', appVersion: '1.1.0' }),
    ).toEqual([
      { kind: 'backend', recorded: 'webgpu', now: 'webgl' },
      { kind: 'adapter', recorded: 'nvidia ampere', now: 'intel xe' },
      { kind: 'appVersion', recorded: '1.0.0', now: '1.1.0' },
    ]);
  });

  it('finds nothing for the same setup, and does not count an unknown adapter', () => {
    expect(setupDifferences(setup, { ...setup })).toEqual([]);
    expect(setupDifferences(setup, { ...setup, adapter: null })).toEqual([]);
  });
});

describe('reproductionVerdict', () => {
  const losses = f32([2.3, 2.1, 1.9]);
  const recorded = { steps: [1, 2, 3], losses, step: 3, ...setup };

  it('is pending while short of the recorded steps, identical once past them', () => {
    const part = { steps: [1, 2], losses: losses.slice(0, 2) };
    expect(reproductionVerdict(recorded, part, 2, false, setup).kind).toBe('pending');
    const all = { steps: [1, 2, 3, 4], losses: [...losses, 1.5] };
    const v = reproductionVerdict(recorded, all, 4, false, setup);
    expect(v.kind).toBe('identical');
    expect(v.comparison.lastStep).toBe(3);
  });

  it('is identical when stopped early with every compared loss equal', () => {
    const part = { steps: [1, 2], losses: losses.slice(0, 2) };
    expect(reproductionVerdict(recorded, part, 2, true, setup).kind).toBe('identical');
    expect(reproductionVerdict(recorded, { steps: [], losses: [] }, 0, true, setup).kind).toBe(
      'nothingCompared',
    );
  });

  it('reports a difference at once, with the setup differences as reasons', () => {
    const other = { steps: [1, 2], losses: [losses[0], nextUp(losses[1])] };
    const now = { ...setup, backend: 'webgl' };
    const v = reproductionVerdict(recorded, other, 2, false, now);
    expect(v.kind).toBe('differs');
    if (v.kind !== 'differs') return;
    expect(v.comparison.firstDifference?.step).toBe(2);
    expect(v.reasons.map((r) => r.kind)).toEqual(['backend']);
    const same = reproductionVerdict(recorded, other, 2, false, setup);
    expect(same.kind === 'differs' && same.reasons).toEqual([]);
  });
});

describe('dataAvailable', () => {
  it('needs the same own data set loaded; a built-in one is always there', () => {
    expect(dataAvailable({ contentHash: null }, null)).toBe(true);
    expect(dataAvailable({ contentHash: 'abc' }, 'abc')).toBe(true);
    expect(dataAvailable({ contentHash: 'abc' }, 'abd')).toBe(false);
    expect(dataAvailable({ contentHash: 'abc' }, null)).toBe(false);
  });
});

describe('lineageRunOf', () => {
  it('makes a reproduction the child of its run by a "reproduce" edge', () => {
    const a = { id: 'a', name: 'a', startedAt: 1, reproducedFrom: null };
    const b = { id: 'b', name: 'b', startedAt: 2, reproducedFrom: 'a' };
    const g = lineageGraph([a, b].map(lineageRunOf));
    expect(g.edges).toEqual([{ from: 'a', to: 'b', kind: 'reproduce', step: undefined }]);
    expect(g.roots).toEqual(['a']);
  });
});
