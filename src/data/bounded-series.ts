/**
 * A metric series kept bounded for a run record: every point while the series has at most
 * `limit` points (2,000 by default); after that, points fall into buckets of `stride` steps
 * and each bucket keeps only its lowest and its highest point, so a spike (or a NaN, which
 * counts as the highest) survives however long the run. The stride doubles whenever the
 * kept points exceed `limit`, until at most half of `limit` are left; the latest point is
 * always kept as well (the run's final value).
 *
 * Cost: an append touches the last bucket only (at most 2 points); a merge touches every
 * kept point (≤ limit + 1) and is followed by at least limit / 2 appends before the next, so
 * an append costs O(1) amortised and the record O(limit) memory, whatever the run's length.
 * The same idea as M4 downsampling (Jugel et al., VLDB 2014) with two points per bucket.
 */

/** A series as stored: steps and values of the kept points, ascending by step. */
export interface BoundedSeriesData {
  limit: number;
  stride: number;
  steps: number[];
  values: number[];
  /** The latest point appended (kept even when its bucket's low and high are others). */
  last: { step: number; value: number } | null;
}

export const DEFAULT_SERIES_LIMIT = 2000;

/** The order of values for keeping a bucket's low and high: NaN and ±∞ rank highest. */
const rank = (v: number) => (Number.isFinite(v) ? v : Infinity);

export class BoundedSeries {
  private stride: number;
  private readonly steps: number[];
  private readonly values: number[];
  private last: { step: number; value: number } | null;

  /** `limit`: the most points kept (≥ 4). Throws a RangeError for a smaller or fractional one. */
  constructor(
    readonly limit = DEFAULT_SERIES_LIMIT,
    data?: BoundedSeriesData,
  ) {
    if (!Number.isInteger(limit) || limit < 4)
      throw new RangeError(`A series keeps at least 4 points (limit ${limit}).`);
    this.stride = data?.stride ?? 1;
    this.steps = data ? [...data.steps] : [];
    this.values = data ? [...data.values] : [];
    this.last = data?.last ?? null;
  }

  /** A series from its stored form (e.g. a run record read back from IndexedDB). */
  static from(data: BoundedSeriesData): BoundedSeries {
    return new BoundedSeries(data.limit, data);
  }

  /** Points kept now (the latest point included when its bucket dropped it). */
  get length(): number {
    return this.points().steps.length;
  }

  /**
   * Adds the value measured at `step` (an integer, larger than every step so far: a resumed
   * run that goes back in steps is a new run of its own). Throws a RangeError otherwise.
   */
  append(step: number, value: number): void {
    if (!Number.isInteger(step) || (this.last !== null && step <= this.last.step))
      throw new RangeError(
        `Steps must grow: ${step} after ${this.last?.step ?? 'none'} (a resumed run is a new record).`,
      );
    this.last = { step, value };
    const { steps, values } = this;
    const bucket = Math.floor(step / this.stride);
    const n = steps.length;
    const inBucket =
      n >= 2 && Math.floor(steps[n - 2] / this.stride) === bucket
        ? 2
        : n >= 1 && Math.floor(steps[n - 1] / this.stride) === bucket
          ? 1
          : 0;
    if (inBucket < 2) {
      steps.push(step);
      values.push(value);
    } else {
      // The bucket holds its low and high already: the new point replaces one it beats.
      const [a, b] = [n - 2, n - 1];
      const lo = rank(values[a]) <= rank(values[b]) ? a : b;
      const hi = lo === a ? b : a;
      if (rank(value) > rank(values[hi])) this.replaceLast(lo, step, value);
      else if (rank(value) < rank(values[lo])) this.replaceLast(hi, step, value);
    }
    if (steps.length > this.limit) this.merge();
  }

  /** The last bucket becomes point `keep` of it and then (step, value), in step order. */
  private replaceLast(keep: number, step: number, value: number): void {
    const n = this.steps.length;
    this.steps[n - 2] = this.steps[keep];
    this.values[n - 2] = this.values[keep];
    this.steps[n - 1] = step;
    this.values[n - 1] = value;
  }

  /** Doubles the stride (merging adjacent buckets) until at most limit / 2 points are left. */
  private merge(): void {
    const { steps, values } = this;
    while (steps.length > this.limit / 2) {
      this.stride *= 2;
      let out = 0;
      for (let from = 0; from < steps.length;) {
        const bucket = Math.floor(steps[from] / this.stride);
        let to = from + 1;
        while (to < steps.length && Math.floor(steps[to] / this.stride) === bucket) to++;
        let lo = from;
        let hi = from;
        for (let i = from + 1; i < to; i++) {
          if (rank(values[i]) < rank(values[lo])) lo = i;
          if (rank(values[i]) > rank(values[hi])) hi = i;
        }
        for (const i of lo === hi ? [lo] : lo < hi ? [lo, hi] : [hi, lo]) {
          steps[out] = steps[i];
          values[out] = values[i];
          out++;
        }
        from = to;
      }
      steps.length = out;
      values.length = out;
    }
  }

  /** The kept points, ascending by step, with the latest point at the end. Copies. */
  points(): { steps: number[]; values: number[] } {
    const steps = [...this.steps];
    const values = [...this.values];
    const last = this.last;
    if (last && steps[steps.length - 1] !== last.step) {
      steps.push(last.step);
      values.push(last.value);
    }
    return { steps, values };
  }

  /** The stored form (plain data, structured-clone and JSON safe apart from NaN in JSON). */
  toData(): BoundedSeriesData {
    return {
      limit: this.limit,
      stride: this.stride,
      steps: [...this.steps],
      values: [...this.values],
      last: this.last ? { ...this.last } : null,
    };
  }
}
