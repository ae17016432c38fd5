/**
 * The sidebar's words in English. The labels and options are those the field schema declares
 * (src/config/schema.ts), which also reads them as aliases of URL keys.
 */
import { FIELDS } from '../../config/schema';
import type { FieldTexts, SidebarTexts } from '../types';

const fields = Object.fromEntries(
  FIELDS.map((f) => [
    f.key,
    'options' in f
      ? {
          label: f.label,
          options: Object.fromEntries(f.options.map((o) => [o.value, o.label])),
        }
      : { label: f.label },
  ]),
) as FieldTexts;

export const sidebar: SidebarTexts = {
  heading: 'Hyperparameters',
  fields,
  groups: {
    Data: 'Data',
    Model: 'Model',
    Optimizer: 'Optimizer',
    Schedule: 'Schedule',
    Gradients: 'Gradients',
    Run: 'Run',
  },
  units: {
    seconds: 'seconds',
    ms: 'ms',
    steps: 'steps',
    evaluations: 'evaluations',
    'micro-batches': 'micro-batches',
  },
  live: 'live',
  liveTitle: 'Applies live, while training',
  reset: 'reset',
  resetTitle: 'Needs a new model: applies on Reset',
  pending: {
    before: (labels) => `${labels} changed: a new model is needed. Press`,
    button: 'Reset',
    after: ' to apply.',
  },
};
