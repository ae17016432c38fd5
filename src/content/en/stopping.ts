/** The stopping criteria and a run's stop reason, in English (data: src/protocol/stopping.ts). */
import type { StoppingTexts } from '../types';

const METRIC = { val_loss: 'Validation loss', val_accuracy: 'Validation accuracy' } as const;

export const stopping: StoppingTexts = {
  heading: 'The run stops',
  fallback: 'A stopping criterion fired.',
  caption: 'Stopping criteria, checked in this order',
  columns: { criterion: 'Criterion', enabled: 'Enabled', now: 'Now', fires: 'Fires' },
  on: 'on',
  off: 'off',
  yes: '● yes',
  no: '○ no',
  progress: (pct) => `${pct}% of the way to firing`,
  label: (c) => {
    switch (c.id) {
      case 'nonFinite':
        return 'Loss is NaN or infinite';
      case 'target':
        return `Target ${c.facts.metric}`;
      case 'divergence':
        return `Divergence threshold on ${c.facts.monitor}`;
      case 'earlyStopping':
        return `Early stopping on ${c.facts.monitor} (${c.facts.direction})`;
      case 'maxSteps':
        return 'Max steps';
      case 'maxEpochs':
        return 'Max epochs';
      case 'maxTime':
        return 'Max training time';
    }
  },
  detail: (c, n) => {
    switch (c.id) {
      case 'nonFinite': {
        const f = c.facts;
        return (
          (f.on ? '' : 'off · ') +
          (f.trainLoss === null ? 'no loss read yet' : `training loss ${n.metric(f.trainLoss)}`) +
          (f.valLoss === null ? '' : `, validation loss ${n.metric(f.valLoss)}`)
        );
      }
      case 'target': {
        const f = c.facts;
        if (!c.enabled) return 'off (target 0)';
        const bound = `target ${f.metric === 'val_loss' ? '≤' : '≥'} ${n.value(f.target)}`;
        return `${f.value === null ? 'not evaluated yet' : `${f.metric} ${n.metric(f.value)}`} (${bound})`;
      }
      case 'divergence': {
        const f = c.facts;
        if (!c.enabled) return 'off (threshold 0)';
        return `${f.value === null ? 'not evaluated yet' : `${f.monitor} ${n.metric(f.value)}`} (stops ${f.direction === 'min' ? 'above' : 'below'} ${n.value(f.threshold)})`;
      }
      case 'earlyStopping': {
        const f = c.facts;
        return (
          (f.on ? '' : 'off · ') +
          `patience ${f.wait}/${f.patience}` +
          (f.best === null
            ? ', no evaluation yet'
            : `, best ${n.metric(f.best)} at step ${f.bestStep}`) +
          (f.minDelta > 0 ? `, min delta ${n.value(f.minDelta)}` : '') +
          (f.baseline !== null ? `, baseline ${n.value(f.baseline)}` : '') +
          (f.restoreBest
            ? f.keptStep === null
              ? ', restores the best weights'
              : `, weights of step ${f.keptStep} kept`
            : '')
        );
      }
      case 'maxSteps':
        return `step ${c.facts.step} of ${c.facts.maxSteps}`;
      case 'maxEpochs':
        return `${c.facts.epoch} of ${c.facts.maxEpochs} epochs completed`;
      case 'maxTime':
        return c.enabled
          ? `${n.seconds(c.facts.elapsedMs)} of ${n.value(c.facts.maxTime)} s trained`
          : `off (0) · ${n.seconds(c.facts.elapsedMs)} trained`;
    }
  },
  reason: (r, n) => {
    switch (r.id) {
      case 'nonFinite': {
        const f = r.facts;
        const train = f.trainLoss !== null && !Number.isFinite(f.trainLoss);
        const value = train ? f.trainLoss : f.valLoss;
        return `The ${train ? 'training' : 'validation'} loss became ${value} at step ${r.step}: training diverged (stop on NaN/Inf).`;
      }
      case 'target':
        return `${METRIC[r.facts.metric]} ${n.metric(r.facts.value ?? NaN)} reached the target ${n.value(r.facts.target)}.`;
      case 'divergence': {
        const f = r.facts;
        return `Divergence threshold: ${f.monitor} ${n.metric(f.value ?? NaN)} is ${f.direction === 'min' ? 'above' : 'below'} ${n.value(f.threshold)}, so training is not expected to recover.`;
      }
      case 'earlyStopping': {
        const f = r.facts;
        const by = f.minDelta > 0 ? ` by more than ${n.value(f.minDelta)}` : '';
        // The copy is from the best step, unless restoring was switched on after it: then,
        // as in Keras, the first weights kept stand in for the best.
        const restored =
          f.keptStep === null
            ? ''
            : f.keptStep === f.bestStep
              ? ` Restored the best weights, from step ${f.keptStep}.`
              : ` Restored the weights kept at step ${f.keptStep} (those of the best step, ${f.bestStep}, were not kept).`;
        return `Early stopping: ${f.monitor} has not improved${by} for ${f.wait} evaluations (patience ${f.patience}); best ${n.metric(f.best ?? NaN)} at step ${f.bestStep}.${restored}`;
      }
      case 'maxSteps':
        return `Reached max steps (${r.facts.maxSteps}).`;
      case 'maxEpochs':
        return `Reached max epochs (${r.facts.maxEpochs}).`;
      case 'maxTime':
        return `Reached the max training time (${n.value(r.facts.maxTime)} s) after ${n.seconds(r.facts.elapsedMs)} of training, at step ${r.step}.`;
    }
  },
};
