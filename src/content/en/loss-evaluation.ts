/**
 * The loss and the evaluation, in English: softmax cross-entropy over classes or the mean
 * squared error of a regression, and what each task's evaluation measures and draws.
 */
import type { PhaseTextSource } from '../types';

const lines = (...l: string[]) => l.join('\n');

const MSE_WHAT =
  'The loss measures how far the predictions are from the targets. The mean squared error squares each miss ŷᵢ − yᵢ and averages over the batch: the output is the prediction itself, a number in the units of y.';

export const loss: PhaseTextSource = {
  title: 'Loss',
  what: {
    byLoss: {
      crossEntropy: {
        byTask: {
          names:
            'The loss measures how wrong the predictions are. Softmax cross-entropy is the negative log of the probability the model gave to the character that really comes next; it is computed for every example of the batch and averaged.',
          other:
            'The loss measures how wrong the predictions are. Softmax cross-entropy is the negative log of the probability the model gave to the true class; it is computed for every example of the batch and averaged.',
        },
      },
      mse: MSE_WHAT,
    },
  },
  why: {
    byLoss: {
      crossEntropy: {
        byTask: {
          mnist:
            'Training minimises this one number. A confident correct prediction (p_y near 1) costs almost 0, a confident wrong one costs a lot (p_y → 0 gives ℓ → ∞). Guessing uniformly among the ten digits costs ln 10 ≈ 2.30 per example.',
          names:
            'Training minimises this one number. A confident correct prediction (p_y near 1) costs almost 0, a confident wrong one costs a lot (p_y → 0 gives ℓ → ∞). Guessing uniformly among the 27 characters costs ln 27 ≈ 3.30 per example.',
          table:
            'Training minimises this one number. A confident correct prediction (p_y near 1) costs almost 0, a confident wrong one costs a lot (p_y → 0 gives ℓ → ∞). Guessing uniformly among K classes costs ln K per example (ln 3 ≈ 1.10 for the three iris species).',
          other:
            'Training minimises this one number. A confident correct prediction (p_y near 1) costs almost 0, a confident wrong one costs a lot (p_y → 0 gives ℓ → ∞). Guessing 50/50 between two classes costs ln 2 ≈ 0.693 per example.',
        },
      },
      mse: 'Training minimises this one number. Squaring makes large misses cost far more than small ones and gives a smooth gradient 2(ŷᵢ − yᵢ) that points each prediction towards its target. Predicting the mean of y for every input costs the variance of y.',
    },
  },
  formula: {
    byLoss: {
      crossEntropy: lines(
        'ℓᵢ = −log p_yᵢ(xᵢ)      loss of example i',
        'L = (1/B)·Σᵢ ℓᵢ         mean over the batch',
      ),
      mse: lines(
        'ℓᵢ = (ŷᵢ − yᵢ)²          loss of example i',
        'L = (1/B)·Σᵢ ℓᵢ         mean squared error',
      ),
    },
  },
  modes:
    'Step mode reads every per-example loss back. Run mode keeps the loss on the device and reads it back only every k steps (the loss read-back interval), because each read-back makes the CPU wait for the GPU.',
};

export const evaluation: PhaseTextSource = {
  title: 'Evaluation',
  what: {
    byTask: {
      mnist:
        'The model, unchanged, is run on the validation digits (never trained on) to measure loss and accuracy. The confusion matrix counts which digit was read as which, and the most confidently wrong digits show where the model is sure and mistaken.',
      names:
        'The model, unchanged, predicts every next character of the validation names (never trained on). Their mean cross-entropy in nats, in bits per character, and as a perplexity says how surprised it is; a model that knows nothing guesses uniformly and scores ln 27. Then names are sampled from it: start from ‘.’, draw a character from p(next | context) sharpened or flattened by the temperature, append it, and repeat until it draws ‘.’.',
      regress1d:
        'The model, unchanged, is run on the validation points (never trained on) to measure the mean squared error, and on evenly spaced x to draw the fitted curve over the data.',
      table: {
        byLoss: {
          crossEntropy:
            'The model, unchanged, is run on the validation rows (never trained on) to measure the loss and the accuracy. With two input columns and two classes it also draws its decision regions over the plane; with more columns, the confusion matrix shows which class was taken for which, and the rows it got wrong with the most confidence are listed.',
          mse: 'The model, unchanged, is run on the validation rows (never trained on) to measure the mean squared error. With one input column it also draws the fitted curve over the data; with more columns, each row’s prediction is shown against its true value.',
        },
      },
      other:
        'The model, unchanged, is run on the validation set (examples it never trains on) to measure loss and accuracy. The accuracy on the training set and the model’s prediction over the whole plane are computed too.',
    },
  },
  why: 'The training loss only tells how well the model fits the examples it learns from; the validation loss estimates how it does on new data. When the training loss keeps falling but the validation loss rises, the model is overfitting. Early stopping and the target loss watch this number.',
  formula: {
    byTask: {
      names: lines(
        'val loss = −(1/N)·Σ ln p(cᵢ | context)   nats',
        'bits per char = loss / ln 2',
        'perplexity = e^loss',
        'uniform baseline = ln 27 ≈ 3.30 nats',
      ),
      other: {
        byLoss: {
          crossEntropy: lines(
            'val loss = (1/N_val)·Σᵢ −log p_yᵢ(xᵢ)',
            'accuracy = (1/N)·Σᵢ [argmax_c p_c(xᵢ) = yᵢ]',
          ),
          mse: lines('val MSE = (1/N_val)·Σᵢ (ŷ(xᵢ) − yᵢ)²', 'RMSE = √MSE   (in units of y)'),
        },
      },
    },
  },
  modes:
    'Step mode evaluates in every cycle. Run mode evaluates every “evaluation interval” steps.',
};
