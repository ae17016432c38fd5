/**
 * The training techniques, one record each: what it is, why a run uses it, its formula, and
 * when to use it. Shown by the panels of the step (update, backward) and by the sidebar.
 * Formulas use the names of the sidebar fields; sources are named in each text.
 */
import type { TechniqueId, TechniqueText } from '../types';

export const techniques: Record<TechniqueId, TechniqueText> = {
  sgd: {
    title: 'Stochastic gradient descent',
    what: 'Each step moves every weight a little against its gradient, computed on one batch.',
    why: 'The gradient of a batch is a cheap, noisy estimate of the gradient of the whole training set; many cheap steps beat few exact ones.',
    formula: 'w ← w − η · g   (g = ∂L/∂w on the batch, η the learning rate)',
    when: 'The baseline every other optimizer is compared with. It needs a well-chosen and usually scheduled learning rate (≈ 0.05–1 here), and it generalises well once tuned.',
  },
  momentum: {
    title: 'SGD with momentum',
    what: 'A velocity v accumulates past gradients, and the weights move along v rather than along the latest gradient alone.',
    why: 'Oscillations across a narrow valley cancel out while the steady direction along it adds up, so progress is faster and smoother (Polyak 1964).',
    formula: 'v ← μ · v + g;  w ← w − η · v   (μ = 0.9, PyTorch SGD with momentum)',
    when: 'The usual choice for SGD on larger models (ResNets are trained with it); with μ = 0.9 the effective step is about 10 η, so the learning rate is often lower than for plain SGD.',
  },
  nesterov: {
    title: 'Nesterov momentum',
    what: 'Momentum that looks ahead: the update uses the gradient plus the velocity’s next step, as if the gradient were taken where the velocity is about to carry the weights.',
    why: 'It corrects an overshoot one step earlier than classical momentum, which damps oscillations (Nesterov 1983; Sutskever et al. 2013).',
    formula: 'v ← μ · v + g;  w ← w − η · (g + μ · v)   (PyTorch nesterov=True)',
    when: 'A nearly free improvement over classical momentum; turn it on whenever momentum is used.',
  },
  rmsprop: {
    title: 'RMSprop',
    what: 'Divides each weight’s gradient by a running root-mean-square of its recent gradients, so every weight gets a step of about η.',
    why: 'Weights with large gradients would otherwise take huge steps and weights with small ones tiny steps; the division evens them out (Hinton, Coursera lecture 6e).',
    formula: 's ← ρ · s + (1 − ρ) · g²;  w ← w − η · g / (√s + ε)   (ρ = 0.9)',
    when: 'Recurrent networks and noisy problems; a step between SGD and Adam. Learning rates ≈ 0.001–0.01.',
  },
  adam: {
    title: 'Adam',
    what: 'Momentum (a running mean m of the gradients) and RMSprop (a running mean v of their squares) combined, with a correction for their start at zero.',
    why: 'It adapts the step of every weight and works with the same learning rate on very different problems (Kingma & Ba 2015).',
    formula:
      'm ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;  m̂ = m / (1 − β₁ᵗ);  v̂ = v / (1 − β₂ᵗ);  w ← w − η · m̂ / (√v̂ + ε)   (β₁ = 0.9, β₂ = 0.999)',
    when: 'The robust default (η ≈ 0.001–0.003 for most networks). Its weight decay is an L2 penalty added to g, which the division by √v̂ weakens for weights with large gradients; use AdamW for decay.',
  },
  adamw: {
    title: 'AdamW',
    what: 'Adam with decoupled weight decay: the weights shrink by a fixed fraction each step, outside the adaptive update.',
    why: 'Added to the gradient (L2), decay is divided by √v̂ like everything else, so weights with large gradients are hardly regularised; decoupled, every weight decays alike (Loshchilov & Hutter 2019).',
    formula: 'w ← w · (1 − η · λ);  then the Adam step   (λ the weight decay, PyTorch AdamW)',
    when: 'The standard optimizer for transformers and most modern training, with λ ≈ 0.01–0.1 and a warm-up-cosine schedule.',
  },
  weightDecay: {
    title: 'Weight decay',
    what: 'Each step pulls every weight a little towards 0.',
    why: 'Smaller weights make a smoother function that fits the noise of the training set less: a regulariser against overfitting.',
    formula:
      'L2 (SGD, momentum, RMSprop, Adam): g ← g + λ · w.  Decoupled (AdamW): w ← w · (1 − η · λ) before the update.',
    when: 'When the validation loss rises while the training loss falls. With plain SGD both forms are the same; with adaptive optimizers only the decoupled one decays evenly.',
  },
  lrSchedule: {
    title: 'Learning-rate schedules',
    what: 'The learning rate changes with the step: it may rise during a warm-up, then falls by steps, exponentially, along a cosine, in one cycle, or when the validation loss stalls.',
    why: 'A large rate makes fast progress early; near a minimum it makes the weights bounce around it, and a smaller one settles them. A warm-up protects the first steps, whose gradients (and Adam’s statistics) are still unreliable.',
    formula:
      'step: η · γ^⌊t / s⌋ (StepLR).  exponential: η · r^(t / d) (Keras).  cosine: η_min + ½(η − η_min)(1 + cos(π t / T)).  warm-up-cosine: η (t + 1)/(w + 1) for t < w, then cosine from η to η_min (nanoGPT).  one-cycle: up from η / 25 to η over 30% of T, then down (PyTorch OneCycleLR).  plateau: η ← η · factor after “patience” evaluations without improvement (Keras ReduceLROnPlateau).',
    when: 'Almost every long run uses one: warm-up-cosine for transformers and Adam, step or cosine decay for SGD, plateau when the length of the run is not known in advance. Changing the schedule while running applies from the next step.',
  },
  lrFinder: {
    title: 'Learning-rate finder',
    what: 'A short test run that raises the learning rate exponentially every step, from very small to very large, and records the loss.',
    why: 'The loss first barely moves, then falls, then explodes. A good learning rate lies where it falls fastest, found in a hundred steps instead of many full runs (Smith 2017; fastai’s lr_find).',
    formula:
      'ηᵢ = η_min · (η_max / η_min)^(i / n) for steps i = 0 … n − 1;  smoothed loss aᵢ = 0.98 · aᵢ₋₁ + 0.02 · Lᵢ, shown as aᵢ / (1 − 0.98^(i+1));  stop once it exceeds 4 × its lowest value;  suggestion: the η where it falls fastest against log η, skipping the first 10 points and the last (PyTorch Lightning’s lr_find: η_min = 10⁻⁸, η_max = 1, n = 100)',
    when: 'Before a run with a new model, data set, optimizer or batch size. Here it trains a copy of the model (its current weights, a fresh optimizer as Lightning uses, the batches the run would take next); the run itself is not changed. Lightning instead trains the model itself and restores it from a checkpoint afterwards.',
  },
  accumulation: {
    title: 'Gradient accumulation',
    what: 'The gradients of k micro-batches are added up before one optimizer step, each loss divided by k.',
    why: 'A batch that does not fit in memory is split into micro-batches: the step is the same as with the whole batch, for the memory of one micro-batch.',
    formula:
      'g = Σᵢ ∇(Lᵢ / k) over k micro-batches of size b;  one update with g;  effective batch = b · k',
    when: 'When the batch you want does not fit in memory (large models, long sequences). It costs time, not accuracy; the learning rate belongs to the effective batch. Batch-dependent layers such as batch normalisation still see only a micro-batch.',
  },
  clipping: {
    title: 'Gradient clipping',
    what: 'Bounds the gradient before the update: by global norm it rescales all gradients together when their norm exceeds a maximum; by value it cuts every element to [−c, c].',
    why: 'One bad batch or a steep cliff in the loss can produce a huge gradient that throws the weights far away; clipping caps the damage of a single step (Pascanu et al. 2013).',
    formula:
      'by norm: ‖g‖ = √(Σ g²) over all parameters;  g ← g · min(1, max / (‖g‖ + 10⁻⁶)).  by value: g ← clamp(g, −c, c)',
    when: 'Recurrent networks and transformers (max norm 1 is common), and whenever the loss spikes. By norm keeps the gradient’s direction; by value does not, and is rarer.',
  },
  mixedPrecision: {
    title: 'Mixed precision (simulated)',
    what: 'Activations and gradients are stored as 16-bit numbers while an fp32 master copy of the weights takes the updates. fp16 has 11 significant bits and a range up to 65,504 (values below about 6 × 10⁻⁸ become 0); bf16 has fp32’s range but only 8 significant bits.',
    why: 'Half the memory and bandwidth per value, and on GPUs with tensor cores several times the arithmetic speed. The fp32 master weights keep small updates from being rounded away.',
    formula:
      'forward/backward in 16 bits: x₁₆ = round₁₆(x);  update in fp32: w₃₂ ← w₃₂ − η · g₃₂  (g₃₂ = the 16-bit gradients, accumulated in fp32)',
    when: 'Real runs on modern GPUs train in bf16 (or fp16 with loss scaling) by default. What is simulated here: TensorFlow.js has no 16-bit arithmetic, so values are computed in fp32 and rounded to fp16 or bf16 (to nearest, ties to even, with the format’s range) where a real run stores them in 16 bits: every hidden layer’s output activations (their gradient passes through the rounding unchanged, straight-through), the logits and their gradient, and every parameter gradient as backward writes it. The weights the forward pass reads, the gradients between hidden layers and the evaluation stay fp32; training keeps fp32 master weights and an fp32 optimizer state as a real run does. The rounding, underflow and overflow are real; the speed and memory savings are not.',
  },
  lossScaling: {
    title: 'Loss scaling',
    what: 'The loss is multiplied by a large scale S before backward, so every gradient is S times larger; the gradients are divided by S again before clipping and the update.',
    why: 'Many gradients are smaller than fp16’s smallest value and would become 0; scaled, they stay representable. If a scaled gradient overflows to Inf or NaN, the step is skipped and S is halved; after a run of clean steps it doubles again.',
    formula:
      'backward on S · L;  g ← g₁₆ / S;  if any g is Inf or NaN: skip the step, S ← S / 2;  else after “growth interval” clean steps: S ← 2S   (S₀ = 2¹⁶, PyTorch GradScaler)',
    when: 'Always with fp16; bf16 does not need it (fp32’s range). The scaler here runs for real with GradScaler’s semantics; only the 16-bit storage it protects is simulated.',
  },
};
