/**
 * The definition the Studies view starts with: a small learning-rate sweep on the 2-D points
 * (3 runs of 20 steps), quick enough to watch in full.
 */
export const EXAMPLE_STUDY = {
  kind: 'sweep',
  method: 'grid',
  base: { task: 'classify2d', evalInterval: 10 },
  parameters: { learningRate: { values: [0.003, 0.03, 0.3] } },
  runs: 3,
  stepsPerRun: 20,
};
