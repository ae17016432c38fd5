/**
 * How a run's metric series stay bounded: a long run's series are downsampled (see
 * {@link DownsampledSeries}): every point is kept while a series spans at most
 * {@link HISTORY_BUCKETS} buckets of steps, and after that each bucket keeps its first,
 * lowest, highest and last point, so the series stays bounded and a spike still shows. The
 * series themselves are one log of named series (`metric-log.ts`), which checkpoints keep
 * and the page is sent on restore.
 */

/** The most buckets of steps a downsampled series spans; each keeps at most 4 points. */
export const HISTORY_BUCKETS = 1024;

/**
 * The first training losses, kept as they are in every downsampled training series: the
 * early warnings' scale of a "large" loss (their median), and the start of the curve.
 */
export const INITIAL_TRAIN_LOSSES = 5;

/**
 * A series of rows by ascending step, kept in place in plain arrays (`steps` and parallel
 * `columns`) and bounded: bucket b holds the rows with ⌊step / stride⌋ = b, and of each
 * bucket only the first, the lowest, the highest and the last row by `key` are kept (the
 * M4 aggregation of Jugel et al., "M4: A Visualization-Oriented Time Series Data
 * Aggregation", VLDB 2014: a line through those four points per pixel column looks like the
 * line through all of them). The stride starts at 1, so every row is kept until the series
 * spans more than `maxBuckets` buckets; then the stride doubles (adjacent buckets merge)
 * until at most half of them are left.
 *
 * An append touches only the last bucket (at most 4 rows); a merge touches every kept row
 * (at most 4 × `maxBuckets`) and follows at least `maxBuckets` / 2 new buckets: the cost
 * per append is O(1), however long the run. A non-finite key counts as the highest, so NaN
 * and ∞ stay visible.
 */
export class DownsampledSeries {
  private stride = 1;
  private buckets = 0;

  /**
   * `steps` and `columns` are the arrays to keep (rows already in them are downsampled at
   * once); `key(column values of a row)` is the value whose low and high points are kept.
   * The first `pinned` rows are always kept as they are (e.g. the first training losses,
   * the scale the early warnings compare with).
   */
  constructor(
    readonly steps: number[],
    readonly columns: unknown[][],
    private readonly key: (row: readonly unknown[]) => number,
    private readonly maxBuckets = HISTORY_BUCKETS,
    private readonly pinned = 0,
  ) {
    this.buckets = this.countBuckets();
    if (this.buckets > maxBuckets) this.merge(maxBuckets);
  }

  /** Rows kept now. */
  get length(): number {
    return this.steps.length;
  }

  /**
   * Adds the row measured at `step`. The same step measured again (or an older one, which
   * is not expected) replaces the last row, as a re-measured step does.
   */
  append(step: number, row: readonly unknown[]): void {
    const { steps, columns } = this;
    const n = steps.length;
    if (n > 0 && steps[n - 1] >= step) step = steps[n - 1];
    if (n <= this.pinned && steps[n - 1] === step) {
      columns.forEach((c, j) => (c[n - 1] = row[j])); // a pinned row measured again
      return;
    }
    const bucket = Math.floor(step / this.stride);
    let start = n;
    while (start > this.pinned && Math.floor(steps[start - 1] / this.stride) === bucket) start--;
    if (start === n) {
      steps.push(step);
      columns.forEach((c, j) => c.push(row[j]));
      if (n >= this.pinned && ++this.buckets > this.maxBuckets) this.merge(this.maxBuckets / 2);
      return;
    }
    // The last bucket's rows and the new one (replacing a row of the same step).
    const rowsSteps = steps.slice(start);
    const rows = rowsSteps.map((_, i) => columns.map((c) => c[start + i]));
    if (rowsSteps[rowsSteps.length - 1] === step) rows[rows.length - 1] = [...row];
    else {
      rowsSteps.push(step);
      rows.push([...row]);
    }
    const keep = this.pick(rows);
    steps.length = start;
    columns.forEach((c) => (c.length = start));
    for (const i of keep) {
      steps.push(rowsSteps[i]);
      columns.forEach((c, j) => c.push(rows[i][j]));
    }
  }

  /** Indices (ascending) of the first, lowest, highest and last of `rows`. */
  private pick(rows: readonly (readonly unknown[])[]): number[] {
    const n = rows.length;
    if (n <= 4) return rows.map((_, i) => i);
    let lo = -1;
    let hi = 0;
    let loKey = Infinity;
    let hiKey = -Infinity;
    for (let i = 0; i < n; i++) {
      const raw = this.key(rows[i]);
      const k = Number.isFinite(raw) ? raw : Infinity;
      if (Number.isFinite(k) && k < loKey) {
        loKey = k;
        lo = i;
      }
      if (k > hiKey) {
        hiKey = k;
        hi = i;
      }
    }
    return [...new Set([0, lo < 0 ? 0 : lo, hi, n - 1])].sort((a, b) => a - b);
  }

  /** Doubles the stride until at most `limit` buckets are left, rebuilding the arrays in place. */
  private merge(limit: number): void {
    const { steps, columns } = this;
    while (this.buckets > limit) {
      this.stride *= 2;
      let out = Math.min(this.pinned, steps.length);
      let buckets = 0;
      for (let from = out; from < steps.length;) {
        const bucket = Math.floor(steps[from] / this.stride);
        let to = from + 1;
        while (to < steps.length && Math.floor(steps[to] / this.stride) === bucket) to++;
        const rows: unknown[][] = [];
        for (let i = from; i < to; i++) rows.push(columns.map((c) => c[i]));
        const groupSteps = steps.slice(from, to);
        for (const i of this.pick(rows)) {
          steps[out] = groupSteps[i];
          columns.forEach((c, j) => (c[out] = rows[i][j]));
          out++;
        }
        buckets++;
        from = to;
      }
      steps.length = out;
      columns.forEach((c) => (c.length = out));
      this.buckets = buckets;
    }
  }

  private countBuckets(): number {
    let count = 0;
    for (let i = this.pinned; i < this.steps.length; i++) {
      if (
        i === this.pinned ||
        Math.floor(this.steps[i] / this.stride) !== Math.floor(this.steps[i - 1] / this.stride)
      )
        count++;
    }
    return count;
  }
}
