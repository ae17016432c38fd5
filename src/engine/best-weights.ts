/**
 * A copy of the model's weights at its best evaluation, for restore-best-weights (Keras's
 * `best_weights`). The copies are tensors of their own: `tf.clone` shares the variable's
 * data until the optimizer assigns new values to the variable, so keeping costs no copy on
 * the device until then.
 */
import * as tf from '@tensorflow/tfjs';

export class BestWeights {
  private tensors: tf.Tensor[] | null = null;
  /** Step the kept weights are from (null: none kept). */
  step: number | null = null;

  get kept(): boolean {
    return this.tensors !== null;
  }

  /** Keeps the current values of `variables`, dropping the previous copy. */
  keep(variables: readonly tf.Variable[], step: number): void {
    this.dispose();
    this.tensors = variables.map((v) => tf.clone(v));
    this.step = step;
  }

  /** Assigns the kept values back to `variables` (same model, same order); false if none. */
  restoreInto(variables: readonly tf.Variable[]): boolean {
    if (!this.tensors || this.tensors.length !== variables.length) return false;
    this.tensors.forEach((t, i) => variables[i].assign(t));
    return true;
  }

  /** The kept values as plain arrays, for a checkpoint. */
  async read(): Promise<{ step: number; values: Float32Array[] } | null> {
    if (!this.tensors || this.step === null) return null;
    const values = await Promise.all(this.tensors.map((t) => t.data() as Promise<Float32Array>));
    return { step: this.step, values };
  }

  /** Keeps values read back from a checkpoint (shapes of `variables`). */
  load(variables: readonly tf.Variable[], values: readonly Float32Array[], step: number): void {
    this.dispose();
    this.tensors = variables.map((v, i) => tf.tensor(values[i], v.shape));
    this.step = step;
  }

  dispose(): void {
    if (this.tensors) tf.dispose(this.tensors);
    this.tensors = null;
    this.step = null;
  }
}
