/**
 * What each phase does, why a training run needs it, and its math, in English. The phases
 * whose texts depend on the network and its loss live in their own modules.
 */
import type { PhaseId } from '../../protocol/phases';
import type { PhaseTextSource } from '../types';
import { backward, forward } from './forward-backward';
import { evaluation, loss } from './loss-evaluation';

/** The weight initialization schemes, for every network. */
const INIT_SCHEMES = [
  'Glorot uniform:  W ~ U(−a, a),  a = √(6/(fan_in + fan_out))',
  '                 std = √(2/(fan_in + fan_out))',
  'He normal:       std = √(2/fan_in)   (truncated normal)',
  'Small normal:    W ~ N(0, 0.01²)',
];

export const phases: Record<PhaseId, PhaseTextSource> = {
  initialization: {
    title: 'Initialization',
    what: {
      byModel: {
        cnn: 'Every convolution filter and every dense weight is drawn at random with the chosen scheme, and every bias is set to 0. The optimizer is created with empty state (for Adam: zero moments and step count 0).',
        charMlp:
          'The embedding table and every weight matrix are drawn at random with the chosen scheme, and every bias is set to 0. The optimizer is created with empty state (for Adam: zero moments and step count 0).',
        transformer:
          'The token and position embeddings and every weight matrix are drawn at random with the chosen scheme; every bias starts at 0, every LayerNorm gain at 1 and its shift at 0. The optimizer is created with empty state (for Adam: zero moments and step count 0).',
        other:
          'Every weight is drawn at random with the chosen scheme and every bias is set to 0. The optimizer is created with empty state (for Adam: zero moments and step count 0).',
      },
    },
    why: 'Training has to start somewhere. Random weights break the symmetry between units: units that start equal compute the same thing, get the same gradient and stay equal. The spread matters too: too small and signals fade layer by layer, too large and tanh or sigmoid units saturate. Glorot and He choose the standard deviation from the layer’s fan-in and fan-out to keep signals at a steady scale.',
    formula: {
      byModel: {
        cnn: [
          ...INIT_SCHEMES,
          'Filters k × k × C_in → C_out:  fan_in = k·k·C_in,  fan_out = C_out',
          'Biases:          b = 0',
        ].join('\n'),
        transformer: [
          ...INIT_SCHEMES,
          'Biases:          b = 0',
          'LayerNorm:       γ = 1,  β = 0',
        ].join('\n'),
        other: [...INIT_SCHEMES, 'Biases:          b = 0'].join('\n'),
      },
    },
    modes:
      'Runs once at the start of a run (and again after a reset), in both modes. Run mode trains from the weights drawn here.',
  },
  data: {
    title: 'Data',
    what: {
      byTask: {
        names:
          'Each training example is a window of the last k characters of a name and the character that follows it; ‘.’ pads the start and marks the end. The batch is drawn from all such pairs of the training names, reshuffled every epoch with the seeded generator.',
        table:
          'Each example is one row of your table: the input columns and the column to predict. The rows were shuffled once with the run’s seed and split into training and validation; each epoch the training rows are reshuffled and cut into batches.',
        other:
          'The next mini-batch of B examples is taken from the training set, in an order that is reshuffled at the start of every epoch. An epoch is one pass over all training examples.',
      },
    },
    why: {
      byTask: {
        table:
          'Columns of a table come in their own units (centimetres, euros, years), often thousands of times apart. The model therefore standardizes every input column with the mean and standard deviation of the training rows, so that no column dominates only because its numbers are larger, and one learning rate suits any data.',
        other:
          'A gradient from a small random batch is far cheaper than one from the whole data set, and its noise helps training (stochastic gradient descent). Reshuffling every epoch makes the batches differ from epoch to epoch, so the model never sees the examples in a fixed order.',
      },
    },
    formula: {
      byTask: {
        table: {
          byLoss: {
            crossEntropy: 'x̃ⱼ = (xⱼ − μⱼ) / σⱼ     μⱼ, σⱼ of column j over the training rows',
            mse: [
              'x̃ⱼ = (xⱼ − μⱼ) / σⱼ     μⱼ, σⱼ of column j over the training rows',
              'ŷ = μ_y + σ_y · out     the prediction, in the target’s units',
            ].join('\n'),
          },
        },
        other: [
          'batches per epoch = ⌈N_train / B⌉',
          'batch k = order[k·B … (k+1)·B − 1]',
          '          (the last batch of an epoch may be smaller)',
          'new epoch → order ← shuffle(order)',
        ].join('\n'),
      },
    },
    modes: {
      byTask: {
        mnist:
          'Step mode shows the digits that form the batch. Run mode gathers each batch on the device and never reads it back.',
        names:
          'Step mode shows the context windows of the batch and the characters that follow them. Run mode gathers each batch on the device and never reads it back.',
        table:
          'Step mode shows the rows that form the batch. Run mode gathers each batch on the device and never reads it back.',
        other:
          'Step mode shows which points form the batch. Run mode gathers each batch on the device and never reads it back.',
      },
    },
  },
  forward,
  loss,
  backward,
  update: {
    title: 'Update',
    what: 'The optimizer changes every parameter using its gradient and the learning rate η. Plain SGD steps straight down the gradient; momentum, RMSprop and Adam also keep running statistics of past gradients (the optimizer state) to smooth and scale each step.',
    why: 'This is where the model learns: one update is one training step. The learning rate sets the step size: too small and training crawls, too large and the loss jumps around or diverges.',
    formula: [
      'SGD:       θ ← θ − η·g',
      'Momentum:  b ← μ·b + g;   θ ← θ − η·b',
      'RMSprop:   v ← ρ·v + (1 − ρ)·g²',
      '           θ ← θ − η·g / √(v + ε)',
      'Adam:      m ← β₁·m + (1 − β₁)·g',
      '           v ← β₂·v + (1 − β₂)·g²',
      '           m̂ = m / (1 − β₁ᵗ),   v̂ = v / (1 − β₂ᵗ)',
      '           θ ← θ − η·m̂ / (√v̂ + ε)',
    ].join('\n'),
    modes:
      'Step mode reads every parameter back before and after the update to show the change. Run mode applies the update on the device and reads nothing back.',
  },
  evaluation,
  checkpoint: {
    title: 'Checkpoint',
    what: 'The complete state of the run is saved: weights, optimizer state, step and epoch counters, the position in the shuffled data order, the random generator’s state, the early-stopping state, the config and the metrics so far.',
    why: 'A checkpoint lets a run continue exactly where it was after a crash or a closed tab, and keeps earlier, possibly better models. The weights alone are not enough to resume: without the optimizer’s moments and the data order, training would continue differently.',
    formula: [
      'bytes ≈ 4·(parameters)',
      '      + 4·(optimizer state values)',
      '      + 4·(training examples)     the data order',
      '      + 8·(logged metric values)',
      '      + config and counters',
      'Adam keeps m and v per parameter: state = 2 × weights',
    ].join('\n'),
    modes:
      'Step mode saves in every cycle. Run mode saves every “checkpoint interval” steps. Checkpoints are kept in this browser’s IndexedDB; the oldest of a run are deleted automatically.',
  },
  stopping: {
    title: 'Stopping',
    what: 'Every stopping criterion is checked, in a fixed order: a loss that became NaN or infinite, a target metric reached, a divergence threshold crossed, early stopping (no improvement of the monitored metric for “patience” evaluations), max steps, max epochs and max training time. The first that fires ends the run and says why.',
    why: 'Training has no natural end. Limits bound its cost; early stopping ends the run once the model stops getting better on validation data, before it overfits; a NaN loss or a diverging metric means further steps are wasted.',
    formula: [
      'each evaluation: wait ← wait + 1',
      'improved ⇔ m + δ < best (min) or m − δ > best (max)',
      'improved: best ← m; wait ← 0 if m beats the baseline',
      'stop ⇔ loss NaN or ±∞  ∨  target reached',
      '     ∨ m worse than the divergence threshold',
      '     ∨ (not improved ∧ wait ≥ patience)',
      '     ∨ step ≥ max steps ∨ epoch ≥ max epochs',
      '     ∨ training time ≥ max time',
      'm: monitored metric, δ: min delta (Keras 3)',
    ].join('\n'),
    modes:
      'Step mode checks once per cycle. Run mode checks when the loss is read back (every k steps), which is when a new loss, a NaN or a step limit can appear, and a time limit at least every quarter second.',
  },
};
