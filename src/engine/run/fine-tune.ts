/**
 * Fine-tuning: a new model whose layers start from another run's checkpoint where they fit.
 * The initialization phase draws every weight as for a new model (from the run's own
 * generator, so a layer that is not copied starts exactly as in a fresh run of the same
 * config and seed), then copies the parent's tensors into each layer that the shape-matching
 * rule of `data/fine-tune.ts` accepts — PyTorch's `load_state_dict(strict=False)` after
 * dropping mismatched shapes, Keras's `load_weights(by_name=True, skip_mismatch=True)`. The
 * optimizer starts empty (t = 0), as a fine-tuning run's does.
 */
import * as tf from '@tensorflow/tfjs';
import { fineTunePlan, type LayerTensors } from '../../data/fine-tune';
import type { TransferReport } from '../../protocol/reports';
import type { SavedTensor } from '../checkpoint';
import { paramsOf, type Model } from '../tasks/types';

/** The weights a fine-tuning run starts from: a checkpoint of run `fromRun` at `step`. */
export interface TransferSource {
  fromRun: string;
  step: number;
  /** The checkpoint's weights, named "<tensor> · <layer>" (e.g. "W · hidden 1"). */
  weights: readonly SavedTensor[];
}

/** A parameter's name split into its tensor and layer: "W · hidden 1" → W, hidden 1. */
export function splitParamName(name: string): { tensor: string; layer: string } {
  const at = name.indexOf(' · ');
  return at < 0
    ? { tensor: name, layer: name }
    : { tensor: name.slice(0, at), layer: name.slice(at + 3) };
}

/** Named tensors grouped into layers, in the order of their first tensor. */
export function layersOf(params: readonly { name: string; shape: readonly number[] }[]) {
  const layers = new Map<string, LayerTensors>();
  for (const p of params) {
    const { tensor, layer } = splitParamName(p.name);
    const l = layers.get(layer) ?? { layer, tensors: [] };
    l.tensors.push({ name: tensor, shape: [...p.shape] });
    layers.set(layer, l);
  }
  return [...layers.values()];
}

/**
 * Copies the parent's tensors into `model`'s matching layers (the rest keep the weights just
 * drawn) and says which layer came from where. Reads no tensor back; the copied values are
 * the checkpoint's float32 numbers exactly.
 */
export function applyTransfer(model: Model, source: TransferSource): TransferReport {
  const params = paramsOf(model).map((p, i) => ({ ...p, shape: model.variables[i].shape }));
  const plan = fineTunePlan(source.fromRun, layersOf(source.weights), layersOf(params));
  const copied = new Set(plan.layers.filter((l) => l.status === 'copied').map((l) => l.layer));
  const byName = new Map(source.weights.map((w) => [w.name, w]));
  tf.tidy(() =>
    params.forEach((p, i) => {
      if (!copied.has(splitParamName(p.name).layer)) return;
      const w = byName.get(p.name)!;
      model.variables[i].assign(tf.tensor(w.values, w.shape, 'float32'));
    }),
  );
  return { fromRun: source.fromRun, step: source.step, plan };
}
