/** Texts of the guided tour (structure and targets: ../tour.ts), by chapter and stop id. */
import type { TourTexts } from '../types';

export const tour: TourTexts = {
  button: 'Tour',
  buttonTitle: 'A guided tour through every topic of a training run',
  heading: 'Guided tour',
  chapter: 'Chapter',
  stop: 'Stop',
  position: 'Stop {n} of {total}',
  previous: 'Previous',
  next: 'Next',
  close: 'Close the tour',
  goThere: 'Show it on the live run',
  coming: 'Coming: the lab does not show this on the live run yet.',
  notShown:
    'This control is not shown for the current task or settings: pick another task or option in the sidebar to see it.',
  chapters: {
    components: 'The nine components of a training run',
    technical: 'Technical aspects',
    efficiency: 'Optimisation and efficiency',
    governance: 'Documentation and governance',
    practice: 'Research and industry practice',
  },
  stops: {
    initialization: {
      title: 'Initialisation',
      text: 'Before the first step every weight gets a random starting value, drawn from a scheme such as Glorot or He that keeps activations and gradients at a usable scale. The seed fixes the draw, so a run can be repeated exactly.',
    },
    dataLoading: {
      title: 'Data loading and batching',
      text: 'Each step takes the next batch of examples from the shuffled training set. An epoch ends when every example has been used once; then the data is shuffled again.',
    },
    forwardPass: {
      title: 'Forward pass',
      text: 'The batch flows through the layers: each multiplies by its weights, adds its bias and applies its activation. The last layer gives the logits (or, for a regression, the predicted value).',
    },
    loss: {
      title: 'Loss',
      text: 'The loss turns the predictions and the true labels into one number to minimise: cross-entropy for classes, mean squared error for numbers. It is the mean over the examples of the batch.',
    },
    backwardPass: {
      title: 'Backward pass',
      text: 'Backpropagation applies the chain rule from the loss back to every weight, giving each parameter its gradient: how the loss changes when that weight changes a little. It costs about twice the FLOPs of the forward pass.',
    },
    weightUpdate: {
      title: 'Weight update',
      text: 'The optimizer moves every weight against its gradient, scaled by the learning rate. Momentum and Adam also keep state between steps (moving averages of gradients), which the update panel shows before and after.',
    },
    evaluation: {
      title: 'Evaluation',
      text: 'At intervals the model is measured on validation data it never trains on. The gap between training and validation loss shows whether it generalises or overfits.',
    },
    checkpointSaving: {
      title: 'Checkpoint saving',
      text: 'A checkpoint stores the weights, the optimizer state, the data position and the random generators, so a run can resume exactly where it was. The lab writes them to this browser’s storage.',
    },
    stoppingCriteria: {
      title: 'Stopping criteria',
      text: 'A run ends when a criterion fires: a maximum of steps, epochs or time, a target metric, early stopping when validation stops improving, or a diverging or non-finite loss. The run names the criterion that fired first.',
    },
    computeResources: {
      title: 'Compute resources',
      text: 'A run needs a number of floating-point operations, roughly 6 × parameters × tokens for a transformer. The Scale view turns this run’s FLOPs into time on real accelerators at a realistic utilisation (MFU).',
    },
    distributedTraining: {
      title: 'Distributed training',
      text: 'Large runs share the work across many devices: data parallelism gives each a slice of the batch and averages the gradients with an all-reduce; ZeRO shards optimizer state, gradients and weights. The “Workers (data parallel)” field splits each batch of this run over 1 to 8 simulated workers: the backward panel shows each shard, its local loss and gradient, and the all-reduce; the Scale view estimates the same for large models.',
    },
    hyperparameters: {
      title: 'Hyperparameter configuration',
      text: 'Learning rate, batch size, optimizer, schedule and model size decide how a run goes. The sidebar holds them all, and its config file saves and loads the whole set, checked field by field.',
    },
    dataPipeline: {
      title: 'Data pipeline',
      text: 'The pipeline reads, checks, shuffles and batches the data so the accelerator never waits. Here the batch size sets how many examples each step sees; the table task also loads your own CSV file.',
    },
    memoryManagement: {
      title: 'Memory management',
      text: 'A step holds the weights, their gradients, the optimizer state and the activations the backward pass needs. The Scale view breaks this down per worker and shows what gradient checkpointing and ZeRO save.',
    },
    monitoring: {
      title: 'Monitoring',
      text: 'Loss and accuracy curves show a run’s health at a glance: training loss should fall, validation loss should follow. Live changes of a hyperparameter are marked on the curves at their step.',
    },
    automatedResumption: {
      title: 'Automated resumption',
      text: 'Long runs meet crashed workers, lost devices and reloaded pages. With auto-resume on, the lab restarts from the last checkpoint; the fault menu in the top bar lets you cause such a fault on purpose.',
    },
    mixedPrecision: {
      title: 'Mixed precision',
      text: 'Computing in 16-bit floats with 32-bit master weights halves memory traffic and uses tensor cores; loss scaling keeps small gradients from underflowing. The “Precision” field simulates fp16 or bf16 on this run (values rounded in 32-bit tensors) with a real dynamic loss scaler; the backward and update panels show the scale, skipped steps and underflow.',
    },
    gradientAccumulation: {
      title: 'Gradient accumulation',
      text: 'Summing the gradients of several micro-batches before one update gives the effect of a larger batch without its memory. The effective batch is the batch size times the number of micro-batches.',
    },
    efficientArchitectures: {
      title: 'Efficient architectures',
      text: 'The architecture decides how many parameters and FLOPs each step costs: a convolution shares its weights across an image, attention grows with the square of the context. The model summary lists both per layer.',
    },
    lrSchedules: {
      title: 'Learning-rate schedules',
      text: 'The learning rate often changes during a run: a warm-up at the start, then step, exponential or cosine decay, or a cut when the validation loss reaches a plateau. The plot under the field shows the schedule over the run.',
    },
    earlyDetection: {
      title: 'Early detection of problems',
      text: 'Loss spikes, plateaus, overfitting and exploding gradients are cheaper to catch early than after days of compute. After each evaluation, detectors scan the curves and list what they find on the timeline, with a remedy.',
    },
    coOptimisation: {
      title: 'Hardware–software co-optimisation',
      text: 'Software is shaped around the hardware: here run mode fuses the phases of a step into one GPU program and reads the loss back only every k steps, because each read-back makes the GPU wait for the page. The larger k, the faster the run and the later a problem shows.',
    },
    carbonFootprint: {
      title: 'Carbon footprint',
      text: 'Energy is power × time × the data centre’s PUE, and emissions are energy × the carbon intensity of the grid. The cost panel computes both for this run, with every assumption editable.',
    },
    experimentTracking: {
      title: 'Experiment tracking',
      text: 'Tools such as MLflow or Weights & Biases record each run’s config, metrics and artefacts so runs can be compared later. The Runs view records every run of this browser: a table to sort, tag and filter, curves of 2 to 6 runs overlaid, and the settings that differ.',
    },
    modelCards: {
      title: 'Model cards',
      text: 'A model card documents what a model is for, what it was trained on, how it performs and where it fails (Mitchell et al. 2019). The lab exports one for this run, filled with its own numbers.',
    },
    modelLineage: {
      title: 'Model lineage',
      text: 'Lineage records which run and checkpoint a model came from: resumed, branched with a changed config, fine-tuned from another run’s layers, or reproduced from scratch. The Runs view draws it as a graph, one generation per column, each edge labelled with its kind and the parent’s step; Branch and Fine-tune in the checkpoint panel add edges, and a fine-tuned model’s initialization panel says which layers were copied and which drawn fresh.',
    },
    reproducibility: {
      title: 'Reproducibility',
      text: 'The same seed, config and code should give the same run. The seed fixes the initial weights, the shuffling and the data split; a checkpoint also stores the generators’ state, so a resumed run continues identically.',
    },
    compliance: {
      title: 'Compliance',
      text: 'Rules such as the EU AI Act ask for documented training data, evaluation, energy use and risk management for some models. The lab makes no compliance report; each run’s audit record in the Runs view, the model card and the cost panel hold facts such a report needs (hashes of data and weights, config, seed, code version).',
    },
    resourceConsumption: {
      title: 'Resource consumption',
      text: 'Compute, time, energy and money are the budget of a run. The cost panel counts this run’s FLOPs and time and compares them with a large model’s training.',
    },
    academicIndustrial: {
      title: 'Academic and industrial runs',
      text: 'An academic run often fits on a few GPUs and tests an idea; an industrial one spans thousands of accelerators for weeks, with teams watching it around the clock. The Studies view states each study’s total compute and time, and projects what the same study would take at industrial scale on each accelerator of the Scale view’s hardware table.',
    },
    scalingLaws: {
      title: 'Scaling laws',
      text: 'Loss falls as a power law in parameters, data and compute (Kaplan et al. 2020; Hoffmann et al. 2022), which lets a team size a large run from small ones. In the Studies view a scaling study trains the names model or MNIST at several model and data sizes, fits L(N) = a·N^(−α) + c on log–log axes, and compares its exponents and its examples per parameter with those papers.',
    },
    incrementalTraining: {
      title: 'Incremental training',
      text: 'A model rarely starts from nothing: training continues from a checkpoint, on new data or for a new task. The checkpoint manager restores a run from a checkpoint, downloads one and loads one from a file.',
    },
    ablations: {
      title: 'Ablation studies',
      text: 'An ablation removes or changes one part (a layer, a technique, a data source) and measures what it was worth. In the Studies view an ablation switches off one component at a time (momentum, the schedule, weight decay, clipping, a layer), trains each variant with the same 3 to 5 seeds, and says whether its effect is larger than the seed noise.',
    },
    hardwareGenerations: {
      title: 'Hardware generations',
      text: 'Each accelerator generation brings more FLOPs, memory and bandwidth, and lower precisions. The Scale view puts this run on several generations of GPUs and TPUs from their data sheets.',
    },
    collaboration: {
      title: 'Collaboration',
      text: 'Teams share configs, checkpoints and results so others can check and build on a run. The page’s URL and its config file describe this run exactly; sending either reproduces the setup elsewhere.',
    },
  },
};
