/**
 * The forward and backward passes, in English: what they compute depends on the network
 * (dense layers, convolutions, embeddings, attention) and on its output (softmax over classes,
 * or one linear output for a regression).
 */
import type { PhaseTextSource } from '../types';

const lines = (...l: string[]) => l.join('\n');

const SOFTMAX = 'p_c = exp(z_c) / Σⱼ exp(z_j)  softmax';
const HIDDEN = 'hₗ = act(hₗ₋₁·Wₗ + bₗ)        hidden layers';

/** The backward rule of a dense layer, shared by every network that has one. */
const DENSE_BACKWARD = [
  'each dense layer z = h·W + b, from the output down:',
  '  ∂L/∂W = hᵀ·∂L/∂z,    ∂L/∂b = Σ_batch ∂L/∂z',
  '  ∂L/∂h = ∂L/∂z·Wᵀ     passed to the layer below,',
  '  below, where h = act(z′):  ∂L/∂z′ = ∂L/∂h ⊙ act′(z′)',
];
const GRADIENT = 'g = ∇θL = ∂L/∂θ';
const NORM = '‖g‖₂ = √(Σ g²) over all parameters';
const SOFTMAX_BACKWARD = 'output layer:  ∂L/∂z = (p − onehot(y)) / B';
const MSE_BACKWARD = 'output layer (linear):  ∂L/∂ŷ = 2(ŷ − y) / B';

export const forward: PhaseTextSource = {
  title: 'Forward pass',
  what: {
    byModel: {
      mlp: {
        byTask: {
          mnist:
            'Each digit’s 28 × 28 pixels are flattened into a vector of 784 numbers, which flows through the dense layers: each multiplies its input by a weight matrix, adds a bias and applies its activation. The output layer gives one score (logit) per digit, and softmax turns the ten scores into probabilities.',
          table: {
            byLoss: {
              crossEntropy:
                'The batch’s standardized columns flow through the dense layers: each multiplies its input by a weight matrix, adds a bias and applies its activation. The output layer gives one score (logit) per class, and softmax turns the scores into probabilities.',
              mse: 'The batch’s standardized columns flow through the dense layers: each hidden layer multiplies its input by a weight matrix, adds a bias and applies its activation. The output layer is linear and has one unit; its value is scaled back to the target’s units, and that number is the prediction ŷ.',
            },
          },
          other: {
            byLoss: {
              crossEntropy:
                'The batch flows through the network layer by layer: each layer multiplies its input by a weight matrix, adds a bias and applies its activation. The output layer gives one score (logit) per class, and softmax turns the scores into probabilities.',
              mse: 'The batch flows through the network layer by layer: each hidden layer multiplies its input by a weight matrix, adds a bias and applies its activation. The output layer is linear and has one unit: its value is the prediction ŷ itself, a number in the units of y.',
            },
          },
        },
      },
      cnn: 'The batch of digits flows through the network layer by layer. A convolution slides each of its small 5 × 5 filters over the image and gives one feature map per filter (the same weights look for the same pattern everywhere), followed by the activation; max pooling keeps the strongest response in each 2 × 2 window and halves the side. The last feature maps are flattened into one vector, and a dense output layer gives one score (logit) per digit; softmax turns the ten scores into probabilities.',
      charMlp:
        'Each context character is looked up in the embedding table (a learned vector per character). The k vectors are concatenated and pass through the dense layers, each multiplying by a weight matrix, adding a bias and applying its activation. The output layer gives one score (logit) per character, and softmax turns the 27 scores into next-character probabilities.',
      transformer:
        'Each context character is looked up in the token embedding table, and a learned position vector is added. In each block, causal self-attention lets every position gather information from itself and the earlier positions (each head with its own queries, keys and values), then an MLP transforms every position on its own; both add their result to the residual stream, each after a LayerNorm. A final LayerNorm and a dense layer give one score (logit) per character at the last position, and softmax turns the 27 scores into next-character probabilities.',
    },
  },
  why: 'The forward pass is the model’s prediction, and the loss is computed from it. Its intermediate activations are also what backpropagation needs. The panel shows the first examples of the batch.',
  formula: {
    byModel: {
      mlp: {
        byTask: {
          mnist: lines(
            'h₀ = x                        784 pixels in [0, 1]',
            HIDDEN,
            'z = h_L·W_out + b_out         logits, one per digit',
            SOFTMAX,
          ),
          table: {
            byLoss: {
              crossEntropy: lines(
                'h₀ = (x − μ) / σ              standardized columns',
                HIDDEN,
                'z = h_L·W_out + b_out         logits, one per class',
                SOFTMAX,
              ),
              mse: lines(
                'h₀ = (x − μ) / σ              standardized columns',
                HIDDEN,
                'out = h_L·W_out + b_out       linear, one number',
                'ŷ = μ_y + σ_y·out             in the target’s units',
              ),
            },
          },
          other: {
            byLoss: {
              crossEntropy: lines(
                'h₀ = x',
                HIDDEN,
                'z = h_L·W_out + b_out         logits, one per class',
                SOFTMAX,
              ),
              mse: lines(
                'h₀ = x',
                HIDDEN,
                'ŷ = h_L·W_out + b_out         linear output, one number',
              ),
            },
          },
        },
      },
      cnn: lines(
        'h₀ = x                         28 × 28 × 1 image',
        'convolution, a k × k × C_in filter per channel c:',
        '  z[i,j,c] = b_c + Σ_{u,v,c′} W[u,v,c′,c]·h[i+u, j+v, c′]',
        '  a = act(z)',
        'max pool 2 × 2:  h[i,j,c] = max(a[2i..2i+1, 2j..2j+1, c])',
        'z = flatten(h)·W_out + b_out   logits, one per digit',
        SOFTMAX,
      ),
      charMlp: lines(
        'e = [C[c₁], …, C[c_k]]         embeddings, concatenated',
        'h₁ = act(e·W₁ + b₁), …          hidden layers',
        'z = h_L·W_out + b_out          logits, one per character',
        'p(next | context) = softmax(z)',
      ),
      transformer: lines(
        'h_t = E[c_t] + P[t]            token + position embedding',
        'per head: Q = LN(h)·W_Q,  K = LN(h)·W_K,  V = LN(h)·W_V',
        'attention(Q,K,V) = softmax(QKᵀ/√d_h + M)·V',
        'M = −∞ above the diagonal (causal)',
        'h ← h + [heads]·W_O,   h ← h + MLP(LN(h))',
        'z = LN(h_T)·W_out + b_out      logits, one per character',
        'p(next | context) = softmax(z)',
      ),
    },
  },
  modes:
    'Step mode reads the activations of the first examples back from the device to show them. Run mode computes the forward pass inside the fused training step and reads nothing back.',
};

