/**
 * Which layers a fine-tuned model takes from its parent run. The rule, as in PyTorch's
 * `load_state_dict(strict=False)` after dropping mismatched shapes (and Keras's
 * `load_weights(by_name=True, skip_mismatch=True)`): a layer's tensors are copied when the
 * parent has a layer of the same name whose tensors have the same names and shapes; every
 * other layer is initialised fresh, as a new model's would be. A layer is copied whole or
 * not at all (never a kernel without its bias).
 */

/** A layer's parameter tensors, by name (e.g. "kernel", "bias") with their shapes. */
export interface LayerTensors {
  layer: string;
  tensors: { name: string; shape: readonly number[] }[];
}

/** Why a layer starts fresh. */
export type FreshReason =
  | { kind: 'noLayer' }
  | { kind: 'tensors'; parent: string[]; child: string[] }
  | { kind: 'shape'; tensor: string; parent: readonly number[]; child: readonly number[] };

export type LayerOrigin =
  | { layer: string; status: 'copied'; fromRun: string }
  | { layer: string; status: 'fresh'; reason: FreshReason };

export interface FineTunePlan {
  /** One entry per layer of the new model, in its order. */
  layers: LayerOrigin[];
  /** Layers of the parent that the new model has no use for. */
  unused: string[];
  /** Parameters copied and initialised fresh (products of the shapes). */
  copiedParams: number;
  freshParams: number;
}

const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);
const sameShape = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * The plan for starting `child` (the new model's layers) from the parent run `fromRun`'s
 * `parent` layers. Pure: it copies nothing, it says what to copy.
 */
export function fineTunePlan(
  fromRun: string,
  parent: readonly LayerTensors[],
  child: readonly LayerTensors[],
): FineTunePlan {
  const parentByName = new Map(parent.map((l) => [l.layer, l]));
  let copiedParams = 0;
  let freshParams = 0;
  const layers = child.map((layer): LayerOrigin => {
    const params = layer.tensors.reduce((s, t) => s + size(t.shape), 0);
    const reason = mismatch(parentByName.get(layer.layer), layer);
    if (reason) {
      freshParams += params;
      return { layer: layer.layer, status: 'fresh', reason };
    }
    copiedParams += params;
    return { layer: layer.layer, status: 'copied', fromRun };
  });
  const childNames = new Set(child.map((l) => l.layer));
  return {
    layers,
    unused: parent.filter((l) => !childNames.has(l.layer)).map((l) => l.layer),
    copiedParams,
    freshParams,
  };
}

function mismatch(parent: LayerTensors | undefined, child: LayerTensors): FreshReason | null {
  if (!parent) return { kind: 'noLayer' };
  const names = (l: LayerTensors) => l.tensors.map((t) => t.name).sort();
  const [p, c] = [names(parent), names(child)];
  if (p.length !== c.length || p.some((n, i) => n !== c[i]))
    return { kind: 'tensors', parent: p, child: c };
  for (const t of child.tensors) {
    const other = parent.tensors.find((x) => x.name === t.name)!;
    if (!sameShape(other.shape, t.shape))
      return { kind: 'shape', tensor: t.name, parent: other.shape, child: t.shape };
  }
  return null;
}
