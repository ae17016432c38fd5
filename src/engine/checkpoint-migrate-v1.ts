/**
 * The step from checkpoint format @1 to @2: the optimizer state of TensorFlow.js's optimizers,
 * which format @1 holds, renamed to the state of the lab's own update rules
 * (training/optimizer-settings.ts), which compute the same updates from it.
 *
 * Format @1 (tfjs's `getWeights()`, plus Adam's running powers):
 *   `iter` (int32, the step count), then each slot for every variable in the model's order,
 *   named "<tfjs variable id>/<slot>": Adam and AdamW `m`, `v`; momentum `momentum`; RMSprop
 *   `rms` and `momentum`; then Adam's `accBeta1`, `accBeta2` (β₁ᵗ⁺¹ and β₂ᵗ⁺¹). tfjs made the
 *   slots at the first update, so a checkpoint of step 0 has none.
 * Format @2:
 *   `t` (int32, the step count), then per parameter in the model's order each slot, named
 *   "<parameter>/<slot>" ("W · hidden 1/m"): Adam and AdamW `m`, `v`; momentum `buffer`;
 *   RMSprop `squareAvg`. Zeros at step 0.
 *
 * What is dropped carries nothing the new rules need: Adam's powers are computed from t (as
 * the same float32 products tfjs accumulated), and RMSprop's `momentum` slot, with momentum 0,
 * held only the last step's lr·g/√(v + ε). A record that does not read as format @1 (state
 * that is not a list, slots that do not line up with the weights) keeps what it has, under
 * format @2, for the checks to name what is wrong.
 */
import {
  defaultFor,
  FIELDS,
  OPTIMIZERS,
  type OptimizerId,
  TASK_IDS,
  type TaskId,
} from '../config/schema';
import { STEP_COUNT } from './training/optimizer-settings';

type RawRecord = Record<string, unknown>;

export const FORMAT_V1 = 'training-run-lab/checkpoint@1';
export const FORMAT_V2 = 'training-run-lab/checkpoint@2';

/** Each @1 slot's name in @2, per optimizer, in the order @2 stores them; null: dropped. */
const SLOT_NAMES: Record<OptimizerId, Record<string, string | null>> = {
  adam: { m: 'm', v: 'v' },
  adamw: { m: 'm', v: 'v' },
  sgd: {},
  momentum: { momentum: 'buffer' },
  rmsprop: { rms: 'squareAvg', momentum: null },
};

interface RawTensor {
  name: string;
  shape: number[];
  dtype: string;
  values: ArrayLike<number>;
}

const isTensor = (v: unknown): v is RawTensor =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as RawTensor).name === 'string' &&
  Array.isArray((v as RawTensor).shape);

const isObject = (v: unknown): v is RawRecord =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The optimizer a @1 record was trained with: its config's, or the field's default. */
function optimizerOf(record: RawRecord): OptimizerId | null {
  const config = isObject(record.config) ? record.config : {};
  const task = [config.task, record.task].find((t) => TASK_IDS.includes(t as TaskId));
  const field = FIELDS.find((f) => f.key === 'optimizer')!;
  const id = config.optimizer ?? (task ? defaultFor(field, task as TaskId) : undefined);
  return OPTIMIZERS.includes(id as OptimizerId) ? (id as OptimizerId) : null;
}

/** @1 state that @2 has no use for (see the file comment), per optimizer. */
function dropped(id: OptimizerId, name: string): boolean {
  if (id === 'adam' || id === 'adamw') return name === 'accBeta1' || name === 'accBeta2';
  return id === 'rmsprop' && name.endsWith('/momentum');
}

/**
 * A record of format @1 as format @2 (see the file comment). Returns a new object; typed
 * arrays are shared, not copied.
 */
export function migrateV1toV2(record: RawRecord): RawRecord {
  const out = { ...record, format: FORMAT_V2 };
  const id = optimizerOf(record);
  const saved = record.optimizer;
  const weights = record.weights;
  if (id === null || !Array.isArray(saved) || !saved.every(isTensor)) return out;
  if (!Array.isArray(weights) || !weights.every(isTensor)) return out;
  const state: RawTensor[] = [];
  const iter = saved.find((s) => s.name === 'iter');
  if (iter) state.push({ ...iter, name: STEP_COUNT });
  const renames = Object.entries(SLOT_NAMES[id]).filter(([, to]) => to !== null) as [
    string,
    string,
  ][];
  // tfjs names a slot "<variable id>/<slot>" and makes the variables in the model's order:
  // the k-th variable id to appear is the k-th weight's.
  const prefixOf = (name: string) => name.slice(0, name.lastIndexOf('/'));
  const slotted = saved.filter((s) => renames.some(([from]) => s.name.endsWith(`/${from}`)));
  const prefixes = [...new Set(slotted.map((s) => prefixOf(s.name)))];
  const stepZero = slotted.length === 0;
  const used = new Set<RawTensor>(iter ? [iter] : []);
  weights.forEach((w, k) => {
    renames.forEach(([from, to]) => {
      const entry = slotted.find((s) => s.name === `${prefixes[k]}/${from}`);
      if (entry) {
        used.add(entry);
        state.push({ ...entry, name: `${w.name}/${to}` });
      } else if (stepZero) {
        const size = w.shape.reduce((a, b) => a * b, 1);
        state.push({
          name: `${w.name}/${to}`,
          shape: [...w.shape],
          dtype: 'float32',
          values: new Float32Array(size),
        });
      }
    });
  });
  // Anything else stays, under its old name, for the checks to refuse.
  state.push(...saved.filter((s) => !used.has(s) && !dropped(id, s.name)));
  return { ...out, optimizer: state };
}
