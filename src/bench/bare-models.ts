/** The models the bare loop can train (see bare-loop.worker.ts); no tfjs here, so the page can import it. */
export const BARE_MODELS = [
  'classify2d-mlp',
  'mnist-mlp',
  'mnist-cnn',
  'names-mlp',
  'names-transformer',
] as const;
export type BareModel = (typeof BARE_MODELS)[number];
