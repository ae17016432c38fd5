/**
 * A run's training time and speed: the time spent in phases and in run mode (ms), not idle
 * time, for the status line and the max-time stopping criterion (Keras/Lightning's
 * `max_time` counts training time too); and the steps per second run mode measures at its
 * read-backs.
 */
import { SpeedMeter } from '../speed-meter';

export class TrainingClock {
  private elapsedMs = 0;
  /** When the run-mode stretch in progress began (performance.now(), ms); null when none. */
  private startedAt: number | null = null;
  /** Steps/s over the last few seconds of run mode; the last value stays after a pause. */
  readonly speed = new SpeedMeter();

  /** A new run: no training time, no speed measured. */
  reset(): void {
    this.elapsedMs = 0;
    this.startedAt = null;
    this.speed.reset();
  }

  /** Run mode begins: its time counts until {@link stop}; the speed is measured afresh. */
  start(): void {
    this.startedAt = performance.now();
    this.speed.reset();
  }

  /** Run mode has ended: its time is added to the run's. */
  stop(): void {
    if (this.startedAt !== null) this.elapsedMs += performance.now() - this.startedAt;
    this.startedAt = null;
  }

  /** Runs one step-mode phase, adding its time to the run's. */
  async time<T>(phase: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await phase();
    } finally {
      this.elapsedMs += performance.now() - t0;
    }
  }

  /** Training time so far, in ms: phases and run mode (the stretch in progress included). */
  ms(): number {
    return this.elapsedMs + (this.startedAt === null ? 0 : performance.now() - this.startedAt);
  }
}
