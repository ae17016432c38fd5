/**
 * The prefetching producer on a fake clock: without prefetching each step waits the whole
 * latency and nothing loads while it computes; with it the next batch starts loading as soon
 * as the step takes its batch, so the wait shrinks by the step's compute time (to 0 when the
 * step is longer); the batches come in the order they were made at every depth; closing frees
 * what no one took.
 */
import { describe, expect, it } from 'vitest';
import { BatchPipeline, type PipelineTimer } from './prefetch';

/** A clock that moves only when told; `sleep` resolves when the clock passes its deadline. */
class FakeTimer implements PipelineTimer {
  time = 0;
  sleepers: { at: number; wake: () => void }[] = [];
  now = () => this.time;
  sleep = (ms: number) =>
    new Promise<void>((wake) => {
      this.sleepers.push({ at: this.time + ms, wake });
    });
  /** Moves the clock by `ms`, waking each sleeper at its deadline in order. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      await settle();
      const due = this.sleepers.filter((s) => s.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.sleepers.splice(this.sleepers.indexOf(due), 1);
      this.time = due.at;
      due.wake();
    }
    this.time = end;
    await settle();
  }
}

/** Lets every pending promise callback run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A pipeline of numbered batches 0, 1, 2, … on a fake clock. */
function numbered(latencyMs: number, depth: number) {
  const timer = new FakeTimer();
  let next = 0;
  const disposed: number[] = [];
  const pipeline = new BatchPipeline({
    latencyMs,
    depth,
    make: () => next++,
    dispose: (b: number) => disposed.push(b),
    timer,
  });
  return { timer, pipeline, disposed, made: () => next };
}

/**
 * The training loop's part: take a batch (its wait measured by the clock), then compute for
 * `computeMs`. Returns each step's batch, wait and whether a load was in progress while it
 * computed.
 */
async function steps(
  p: ReturnType<typeof numbered>,
  count: number,
  computeMs: number,
): Promise<{ batch: number; waitMs: number; loadingDuringStep: boolean; stepMs: number }[]> {
  const out = [];
  for (let i = 0; i < count; i++) {
    const t0 = p.timer.now();
    const taking = p.pipeline.take();
    // Drive the clock until the batch arrives.
    let taken: Awaited<typeof taking> | null = null;
    void taking.then((t) => (taken = t));
    while (!(await Promise.race([taking.then(() => true), settle().then(() => false)]))) {
      const next = Math.min(...p.timer.sleepers.map((x) => x.at));
      await p.timer.advance(Number.isFinite(next) ? Math.max(1, next - p.timer.now()) : 1);
    }
    taken = taken ?? (await taking);
    // The step's computing: whatever loads meanwhile overlaps it.
    const loadingDuringStep = p.pipeline.busy;
    await p.timer.advance(computeMs);
    out.push({
      batch: taken.batch,
      waitMs: taken.waitMs,
      loadingDuringStep,
      stepMs: p.timer.now() - t0,
    });
  }
  return out;
}

describe('the data pipeline without prefetching', () => {
  it('makes each step wait the whole latency, with nothing loading while it computes', async () => {
    const p = numbered(50, 0);
    await p.timer.advance(100); // nothing loads before the first step asks
    expect(p.made()).toBe(0);
    const s = await steps(p, 4, 30);
    expect(s.map((x) => x.batch)).toEqual([0, 1, 2, 3]);
    expect(s.map((x) => x.waitMs)).toEqual([50, 50, 50, 50]);
    expect(s.every((x) => !x.loadingDuringStep)).toBe(true);
    // idle share = wait / step time = 50 / 80
    expect(s.map((x) => x.waitMs / x.stepMs)).toEqual([0.625, 0.625, 0.625, 0.625]);
  });
});

describe.each([1, 2])('the data pipeline prefetching %i batch(es) ahead', (depth) => {
  it('loads the next batch while the step computes: the wait shrinks by the compute time', async () => {
    const p = numbered(50, depth);
    const s = await steps(p, 5, 30);
    expect(s.map((x) => x.batch)).toEqual([0, 1, 2, 3, 4]);
    expect(s[0].waitMs).toBe(50); // the first batch: nothing was loaded yet
    // Loading started when the step took its batch, before it computed.
    expect(s.every((x) => x.loadingDuringStep)).toBe(true);
    for (const x of s.slice(1)) expect(x.waitMs).toBe(20); // 50 − 30 overlapped
    // idle share falls from 50/80 to 20/50
    expect(s.at(-1)!.waitMs / s.at(-1)!.stepMs).toBe(0.4);
  });

  it('hides the latency entirely when a step takes longer than loading', async () => {
    const p = numbered(50, depth);
    const s = await steps(p, 4, 70);
    expect(s.slice(1).map((x) => x.waitMs)).toEqual([0, 0, 0]);
  });

  it('never holds more than its depth of batches, and frees them on close', async () => {
    const p = numbered(10, depth);
    await p.timer.advance(500); // no step takes any: the buffer fills up to its depth
    expect(p.pipeline.buffered).toBe(depth);
    expect(p.made()).toBe(depth);
    p.pipeline.close();
    expect(p.disposed).toEqual(Array.from({ length: depth }, (_, i) => i));
    await p.timer.advance(500);
    expect(p.made()).toBe(depth); // nothing loads after close
    await expect(p.pipeline.take()).rejects.toThrow(/closed/);
  });
});

describe('the data pipeline', () => {
  it('hands the batches over in the order they were made, at every depth', async () => {
    const orders = [];
    for (const depth of [0, 1, 2]) {
      const p = numbered(7, depth);
      orders.push((await steps(p, 6, depth * 5)).map((x) => x.batch));
    }
    expect(orders[1]).toEqual(orders[0]);
    expect(orders[2]).toEqual(orders[0]);
  });

  it('passes the producer’s error to the next take', async () => {
    const timer = new FakeTimer();
    const pipeline = new BatchPipeline({
      latencyMs: 5,
      depth: 1,
      make: (): number => {
        throw new Error('the data set is gone');
      },
      dispose: () => {},
      timer,
    });
    const taking = pipeline.take();
    const failed = expect(taking).rejects.toThrow(/gone/);
    await timer.advance(10);
    await failed;
  });

  it('refuses a negative latency or a depth it does not offer', () => {
    const make = () => 0;
    const dispose = () => {};
    expect(() => new BatchPipeline({ latencyMs: -1, depth: 0, make, dispose })).toThrow(RangeError);
    expect(() => new BatchPipeline({ latencyMs: 0, depth: 3, make, dispose })).toThrow(/depth/);
  });
});
