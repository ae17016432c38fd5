/** Texts of run lineage and fine-tuning (src/data/lineage.ts, src/data/fine-tune.ts). */
import type { LayerOrigin } from '../../data/fine-tune';
import type { Derivation } from '../../data/lineage';

export const DERIVATION_LABELS: Record<Derivation, string> = {
  resume: 'resumed from',
  branch: 'branched from',
  fineTune: 'fine-tuned from',
  reproduce: 'reproduces',
};

const shape = (s: readonly number[]) => s.join('×');

/** One layer of a fine-tune plan: "dense_1: copied from run abc" or "output: fresh (…)". */
export function layerOriginText(o: LayerOrigin, parentRun: string): string {
  if (o.status === 'copied') return `${o.layer}: copied from run ${o.fromRun}`;
  const r = o.reason;
  const why =
    r.kind === 'noLayer'
      ? `run ${parentRun} has no layer of this name`
      : r.kind === 'tensors'
        ? `its tensors (${r.child.join(', ')}) differ from run ${parentRun}’s (${r.parent.join(', ')})`
        : `${r.tensor} is ${shape(r.child)} here, ${shape(r.parent)} in run ${parentRun}`;
  return `${o.layer}: fresh (${why})`;
}
