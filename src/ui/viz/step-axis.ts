/** The step axis the run's charts share. */
import { niceTicks } from './format';

/** The steps' range (at least one step wide), computed here: no DOM measuring. */
export function stepDomain(steps: readonly number[]): [number, number] {
  const first = steps[0] ?? 0;
  const last = steps.at(-1) ?? 1;
  return [first, Math.max(last, first + 1)];
}

/** Round-numbered integer ticks inside {@link stepDomain} of `steps`. */
export function stepTicks(steps: readonly number[]): number[] {
  const [a, b] = stepDomain(steps);
  return niceTicks(a, b, 5).filter((t) => Number.isInteger(t));
}

/** A step as the axis writes it. */
export const fmtStep = (v: number) => String(Math.round(v));
