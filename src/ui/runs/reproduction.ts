/**
 * The page's side of reproducing a run and of its audit record: the setup the engine trains
 * on now, the verdict on a reproduction in words, and the audit record's file. React-free.
 */
import type { WeightsDigest } from '../../data/audit-record';
import { buildAuditRecord } from '../../data/audit-record';
import type { RunRecord } from '../../data/run-record';
import {
  type ReproductionVerdict,
  reproductionVerdict,
  type Setup,
  type SetupDifference,
} from '../../data/reproduce';
import { fill } from '../../content/fill';
import type { ReproduceTexts } from '../../content/types';
import type { EngineState } from '../engine-client';
import { fmt } from '../viz/format';
import { APP_VERSION } from './run-recorder';

/** The backend, adapter and app version the engine trains on now (as a record writes them). */
export function currentSetup(state: Pick<EngineState, 'backend'>): Setup {
  const adapter = state.backend?.adapter;
  return {
    backend: state.backend?.name ?? null,
    adapter: adapter ? [adapter.vendor, adapter.architecture].filter(Boolean).join(' ') : null,
    appVersion: APP_VERSION,
  };
}

/**
 * The verdict on `child` reproducing `parent`: `stopped` when the child is not training now
 * (paused, finished, or no longer the live run).
 */
export function verdictOf(
  parent: RunRecord,
  child: RunRecord,
  stopped: boolean,
  now: Setup,
): ReproductionVerdict {
  return reproductionVerdict(
    {
      steps: parent.series.trainSteps,
      losses: parent.series.trainLosses,
      step: parent.step,
      backend: parent.backend,
      adapter: parent.adapter,
      appVersion: parent.appVersion,
    },
    { steps: child.series.trainSteps, losses: child.series.trainLosses },
    child.step,
    stopped,
    now,
  );
}

/** A loss in full: 9 significant digits tell every float32 apart (IEEE 754's max_digits10). */
export const exactLoss = (v: number | null): string => (v === null ? 'NaN' : fmt(v, 9));

/** One likely reason in words. */
export function reasonText(t: ReproduceTexts, d: SetupDifference): string {
  const args = { recorded: d.recorded ?? '—', now: d.now ?? '—' };
  if (d.kind === 'backend') return fill(t.reasonBackend, args);
  if (d.kind === 'adapter') return fill(t.reasonAdapter, args);
  return fill(t.reasonAppVersion, args);
}

/** The verdict in words: the headline and the likely reasons (for a difference). */
export function verdictText(
  t: ReproduceTexts,
  v: ReproductionVerdict,
  name: string,
  int: (n: number) => string,
): { text: string; reasons: string[] } {
  const c = v.comparison;
  switch (v.kind) {
    case 'pending':
      return {
        text: fill(t.pending, { name, compared: int(c.compared), target: int(v.target) }),
        reasons: [],
      };
    case 'identical':
      return {
        text: fill(t.identical, { name, compared: int(c.compared), last: int(c.lastStep ?? 0) }),
        reasons: [],
      };
    case 'nothingCompared':
      return { text: fill(t.nothingCompared, { name }), reasons: [] };
    case 'differs': {
      const d = c.firstDifference!;
      return {
        text: fill(t.differs, {
          step: int(d.step),
          recorded: exactLoss(d.recorded),
          reproduced: exactLoss(d.reproduced),
          compared: int(c.compared),
        }),
        reasons:
          v.reasons.length > 0 ? v.reasons.map((r) => reasonText(t, r)) : [t.reasonSameSetup],
      };
    }
  }
}

/** The audit record's file name: the run's id and the date of export. */
export const auditFileName = (run: RunRecord, at: number): string =>
  `audit-record-${run.id}-${new Date(at).toISOString().slice(0, 10)}.json`;

/** The audit record of `run` as a file's text (2-space JSON), with the weights' digest. */
export async function auditRecordText(
  run: RunRecord,
  weights: WeightsDigest | null,
  at: number,
): Promise<string> {
  return `${JSON.stringify(await buildAuditRecord(run, weights, at), null, 2)}\n`;
}
