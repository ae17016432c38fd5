/** The model card's note on how its FLOPs are counted, for the layers the model has. */
import type { Varies } from '../types';

const STEP = 'a training step ≈ 3 × the forward pass of the batch (backward ≈ 2 × forward).';

export const modelCard: { flops: Varies } = {
  flops: {
    byModel: {
      mlp: {
        byTask: {
          table: `FLOPs: 2 per multiply-add (a dense layer 2·in·out per example; standardizing 2 per input column); ${STEP}`,
          other: `FLOPs: 2 per multiply-add (a dense layer 2·in·out per example); ${STEP}`,
        },
      },
      cnn: `FLOPs: 2 per multiply-add (dense 2·in·out, convolution 2·H·W·C_out·k²·C_in per example; max pooling 3 comparisons per output); ${STEP}`,
      charMlp: `FLOPs: 2 per multiply-add (dense 2·in·out per example; the embedding lookup counted as the one-hot product it computes, 2·k·V·d); ${STEP}`,
      transformer: `FLOPs: 2 per multiply-add (dense 2·in·out per position; attention’s scores and weighted sum 2·T²·d each per block; the embedding lookup counted as the one-hot product it computes, 2·T·V·d); ${STEP}`,
    },
  },
};
