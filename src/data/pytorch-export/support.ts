/**
 * Which runs can be exported as a PyTorch project. The export writes the multi-layer
 * perceptron (`src/engine/models/mlp.ts`) as `torch.nn.Linear` layers, so it covers every
 * task whose model is that MLP: 2-D points (classify2d), the 1-D regression (regress1d),
 * MNIST's MLP and your own data (table, with its standardization of inputs and target). The
 * others are refused with a reason the page words (`content/*\/pytorch-export.ts`): MNIST's
 * CNN and the names models (character MLP over embeddings, transformer) have layers the
 * export does not write yet.
 */
import type { LabConfig } from '../../config/schema';

/**
 * Why a run cannot be exported, by id (the page's catalogue words each one): a model or task
 * the export does not cover, a step-mode step half done (part of its batch is consumed), a
 * checkpoint of another run than the one on screen (whose data set the engine does not hold),
 * or a checkpoint no longer stored.
 */
export type ExportRefusal = 'cnn' | 'languageModel' | 'midStep' | 'otherRun' | 'missing';

/** The reason `config`'s run cannot be exported, or null when it can. */
export function exportRefusal(
  config: Pick<LabConfig, 'task' | 'model'>,
): 'cnn' | 'languageModel' | null {
  switch (config.task) {
    case 'classify2d':
    case 'regress1d':
    case 'table':
      return null;
    case 'mnist':
      return config.model === 'cnn' ? 'cnn' : null;
    case 'names':
      return 'languageModel';
  }
}

/** Thrown by the export for a run it does not cover; `refusal` names the reason. */
export class ExportRefused extends Error {
  constructor(readonly refusal: ExportRefusal) {
    super(`This run cannot be exported as a PyTorch project (${refusal}).`);
    this.name = 'ExportRefused';
  }
}
