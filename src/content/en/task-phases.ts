/**
 * Where a task's data changes what a phase does, its texts replace the general ones (which
 * describe the 2-D classifier), field by field.
 */
import type { TaskPhaseTexts } from '../types';

export const taskPhases: TaskPhaseTexts = {
  images: {
    forward: {
      what: 'The batch flows through the network layer by layer. A dense layer multiplies its input by a weight matrix; a convolution slides small filters over the image and gives one feature map per filter, and max pooling keeps the strongest response in each 2 × 2 window. The output layer gives one score (logit) per digit, and softmax turns the ten scores into probabilities.',
    },
    evaluation: {
      what: 'The model, unchanged, is run on the validation digits (never trained on) to measure loss and accuracy. The confusion matrix counts which digit was read as which, and the most confidently wrong digits show where the model is sure and mistaken.',
    },
  },
  curve1d: {
    loss: {
      what: 'The loss measures how far the predictions are from the targets. Mean squared error squares each miss ŷᵢ − yᵢ and averages over the batch; there are no classes and no probabilities here.',
      why: 'Training minimises this one number. Squaring makes large misses cost far more than small ones and gives a smooth gradient 2(ŷᵢ − yᵢ) that points each prediction towards its target. Predicting the mean of y for every x costs the variance of y.',
      formula:
        'ℓᵢ = (ŷᵢ − yᵢ)²          loss of example i\nL = (1/B)·Σᵢ ℓᵢ         mean squared error',
    },
    evaluation: {
      what: 'The model, unchanged, is run on the validation points (never trained on) to measure the mean squared error, and on evenly spaced x to draw the fitted curve over the data.',
      formula: 'val MSE = (1/N_val)·Σᵢ (ŷ(xᵢ) − yᵢ)²\nRMSE = √MSE   (in units of y)',
    },
  },
};
