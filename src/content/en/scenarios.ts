/** The lecture scenarios (src/config/scenarios.ts): a title, what to watch, the contrast's label. */
import type { ScenarioTexts } from '../types';

export const scenarios: ScenarioTexts = {
  menu: 'Scenarios',
  menuTitle: 'One-click presets for a lecture: each loads a config and says what to watch',
  watchHeading: 'What to watch',
  load: 'Load',
  loadContrast: 'Compare',
  link: 'Link',
  close: 'Close',
  items: {
    lrTooHigh: {
      title: 'Learning rate too high',
      watch:
        'Plain SGD at learning rate 5 overshoots the minimum further at every step: the loss grows by orders of magnitude, becomes ∞ and then NaN within a dozen steps. The run stops on its own through “Stop on NaN or Inf”, and the stopping panel names the step.',
    },
    lrTooLow: {
      title: 'Learning rate too low',
      watch:
        'At learning rate 0.0005 the loss curve is almost flat: after hundreds of steps the loss is still where it started, about 0.7, and the decision boundary hardly moves. Compare loads learning rate 0.5, whose loss falls below half in the same steps.',
      contrast: 'lr 0.5',
    },
    zerosInit: {
      title: 'Zeros initialisation',
      watch:
        'Every weight starts at 0, so all hidden units compute the same thing, get the same gradient and stay identical, as the initialization panel warns. With tanh(0) = 0 no gradient even reaches them, and the loss stays at ln 2 ≈ 0.69.',
    },
    deepSigmoid: {
      title: 'Deep sigmoid network (vanishing gradients)',
      watch:
        'Eight sigmoid layers: σ′ is at most 0.25, so the gradient shrinks layer by layer on its way back and the first layer’s is about 10⁻⁶ of the last one’s (backward panel, gradient norms). Compare loads the same depth with ReLU and He initialization, whose gradients stay of one size.',
      contrast: 'ReLU + He',
    },
    overfitting: {
      title: 'Small data, big model (overfitting)',
      watch:
        'Forty noisy points and three layers of 64 units: the training loss keeps falling while the validation loss turns and rises — the model learns the noise. Early stopping ends the run after 10 evaluations without improvement and restores the weights of the best one.',
    },
    batchNoise: {
      title: 'Batch size 1 vs the full batch',
      watch:
        'With one example per step each gradient is a noisy estimate: the loss jumps from step to step and the boundary jitters. Compare loads the full batch (all 320 training points), whose loss curve is smooth, at 320 times the compute per step.',
      contrast: 'full batch',
    },
    faultResume: {
      title: 'A fault mid-run, with auto-resume',
      watch:
        'Press Run, let it pass a checkpoint (every 50 steps), then choose a fault in “Simulate a fault” and trigger it. The run goes back to its last checkpoint by itself and trains on; the timeline records the incident, the steps redone and the time lost.',
    },
    spiralCapacity: {
      title: 'The spiral needs more capacity',
      watch:
        'One layer of two units can only draw a bent line through two interleaved spirals: the accuracy stays near chance however long it trains. Compare loads three ReLU layers of 32 units, which wind the boundary along both arms within a few hundred steps.',
      contrast: '3 × 32 ReLU',
    },
  },
};
