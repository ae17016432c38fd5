/** One or two sentences per hyperparameter: what it does, a sensible range, and when it applies. */
import type { FieldKey } from '../../config/schema';

export const params: Record<FieldKey, string> = {
  dataset:
    'Which 2-D pattern the model learns: two circles, a spiral, XOR (opposite quadrants) or two Gaussian blobs; the spiral is the hardest. Needs a reset.',
  noise:
    'Standard deviation of the Gaussian noise added to each coordinate; 0–0.2 keeps the pattern clear, larger values blur the classes into each other. Needs a reset.',
  points:
    'How many points are generated in total, training plus validation; 200–1,000 is plenty, more makes every epoch longer. Needs a reset.',
  validationSplit:
    'Fraction of the points held out for validation and never trained on; 0.1–0.3 is usual. Needs a reset.',
  hiddenLayers:
    'Number of hidden layers between input and output; 0 gives a linear classifier (logistic regression), 1–3 is enough for these patterns. Needs a reset.',
  units:
    'Units (neurons) in each hidden layer; 4–16 suffice here, more units can fit more complex boundaries but train more slowly. Needs a reset.',
  activation:
    'The nonlinearity after each hidden layer: tanh is a good default, ReLU is cheap but units can “die” at 0, sigmoid saturates easily, and linear makes the whole network linear. Needs a reset.',
  initializer:
    'How the initial weights are drawn: Glorot suits tanh and sigmoid, He suits ReLU; a small normal makes deep networks start with fading signals, and zeros leaves all units identical (the symmetry problem). Needs a reset.',
  optimizer:
    'The update rule: Adam adapts the step size per parameter and is a robust default (η ≈ 0.001–0.03); plain SGD needs a larger η (≈ 0.05–1); momentum and RMSprop lie in between. Needs a reset, which clears the optimizer state.',
  learningRate:
    'Step size η of every update: try 0.001–0.05 with Adam or RMSprop and 0.05–1 with SGD; too large makes the loss jump or diverge to NaN. Applies live, from the next step.',
  batchSize:
    'Examples per training step; small batches (8–32) give noisy but frequent updates, large ones smoother but fewer updates per epoch. Needs a reset.',
  maxSteps:
    'The run stops after this many optimizer steps (updates); 1,000–5,000 is enough for these data sets. Applies live.',
  maxEpochs:
    'The run stops after this many passes over the training set; whichever of max steps and max epochs is reached first ends the run. Applies live.',
  targetValLoss:
    'Stops the run as soon as the validation loss is at or below this value (e.g. 0.05); 0 turns this criterion off. Applies live.',
  evalInterval:
    'In run mode, evaluate on the validation set every this many steps; 10–100 is typical, since each evaluation costs a pass over the validation set and a read-back. Applies live.',
  checkpointInterval:
    'In run mode, save a checkpoint every this many steps; 100–1,000 is typical. Applies live.',
  earlyStopping:
    'Stops the run when the validation loss has not improved for “patience” evaluations in a row, like Keras’s EarlyStopping on val_loss with min_delta = 0. Applies live.',
  patience:
    'How many evaluations without improvement early stopping tolerates, counted in evaluations (as in Lightning), not epochs; 5–20 is typical. Applies live.',
  readbackInterval:
    'In run mode, copy the training loss from the GPU to the page every this many steps; each read-back makes the CPU wait for the GPU, so 10–50 runs faster than 1, and a NaN loss is noticed only at a read-back. Applies live.',
  seed: 'Starts the random generator behind the data, the initial weights and the shuffling: the same seed and settings reproduce the same run. Needs a reset.',
};
