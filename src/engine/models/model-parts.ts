import type * as tf from '@tensorflow/tfjs';
import type { ModelSummary } from '../../protocol/messages';
import type { Model, ParamInfo } from '../tasks/types';

/**
 * What every model shares around its forward pass: its variables (and their names, when
 * they are not one W, b pair per layer), the summary with each layer's name and activation,
 * and a dispose that frees the variables.
 */
export function modelParts(
  variables: tf.Variable[],
  summary: ModelSummary,
  params?: readonly ParamInfo[],
): Omit<Model, 'forward'> {
  return {
    variables,
    ...(params ? { params } : {}),
    summary,
    layerNames: summary.layers.map((l) => l.name),
    activations: summary.layers.map((l) => l.activation),
    dispose() {
      for (const v of variables) v.dispose();
    },
  };
}