export const backward: PhaseTextSource = {
  title: 'Backward pass',
  what: {
    byModel: {
      cnn: 'Backpropagation computes the gradient of the mean loss with respect to every filter, weight and bias, applying the chain rule from the loss back through each layer: the dense output layer, each max pooling (which passes a gradient only to the position that held the maximum) and each convolution. No parameter changes yet.',
      charMlp:
        'Backpropagation computes the gradient of the mean loss with respect to every weight, bias and character embedding, applying the chain rule from the loss back through each layer down to the embedding table. No parameter changes yet.',
      transformer:
        'Backpropagation computes the gradient of the mean loss with respect to every weight, bias, LayerNorm gain and embedding, applying the chain rule from the loss back through each block. The residual stream passes the gradient straight down past every block, and each block adds its own part. No parameter changes yet.',
      other:
        'Backpropagation computes the gradient of the mean loss with respect to every weight and bias, applying the chain rule from the loss back through each layer. No parameter changes yet.',
    },
  },
  why: 'The gradient tells, for every parameter, in which direction and how strongly the loss changes when that parameter moves. Its norm shows how steep the loss is where the model stands: tiny norms in early layers mean vanishing gradients, huge norms exploding ones. SGD’s step is proportional to the gradient; Adam rescales it per parameter.',
  formula: {
    byModel: {
      mlp: {
        byLoss: {
          crossEntropy: lines(GRADIENT, SOFTMAX_BACKWARD, ...DENSE_BACKWARD, NORM),
          mse: {
            byTask: {
              table: lines(
                GRADIENT,
                MSE_BACKWARD,
                'ŷ = μ_y + σ_y·out:  ∂L/∂out = σ_y·∂L/∂ŷ',
                ...DENSE_BACKWARD,
                NORM,
              ),
              other: lines(GRADIENT, MSE_BACKWARD, ...DENSE_BACKWARD, NORM),
            },
          },
        },
      },
      cnn: lines(
        GRADIENT,
        SOFTMAX_BACKWARD,
        'dense z = h·W + b:  ∂L/∂W = hᵀ·∂L/∂z,  ∂L/∂h = ∂L/∂z·Wᵀ',
        'max pool: ∂L/∂a = ∂L/∂h at each window’s maximum, else 0',
        'activation a = act(z):  ∂L/∂z = ∂L/∂a ⊙ act′(z)',
        'convolution, per filter weight and bias:',
        '  ∂L/∂W[u,v,c′,c] = Σ_{n,i,j} h[n, i+u, j+v, c′]·∂L/∂z[n,i,j,c]',
        '  ∂L/∂b_c = Σ_{n,i,j} ∂L/∂z[n,i,j,c]',
        '  ∂L/∂h = ∂L/∂z convolved with the flipped filters',
        NORM,
      ),
      charMlp: lines(
        GRADIENT,
        SOFTMAX_BACKWARD,
        ...DENSE_BACKWARD,
        'embeddings e = [C[c₁], …, C[c_k]]:',
        '  ∂L/∂C[c] = Σ of ∂L/∂e over the positions that hold c',
        NORM,
      ),
      transformer: lines(
        GRADIENT,
        SOFTMAX_BACKWARD,
        'residual h′ = h + f(LN(h)):',
        '  ∂L/∂h = ∂L/∂h′ + (∂L/∂h′ carried back through f and LN)',
        'dense layers inside f: ∂L/∂W = hᵀ·∂L/∂z,  ∂L/∂h = ∂L/∂z·Wᵀ',
        'attention weights A = softmax(S):',
        '  ∂L/∂S = A ⊙ (∂L/∂A − Σ_row(∂L/∂A ⊙ A)),  masked entries get 0',
        'embeddings: ∂L/∂E[c], ∂L/∂P[t] summed over where they were used',
        NORM,
      ),
    },
  },
  modes:
    'Step mode computes the gradients, reads them back and keeps them for the update phase. Run mode computes and applies them in one fused step without reading them back.',
};
