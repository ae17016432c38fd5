/**
 * Texts of run lineage and fine-tuning (src/data/lineage.ts, src/data/fine-tune.ts): the
 * Runs view's lineage graph, the checkpoint list's Branch and Fine-tune, and the
 * initialization panel's account of which layers came from where.
 */
import type { FreshReason, LayerOrigin } from '../../data/fine-tune';
import type { Derivation } from '../../data/lineage';

export const DERIVATION_LABELS: Record<Derivation, string> = {
  resume: 'resumed from',
  branch: 'branched from',
  fineTune: 'fine-tuned from',
  reproduce: 'reproduces',
};

const shape = (s: readonly number[]) => s.join('×');

/** Why a layer starts fresh, naming the parent run. */
function freshWhy(r: FreshReason, parentRun: string): string {
  return r.kind === 'noLayer'
    ? `run ${parentRun} has no layer of this name`
    : r.kind === 'tensors'
      ? `its tensors (${r.child.join(', ')}) differ from run ${parentRun}’s (${r.parent.join(', ')})`
      : `${r.tensor} is ${shape(r.child)} here, ${shape(r.parent)} in run ${parentRun}`;
}

/** One layer of a fine-tune plan: "dense_1: copied from run abc" or "output: fresh (…)". */
export function layerOriginText(o: LayerOrigin, parentRun: string): string {
  if (o.status === 'copied') return `${o.layer}: copied from run ${o.fromRun}`;
  return `${o.layer}: fresh (${freshWhy(o.reason, parentRun)})`;
}

export const lineage = {
  // The graph in the Runs view
  heading: 'Lineage',
  intro:
    'Which run came from which: a resume continues a checkpoint, a branch continues it with a changed config, a fine-tune starts a new model from its layers, a reproduction trains the same config and seed again. Generations run left to right; click a run to find it in the table.',
  empty:
    'No run started from another yet: Branch or Fine-tune a checkpoint (checkpoint panel), or Reproduce a run, and its edge appears here.',
  graphLabel: 'Lineage graph of {count} runs and {edges} edges',
  legend: 'Edges',
  /** The edge's short label on the graph, by kind. */
  edges: {
    resume: 'resume',
    branch: 'branch',
    fineTune: 'fine-tune',
    reproduce: 'reproduce',
  } satisfies Record<Derivation, string>,
  /** The edge label with the parent's step it started from. */
  edgeAtStep: '{kind} @ {step}',
  nodeLabel: 'Run {name}, step {step}: show it in the table',
  nodeStep: 'step {step} · seed {seed}',
  live: 'training now',
  missing: 'Parents not in the history (deleted or never recorded here): {list}.',
  cycles: 'Links left out because they would make a run its own ancestor: {list}.',
  parentsOf: '{kind} {name}',
  derivations: DERIVATION_LABELS,
  // The checkpoint list
  branch: 'Branch',
  branchLabel:
    'Branch from the checkpoint at step {step}: a new run that restores it and trains on with the sidebar’s config',
  fineTune: 'Fine-tune',
  fineTuneLabel:
    'Fine-tune from the checkpoint at step {step}: a new model with the sidebar’s config whose layers that fit start from it',
  startFromHelp:
    'Branch restores this checkpoint’s whole state (weights, optimizer, step, data position) into a new run with the sidebar’s config; Fine-tune builds a new model from the sidebar’s config at step 0 and copies the layers whose names and shapes match.',
  startFromInvalid: 'Correct the sidebar’s fields first: the new run takes its config.',
  // The initialization panel
  transferHeading: 'Transfer from run {run} (checkpoint at step {step})',
  transferIntro:
    'A fine-tuned model: each layer whose name and tensor shapes match the parent’s is copied from it whole; every other layer is drawn fresh by the scheme, exactly as in a new run of this config and seed (PyTorch’s load_state_dict(strict=False) after dropping mismatched shapes; Keras’s load_weights(by_name=True, skip_mismatch=True)). The optimizer starts empty.',
  layer: 'Layer',
  origin: 'Starts from',
  copied: 'copied from run {run}',
  fresh: 'fresh',
  why: 'Why',
  whyCopied: 'same name and shapes',
  freshWhy: (r: FreshReason, parentRun: string) => freshWhy(r, parentRun),
  transferTotals: '{copied} parameters copied, {fresh} drawn fresh.',
  unused: 'Layers of run {run} this model has no use for: {layers}.',
};
