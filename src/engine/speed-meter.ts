/** The training speed run mode shows: steps per second over the last few seconds. */

/** Steps/s over a sliding window of read-backs (the first, compiling step excluded). */
export class SpeedMeter {
  private marks: { t: number; step: number }[] = [];
  mark(step: number): void {
    const t = performance.now();
    this.marks.push({ t, step });
    while (this.marks.length > 2 && t - this.marks[0].t > 3000) this.marks.shift();
  }
  reset(): void {
    this.marks = [];
  }
  get stepsPerSecond(): number | null {
    if (this.marks.length < 2) return null;
    const a = this.marks[0];
    const b = this.marks[this.marks.length - 1];
    return b.t > a.t ? ((b.step - a.step) * 1000) / (b.t - a.t) : null;
  }
}
