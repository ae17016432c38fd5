/**
 * One or two sentences per hyperparameter: what it does, a sensible range, and when it
 * applies. Where the task, model or loss changes the meaning or the sensible values, the
 * text varies with them; a range of sensible values includes the task's default.
 */
import type { FieldKey } from '../../config/schema';
import type { Varies } from '../types';

/** Choosing the task, said once after each task's own description. */
const TASK_CHOICE = 'Choosing another task starts a new run with its own defaults. Needs a reset.';

export const params: Record<FieldKey, Varies> = {
  task: {
    byTask: {
      classify2d: `Points in the plane: the model learns to separate two classes of 2-D points (circles, spiral, XOR or two Gaussian blobs), and draws its decision boundary over the plane. ${TASK_CHOICE}`,
      mnist: `Handwritten digits: the model learns to recognise 28 × 28 images of the digits 0–9 (10,000 real MNIST images). ${TASK_CHOICE}`,
      regress1d: `Curve fitting: the model learns a number y from a number x through noisy points of a function (a regression, with a mean squared error loss), and draws the fitted curve. ${TASK_CHOICE}`,
      names: `Names: a tiny language model learns to write first names one character at a time, predicting each next character from the ones before it. ${TASK_CHOICE}`,
      other: `Your own data: the model learns the column you choose of a CSV file, or of points you draw, as classes or as a number. ${TASK_CHOICE}`,
    },
  },
  dataset:
    'Which 2-D pattern the model learns: two circles, a spiral, XOR (opposite quadrants) or two Gaussian blobs; the spiral is the hardest. Needs a reset.',
  dataId:
    'Which of your data sets the run trains on: the content hash of the table (16 hex digits), so a link, a checkpoint and a reload all name the same data. It is set by loading a CSV file or drawing points below; empty means the iris example. Needs a reset.',
  digits:
    'Which MNIST digits the run trains and is evaluated on: all ten, or only 0 to 4 (the model keeps its ten outputs). Starting a 0–4 run from a checkpoint of a ten-digit run (Fine-tune in the checkpoint list) is fine-tuning: every layer fits and is copied, so it starts from what the parent learned. Needs a reset.',
  function:
    'The curve the regression model fits: a sine wave, a step (a jump at x = 0, hard for a smooth network), or the polynomial x³ − x. Needs a reset.',
  model: {
    byModel: {
      mlp: 'MLP: every pixel feeds every unit of a dense layer; fast, and ≈ 97% on MNIST. The other choice is the CNN: fewer parameters, far more arithmetic per example. Needs a reset.',
      cnn: 'CNN: 5×5 filters slide over the image, so the same edge detector works everywhere; fewer parameters than the MLP but far more arithmetic per example. The other choice is the MLP, where every pixel feeds every unit of a dense layer. Needs a reset.',
      charMlp:
        'MLP: the embeddings of the last k characters, concatenated, feed dense layers (Bengio et al. 2003). The other choice is a transformer, the architecture of GPT in miniature. Needs a reset.',
      transformer:
        'Transformer: every position attends to the earlier ones (causal self-attention), the architecture of GPT in miniature. The other choice is Bengio et al.’s MLP over the concatenated embeddings of the last k characters. Needs a reset.',
    },
  },
  noise: {
    byTask: {
      regress1d:
        'Standard deviation of the Gaussian noise added to each y; 0–0.2 keeps the curve clear, larger values hide it among the points. Needs a reset.',
      other:
        'Standard deviation of the Gaussian noise added to each coordinate; 0–0.2 keeps the pattern clear, larger values blur the classes into each other. Needs a reset.',
    },
  },
  points:
    'How many points are generated in total, training plus validation; 200–1,000 is plenty, more makes every epoch longer. Needs a reset.',
  validationSplit: {
    byTask: {
      mnist:
        'Fraction of the 9,000 digits held out for validation and never trained on; a fixed 1,000 more are the test set. 0.1–0.3 is usual. Needs a reset.',
      names:
        'Fraction of the names (not of the pairs) held out for validation, so no validation name is half seen in training; a fixed 10% more are the test set. 0.1–0.3 is usual. Needs a reset.',
      table:
        'Fraction of the rows held out for validation and never trained on; 0.1–0.3 is usual. Needs a reset.',
      other:
        'Fraction of the points held out for validation and never trained on; 0.1–0.3 is usual. Needs a reset.',
    },
  },
  loadLatency:
    'A simulated loading time per batch, in milliseconds: the worker really waits this long while it produces each batch, as if the data came from a slow disk or network. The data panel shows each stage of the pipeline with its measured time, and how much of each step the device spends waiting for data (its idle share). 0 loads at once. Changes when batches arrive, never which: the losses stay the same. Applies live.',
  prefetch:
    'Prefetching (tf.data’s prefetch, PyTorch DataLoader’s prefetch_factor): with it off, each step waits until its batch is loaded, and the device idles meanwhile. On, the next 1 or 2 batches are loaded while the current step runs, so loading overlaps computing and the idle share falls (to 0 when a step takes longer than loading a batch). The batches and their order stay exactly the same. Applies live.',
  hiddenLayers: {
    byTask: {
      classify2d:
        'Number of hidden layers between input and output; 0 gives a linear classifier (a straight boundary), 1–3 is enough for these patterns. Needs a reset.',
      mnist:
        'Number of hidden layers between the 784 pixels and the output; 0 gives a linear classifier, 1–2 suffice for digits. Needs a reset.',
      regress1d:
        'Number of hidden layers between x and the output; 0 fits a straight line (linear regression), 1–3 can follow these curves. Needs a reset.',
      names:
        'Dense layers between the concatenated embeddings and the output; 1 is Bengio’s model, more rarely helps on names. Needs a reset.',
      other: {
        byLoss: {
          crossEntropy:
            'Number of hidden layers between the input columns and the output; 0 gives a linear classifier, 1–3 suit most small tables. Needs a reset.',
          mse: 'Number of hidden layers between the input columns and the output; 0 gives linear regression, 1–3 suit most small tables. Needs a reset.',
        },
      },
    },
  },
  context:
    'How many previous characters the model sees when it predicts the next one (k, the block size); 3–8 is usual here. Names shorter than the context are padded with the start token ‘.’. Needs a reset.',
  embedding: {
    byModel: {
      transformer:
        'How many numbers represent each character (d): the rows of the embedding table, learned like any weight. It is also the width of the residual stream, shared by all layers. Needs a reset.',
      other:
        'How many numbers represent each character (d): the rows of the embedding table, learned like any weight. The dense layers see the k · d numbers of the context. Needs a reset.',
    },
  },
  heads:
    'Attention heads of each transformer block: each head attends with its own queries and keys over d / heads dimensions, so the embedding size must be a multiple of it. Needs a reset.',
  blocks:
    'How many attention + MLP blocks the transformer stacks; 1–2 train within a minute in a browser. Needs a reset.',
  temperature:
    'Divides the logits before the softmax when names are sampled at each evaluation: below 1 picks the likely letters (safer, repetitive names), above 1 flattens the distribution (more surprising, more misspelled). Does not change training. Applies live.',
  units: {
    byTask: {
      classify2d:
        'Units (neurons) in each hidden layer; 4–16 suffice here, more units can fit more complex boundaries but train more slowly. Needs a reset.',
      mnist:
        'Units (neurons) in each hidden layer; 64–256 is usual for digits, fewer lose accuracy and more train more slowly. Needs a reset.',
      regress1d:
        'Units (neurons) in each hidden layer; 8–32 can follow these curves, more units fit more wiggles (and the noise) but train more slowly. Needs a reset.',
      names:
        'Units in each hidden layer; 64–200 is usual for names. More units fit the training names better, and can overfit them. Needs a reset.',
      other:
        'Units (neurons) in each hidden layer; 8–64 suit most small tables, more can fit more complex relations but train more slowly and overfit sooner. Needs a reset.',
    },
  },
  activation: {
    byModel: {
      cnn: 'The nonlinearity after each convolution: ReLU is the usual choice for images, tanh works too, sigmoid saturates easily, and linear makes the whole network linear. Needs a reset.',
      charMlp:
        'The nonlinearity of the hidden layers: tanh as in Bengio’s model, ReLU is cheap but units can “die” at 0, sigmoid saturates easily, and linear makes the network linear. Needs a reset.',
      transformer:
        'The nonlinearity of the MLP inside each transformer block: ReLU as in most transformers, or tanh; sigmoid saturates easily, and linear leaves attention as the only nonlinearity. Needs a reset.',
      other:
        'The nonlinearity after each hidden layer: tanh is a good default, ReLU is cheap but units can “die” at 0, sigmoid saturates easily, and linear makes the whole network linear. Needs a reset.',
    },
  },
  initializer:
    'How the initial weights are drawn: Glorot suits tanh and sigmoid, He suits ReLU; a small normal makes deep networks start with fading signals, and zeros leaves all units identical (the symmetry problem). Needs a reset.',
  optimizer:
    'The update rule: Adam adapts the step size per parameter and is a robust default (η ≈ 0.001–0.03); AdamW is Adam with decoupled weight decay; plain SGD needs a larger η (≈ 0.05–1); momentum (optionally Nesterov) and RMSprop lie in between. Needs a reset, which clears the optimizer state.',
  nesterov:
    'Nesterov momentum takes the gradient where the velocity is about to carry the weights (PyTorch’s nesterov=True: w ← w − η(g + μv) with v ← μv + g), which damps overshooting. Off is classical momentum. Needs a reset, which clears the optimizer state.',
  weightDecay:
    'Pulls every weight towards 0 each step. With SGD, momentum, RMSprop and Adam it is an L2 penalty added to the gradient (g + λw); with AdamW it is decoupled (w ← w(1 − ηλ)), which is what makes it work with Adam. 0 turns it off; 0.01 is AdamW’s default. Applies live, from the next step.',
  accumulation:
    'Gradient accumulation: each optimizer step adds up the gradients of this many micro-batches (each loss divided by their number) before one update, so the effective batch is batch size × micro-batches with the memory of one micro-batch. 1 turns it off; max steps counts optimizer steps. Needs a reset, like the batch size.',
  workers:
    'Data parallelism, simulated (PyTorch DistributedDataParallel): the batch is split into this many equal shards, one per worker. Each worker is a replica with the same weights: it runs forward and backward on its shard alone; then an all-reduce averages the workers’ gradients (weighted by shard size, so the result is the whole batch’s gradient) and one update is applied everywhere. The batch size is the global batch and must be divisible by the workers. 1 turns it off. Needs a reset, like the batch size.',
  gradCheckpoint:
    'Gradient checkpointing (PyTorch torch.utils.checkpoint): the training pass keeps only the outputs of groups of ⌈√L⌉ hidden layers, not the activations inside them; backward runs each group’s forward pass again from its saved input to get them back. The gradients are the same; the activation memory shrinks, and each step costs about one more forward pass. Only the MLP of dense layers has it; with another model the field says so. Needs a reset.',
  lrSchedule:
    'How the learning rate changes over the run: constant, step decay, exponential decay, cosine annealing, linear warm-up then cosine, one-cycle, or reduce on plateau (lowered when the validation loss stalls). The plot below shows its shape over the planned steps. Applies live: a new schedule takes over from the next step, at the rate it gives for that step.',
  warmupSteps:
    'Steps of linear warm-up from almost 0 to the learning rate, before the cosine decay to the minimum learning rate; it keeps the first, large and noisy gradients from throwing the weights far off (Adam’s second moments are still unreliable then). Must be fewer than the planned steps. Applies live.',
  lrStepSize:
    'Step decay multiplies the learning rate by gamma every this many steps (PyTorch StepLR’s step_size). Applies live.',
  lrGamma:
    'The factor step decay multiplies the learning rate by every step size (PyTorch StepLR’s gamma), e.g. 0.1 or 0.5. Applies live.',
  lrDecaySteps:
    'Exponential decay multiplies the learning rate by the decay rate once per this many steps, smoothly in between: η · rate^(step / decay steps) (Keras ExponentialDecay). Applies live.',
  lrDecayRate:
    'The factor per decay steps of exponential decay, e.g. 0.96; 1 keeps the rate constant. Applies live.',
  lrPctStart:
    'One-cycle rises from η / start divisor to the learning rate (its peak) over this share of the planned steps, then anneals to far below the start for the rest, while the momentum moves the other way (PyTorch OneCycleLR’s pct_start, default 0.3). Applies live.',
  lrDivFactor:
    'One-cycle starts at the learning rate divided by this (PyTorch OneCycleLR’s div_factor, default 25) and ends 10,000 times lower still. Applies live.',
  plateauFactor:
    'Reduce on plateau multiplies the learning rate by this factor when the validation loss has not improved for “plateau patience” evaluations (Keras ReduceLROnPlateau, default 0.1). Applies live.',
  plateauPatience:
    'How many evaluations without improvement of the validation loss (by more than 0.0001) reduce on plateau waits before it lowers the learning rate; counted in evaluations, so it depends on the evaluation interval. Applies live.',
  plateauCooldown:
    'Evaluations after a reduction during which reduce on plateau does not count stalls, so the lowered rate gets time to help (Keras’s cooldown); 0 turns it off. Applies live.',
  lrMin:
    'The lowest learning rate the schedule goes to: where cosine annealing ends, and the floor of reduce on plateau. Must not exceed the learning rate; 0 is the usual default. Applies live.',
  clipping:
    'Gradient clipping bounds the update when a gradient explodes: by global norm rescales all gradients together when ‖g‖ exceeds the max norm, so their direction stays (PyTorch clip_grad_norm_); by value cuts each element to [−c, c], which can turn the direction. Applies live, from the next step.',
  clipNorm:
    'The largest global gradient norm ‖g‖₂ (over all parameters) a step may use; larger gradients are scaled by max norm / ‖g‖. 1 is common (GPT-style training); watch the gradient norm to choose it. Applies live.',
  clipValue:
    'Every gradient element is clipped to [−value, value] (PyTorch clip_grad_value_, Keras clipvalue); e.g. 1. Applies live.',
  precision:
    'Mixed precision stores activations and gradients in 16 bits and keeps fp32 master weights: fp16 has a narrow range (small gradients underflow to 0, so it needs loss scaling), bf16 has fp32’s range but only 8 significant bits. Simulated here: the browser computes in fp32, and values are rounded to fp16 or bf16 where a real run would store them. Needs a reset.',
  lossScaling:
    'fp16 only: dynamic loss scaling multiplies the loss by a large scale before backward so small gradients stay representable, divides the gradients by it before clipping and the update, and skips a step (halving the scale) when a gradient overflows to Inf or NaN, as PyTorch’s GradScaler does. Off shows what underflow does. Needs a reset.',
  initScale:
    'The loss scale of the first step (PyTorch GradScaler’s init_scale, 65,536 = 2¹⁶); too large costs a few skipped steps while it halves, too small lets gradients underflow. Needs a reset.',
  growthInterval:
    'After this many steps in a row without overflow the loss scale doubles (GradScaler’s growth_interval, default 2,000), so it probes for the largest safe scale. Needs a reset.',
  learningRate:
    'Step size η of every update: try 0.001–0.05 with Adam or RMSprop and 0.05–1 with SGD; too large makes the loss jump or diverge to NaN. Applies live, from the next step.',
  batchSize:
    'Examples per training step; small batches (8–32) give noisy but frequent updates, large ones (64–512) smoother but fewer updates per epoch. Needs a reset.',
  maxSteps:
    'The run stops after this many optimizer steps (updates); 1,000–5,000 is enough for these data sets. Applies live.',
  maxEpochs:
    'The run stops after this many passes over the training set; whichever of max steps and max epochs is reached first ends the run. Applies live.',
  maxTime:
    'The run stops after this many seconds of training (time spent in phases and run mode, not idle time), like Lightning’s max_time; 0 turns this limit off. Applies live.',
  targetMetric: {
    byLoss: {
      crossEntropy:
        'Which metric the target watches: val_loss stops the run once it falls to the target or below, val_accuracy once it rises to the target or above. Applies live.',
      mse: 'Which metric the target watches: val_loss, the validation mean squared error, stops the run once it falls to the target or below. Applies live.',
    },
  },
  target: {
    byLoss: {
      crossEntropy:
        'Stops the run as soon as the target metric reaches this value (e.g. 0.05 for val_loss, 0.95 for val_accuracy), like Lightning’s stopping_threshold; 0 turns this criterion off. Applies live.',
      mse: 'Stops the run as soon as val_loss, the validation mean squared error, falls to this value (in units of y squared, e.g. 0.02), like Lightning’s stopping_threshold; 0 turns this criterion off. Applies live.',
    },
  },
  evalInterval:
    'In run mode, evaluate on the validation set every this many steps; 10–100 is typical, since each evaluation costs a pass over the validation set and a read-back. Applies live.',
  checkpointInterval:
    'In run mode, save a checkpoint every this many steps; 100–1,000 is typical. Applies live.',
  earlyStopping:
    'Stops the run when the monitored metric has not improved for “patience” evaluations in a row, like Keras’s EarlyStopping. Applies live.',
  monitor: {
    byLoss: {
      crossEntropy:
        'The metric early stopping and the divergence threshold watch, as Keras names it: val_loss (validation loss) or val_accuracy. Changing it starts early stopping’s count again. Applies live.',
      mse: 'The metric early stopping and the divergence threshold watch, as Keras names it: val_loss, the validation mean squared error. Changing it starts early stopping’s count again. Applies live.',
    },
  },
  mode: {
    byLoss: {
      crossEntropy:
        'Whether lower (min) or higher (max) values of the monitored metric are better; auto, as in Keras, minimises a loss and maximises an accuracy. Applies live.',
      mse: 'Whether lower (min) or higher (max) values of the monitored metric are better; auto, as in Keras, minimises a loss such as val_loss. Applies live.',
    },
  },
  minDelta:
    'An evaluation counts as an improvement only if it beats the best by more than this (Keras’s min_delta), e.g. 0.001; 0 counts any improvement. Applies live.',
  patience:
    'How many evaluations without improvement early stopping tolerates, counted in evaluations (as in Lightning), not epochs; 5–20 is typical. Applies live.',
  baseline:
    'Keras’s baseline: the count of evaluations without improvement is reset only by a value that also beats this one, so a run that never gets better than it stops after “patience” evaluations; 0 turns it off. Applies live.',
  restoreBest:
    'Keras’s restore_best_weights: keeps a copy of the weights at the best evaluation and puts them back when early stopping ends the run (Keras 3 also does so when training ends for another reason; here only early stopping does). Applies live.',
  divergenceThreshold: {
    byLoss: {
      crossEntropy:
        'Lightning’s divergence_threshold: stops the run as soon as the monitored metric is worse than this value (a val_loss above it, or a val_accuracy below it), e.g. 5; 0 turns it off. Applies live.',
      mse: {
        byTask: {
          table:
            'Lightning’s divergence_threshold: stops the run as soon as the monitored val_loss rises above this value; 0 turns it off. For a number to predict, val_loss is the mean squared error of the standardized target, about 1 for a model that always predicts the mean, whatever the target’s units: e.g. 5. Applies live.',
          other:
            'Lightning’s divergence_threshold: stops the run as soon as the monitored val_loss (the validation mean squared error) rises above this value, e.g. 5; 0 turns it off. Applies live.',
        },
      },
    },
  },
  stopOnNonFinite:
    'Stops the run when the training or validation loss becomes NaN or ±∞, like Keras’s TerminateOnNaN and Lightning’s check_finite: after that every step is wasted. Applies live.',
  keepCheckpoints:
    'Retention: how many of the latest checkpoints of a run are kept; the one with the best validation loss is kept as well. Older ones are deleted. Applies live.',
  autoResume:
    'When the worker crashes, the GPU device is lost, the page reloads or the weights turn NaN, restart the engine from the last good checkpoint and go on. Off: the run stops and says why. Applies live.',
  readbackInterval:
    'In run mode, copy the training loss from the GPU to the page every this many steps; each read-back makes the CPU wait for the GPU, so 10–50 runs faster than 1, and a NaN loss is noticed only at a read-back. Applies live.',
  seed: 'Starts the random generator behind the data, the initial weights and the shuffling: the same seed and settings reproduce the same run. Needs a reset.',
};
