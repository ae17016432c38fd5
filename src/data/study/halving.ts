/**
 * Successive halving, the inner loop of Hyperband (Jamieson & Talwalkar 2016; Li et al. 2018,
 * "Hyperband", Algorithm 1 lines 3–9), run synchronously: all n trials train to the first
 * rung's resource r; the best ⌊n_i/η⌋ of rung i continue to rung i + 1 with η times the
 * resource, until one trial is left or the next rung would pass the maximum resource.
 * Rung i: n_i = ⌊n·η^(−i)⌋ trials at r_i = r·η^i steps, as Optuna's SuccessiveHalvingPruner
 * places its rungs at min_resource · η^(min_early_stopping_rate + rung) (rate 0 here) and
 * keeps the top 1/η of each rung.
 */

/** One rung: how many trials reach it and the steps each has trained when it is judged. */
export interface Rung {
  rung: number;
  trials: number;
  /** Training steps of every trial in this rung (the resource, cumulative). */
  steps: number;
}

/**
 * The rungs of successive halving.
 * @param n trials at the first rung (≥ 1, whole).
 * @param minResource r: steps of the first rung (≥ 1, whole).
 * @param eta η: the reduction factor (≥ 2, whole), Optuna's reduction_factor.
 * @param maxResource the most steps any trial may train (default: no limit but n).
 * @returns the rungs, first to last; the last has 1 trial or the most steps ≤ maxResource.
 * @throws RangeError on an argument outside those ranges.
 */
export function halvingSchedule(
  n: number,
  minResource: number,
  eta: number,
  maxResource = Infinity,
): Rung[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number ≥ 1, not ${n}`);
  if (!Number.isInteger(minResource) || minResource < 1)
    throw new RangeError(`minResource must be a whole number ≥ 1, not ${minResource}`);
  if (!Number.isInteger(eta) || eta < 2)
    throw new RangeError(`eta must be a whole number ≥ 2, not ${eta}`);
  if (maxResource < minResource)
    throw new RangeError(`maxResource ${maxResource} is below minResource ${minResource}`);
  const rungs: Rung[] = [{ rung: 0, trials: n, steps: minResource }];
  for (;;) {
    const last = rungs[rungs.length - 1];
    const trials = Math.floor(last.trials / eta);
    const steps = last.steps * eta;
    if (trials < 1 || steps > maxResource) return rungs;
    rungs.push({ rung: last.rung + 1, trials, steps });
  }
}

/** A trial's metric at a rung (e.g. val_loss after the rung's steps). */
export interface RungResult {
  trialId: string;
  value: number;
}

/**
 * The trials of a rung that continue to the next: the best `keep` by value (lowest when
 * `direction` is 'minimize', highest for 'maximize'); a value that is NaN or ±∞ counts as
 * worst (a diverged trial never continues, as Optuna prunes it). Ties go to the lower trial id
 * (string order), so the result is the same whatever the order of `results`.
 * @param keep how many continue: the next rung's `trials` ({@link halvingSchedule}); default
 *   ⌊results.length / η⌋ with η = 3, at least 1.
 * @returns the ids of the trials that continue, best first.
 */
export function promote(
  results: readonly RungResult[],
  keep = Math.max(1, Math.floor(results.length / 3)),
  direction: 'minimize' | 'maximize' = 'minimize',
): string[] {
  const sign = direction === 'minimize' ? 1 : -1;
  const score = (v: number) => (Number.isFinite(v) ? sign * v : Infinity);
  return [...results]
    .sort(
      (a, b) =>
        // Two values that are not finite give NaN here, which falls through to the id.
        score(a.value) - score(b.value) ||
        (a.trialId < b.trialId ? -1 : a.trialId > b.trialId ? 1 : 0),
    )
    .slice(0, keep)
    .map((r) => r.trialId);
}
