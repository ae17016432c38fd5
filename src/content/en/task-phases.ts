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
  chars: {
    data: {
      what: 'Each training example is a window of the last k characters of a name and the character that follows it; ‘.’ pads the start and marks the end. The batch is drawn from all such pairs of the training names, reshuffled every epoch with the seeded generator.',
    },
    forward: {
      what: 'Each context character is looked up in the embedding table (a learned vector per character). The MLP concatenates the k vectors and passes them through dense layers; the transformer adds a position vector and lets every position attend to the earlier ones. The output layer gives one score per character, and softmax turns the 27 scores into next-character probabilities.',
      formula:
        'e = [C[c₁], …, C[c_k]]              embeddings\nattention(Q,K,V) = softmax(QKᵀ/√d_h + M)·V\nM = −∞ above the diagonal (causal)\np(next | context) = softmax(logits)',
    },
    evaluation: {
      what: 'The model, unchanged, predicts every next character of the validation names (never trained on). Their mean cross-entropy in nats, in bits per character, and as a perplexity says how surprised it is; a model that knows nothing guesses uniformly and scores ln 27. Then names are sampled from it: start from ‘.’, draw a character from p(next | context) sharpened or flattened by the temperature, append it, and repeat until it draws ‘.’.',
      formula:
        'val loss = −(1/N)·Σ ln p(cᵢ | context)   nats\nbits per char = loss / ln 2\nperplexity = e^loss\nuniform baseline = ln 27 ≈ 3.30 nats',
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
  table: {
    data: {
      what: 'Each example is one row of your table: the input columns and the column to predict. The rows were shuffled once with the run’s seed and split into training and validation; each epoch the training rows are reshuffled and cut into batches.',
      why: 'Columns of a table come in their own units (centimetres, euros, years), often thousands of times apart. The model therefore standardizes every input column with the mean and standard deviation of the training rows, so that no column dominates only because its numbers are larger, and one learning rate suits any data.',
      formula:
        'x̃ⱼ = (xⱼ − μⱼ) / σⱼ     μⱼ, σⱼ of column j over the training rows\nregression: ŷ = μ_y + σ_y · out',
    },
    forward: {
      what: 'The batch’s standardized columns flow through the dense layers. For classes, the output layer gives one score per class and softmax turns them into probabilities; for a number, the single output is scaled back to the target’s units.',
    },
    evaluation: {
      what: 'The model, unchanged, is run on the validation rows (never trained on). For classes: the loss, the accuracy, the confusion matrix (which class was taken for which) and the rows it got wrong with the most confidence. For a number: the mean squared error, and each row’s prediction against its true value.',
      formula:
        'classes: val accuracy = (1/N_val)·Σᵢ [argmax pᵢ = yᵢ]\nnumber: val MSE = (1/N_val)·Σᵢ (ŷᵢ − yᵢ)²,   RMSE = √MSE',
    },
  },
};
