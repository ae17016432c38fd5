/** What each phase does, why a training run needs it, and its math, in English. */
import type { PhaseId } from '../../protocol/phases';
import type { PhaseText } from '../types';

export const phases: Record<PhaseId, PhaseText> = {
  initialization: {
    title: 'Initialization',
    what: 'Every weight is drawn at random with the chosen scheme and every bias is set to 0. The optimizer is created with empty state (for Adam: zero moments and step count 0).',
    why: 'Training has to start somewhere. Random weights break the symmetry between units: units that start equal compute the same thing, get the same gradient and stay equal. The spread matters too: too small and signals fade layer by layer, too large and tanh or sigmoid units saturate. Glorot and He choose the standard deviation from the layer’s fan-in and fan-out to keep signals at a steady scale.',
    formula: [
      'Glorot uniform:  W ~ U(−a, a),  a = √(6/(fan_in + fan_out))',
      '                 std = √(2/(fan_in + fan_out))',
      'He normal:       std = √(2/fan_in)   (truncated normal)',
      'Small normal:    W ~ N(0, 0.01²)',
      'Biases:          b = 0',
    ].join('\n'),
    modes:
      'Runs once at the start of a run (and again after a reset), in both modes. Run mode trains from the weights drawn here.',
  },
  data: {
    title: 'Data',
    what: 'The next mini-batch of B examples is taken from the training set, in an order that is reshuffled at the start of every epoch. An epoch is one pass over all training examples.',
    why: 'A gradient from a small random batch is far cheaper than one from the whole data set, and its noise helps training (stochastic gradient descent). Reshuffling every epoch makes the batches differ from epoch to epoch, so the model never sees the examples in a fixed pattern.',
    formula: [
      'batches per epoch = ⌈N_train / B⌉',
      'batch k = order[k·B … (k+1)·B − 1]',
      '          (the last batch of an epoch may be smaller)',
      'new epoch → order ← shuffle(order)',
    ].join('\n'),
    modes:
      'Step mode shows which points form the batch. Run mode gathers each batch on the device and never reads it back.',
  },
  forward: {
    title: 'Forward pass',
    what: 'The batch flows through the network layer by layer: each layer multiplies its input by a weight matrix, adds a bias and applies its activation. The output layer gives one score (logit) per class, and softmax turns the scores into probabilities.',
    why: 'The forward pass is the model’s prediction, and the loss is computed from it. Its hidden activations are also what backpropagation needs. The panel shows the first examples of the batch.',
    formula: [
      'h₀ = x',
      'hₗ = act(hₗ₋₁·Wₗ + bₗ)        hidden layers',
      'z = h_L·W_out + b_out         logits, one per class',
      'p_c = exp(z_c) / Σⱼ exp(z_j)  softmax',
    ].join('\n'),
    modes:
      'Step mode reads the activations of the first examples back from the device to show them. Run mode computes the forward pass inside the fused training step and reads nothing back.',
  },
  loss: {
    title: 'Loss',
    what: 'The loss measures how wrong the predictions are. Softmax cross-entropy is the negative log of the probability the model gave to the true class; it is computed for every example of the batch and averaged.',
    why: 'Training minimises this one number. A confident correct prediction (p_y near 1) costs almost 0, a confident wrong one costs a lot (p_y → 0 gives ℓ → ∞). Guessing 50/50 between two classes costs ln 2 ≈ 0.693 per example.',
    formula: [
      'ℓᵢ = −log p_yᵢ(xᵢ)      loss of example i',
      'L = (1/B)·Σᵢ ℓᵢ         mean over the batch',
    ].join('\n'),
    modes:
      'Step mode reads every per-example loss back. Run mode keeps the loss on the device and reads it back only every k steps (the loss read-back interval), because each read-back makes the CPU wait for the GPU.',
  },
  backward: {
    title: 'Backward pass',
    what: 'Backpropagation computes the gradient of the mean loss with respect to every weight and bias, applying the chain rule from the loss back through each layer. No parameter changes yet.',
    why: 'The gradient tells, for every parameter, in which direction and how strongly the loss changes when that parameter moves. Its norm shows how steep the loss is where the model stands: tiny norms in early layers mean vanishing gradients, huge norms exploding ones. SGD’s step is proportional to the gradient; Adam rescales it per parameter.',
    formula: [
      'g = ∇θL = ∂L/∂θ',
      'output layer:  ∂L/∂z = (p − onehot(y)) / B',
      'each dense layer z = h·W + b, from the output down:',
      '  ∂L/∂W = hᵀ·∂L/∂z,    ∂L/∂b = Σ_batch ∂L/∂z',
      '  ∂L/∂h = ∂L/∂z·Wᵀ     passed to the layer below,',
      '  below, where h = act(z′):  ∂L/∂z′ = ∂L/∂h ⊙ act′(z′)',
      '‖g‖₂ = √(Σ g²) over all parameters',
    ].join('\n'),
    modes:
      'Step mode computes the gradients, reads them back and keeps them for the update phase. Run mode computes and applies them in one fused step without reading them back.',
  },
  update: {
    title: 'Update',
    what: 'The optimizer changes every parameter using its gradient and the learning rate η. Plain SGD steps straight down the gradient; momentum, RMSprop and Adam also keep running statistics of past gradients (the optimizer state) to smooth and scale each step.',
    why: 'This is where the model learns: one update is one training step. The learning rate sets the step size: too small and training crawls, too large and the loss jumps around or diverges.',
    formula: [
      'SGD:       θ ← θ − η·g',
      'Momentum:  v ← μ·v + g;   θ ← θ − η·v',
      'RMSprop:   s ← ρ·s + (1 − ρ)·g²',
      '           θ ← θ − η·g / √(s + ε)',
      'Adam:      m ← β₁·m + (1 − β₁)·g',
      '           v ← β₂·v + (1 − β₂)·g²',
      '           m̂ = m / (1 − β₁ᵗ),   v̂ = v / (1 − β₂ᵗ)',
      '           θ ← θ − η·m̂ / (√v̂ + ε)',
    ].join('\n'),
    modes:
      'Step mode reads every parameter back before and after the update to show the change. Run mode applies the update on the device and reads nothing back.',
  },
  evaluation: {
    title: 'Evaluation',
    what: 'The model, unchanged, is run on the validation set (examples it never trains on) to measure loss and accuracy. The accuracy on the training set and the model’s prediction over the whole plane are computed too.',
    why: 'The training loss only tells how well the model fits the examples it learns from; the validation loss estimates how it does on new data. When the training loss keeps falling but the validation loss rises, the model is overfitting. Early stopping and the target loss watch this number.',
    formula: [
      'val loss = (1/N_val)·Σᵢ −log p_yᵢ(xᵢ)',
      'accuracy = (1/N)·Σᵢ [argmax_c p_c(xᵢ) = yᵢ]',
    ].join('\n'),
    modes:
      'Step mode evaluates in every cycle. Run mode evaluates every “evaluation interval” steps.',
  },
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
