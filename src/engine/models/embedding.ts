/**
 * Token embeddings as a matrix product: one-hot(token) · E picks row `token` of E (V × d).
 * Written as a product rather than a gather so its gradient is a plain matrix product on
 * every backend (a gather's gradient needs a scatter-add kernel some backends lack).
 */
import * as tf from '@tensorflow/tfjs';

/** Token ids (n × T, as floats) → their embeddings, n × T × d. */
export function embed(ids: tf.Tensor2D, table: tf.Tensor2D): tf.Tensor3D {
  const [n, t] = ids.shape;
  const [vocab, d] = table.shape;
  const oneHot = tf.oneHot(tf.reshape(tf.cast(ids, 'int32'), [-1]) as tf.Tensor1D, vocab);
  return tf.reshape(tf.matMul(tf.cast(oneHot, 'float32'), table), [n, t, d]);
}

/**
 * Forward FLOPs of looking up T tokens in a V × d table: 0 for a real lookup, but the lab
 * counts it as the one-hot product it computes, 2 · T · V · d.
 */
export function embeddingFlops(tokens: number, vocab: number, d: number): number {
  return 2 * tokens * vocab * d;
}
