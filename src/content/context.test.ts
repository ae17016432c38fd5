import { describe, expect, it } from 'vitest';
import { resolveText, textContext } from './context';
import type { Varies } from './types';

describe('textContext', () => {
  it('names the network the task really runs', () => {
    expect(textContext('classify2d', 'mlp')).toEqual({
      task: 'classify2d',
      model: 'mlp',
      loss: 'crossEntropy',
    });
    expect(textContext('mnist', 'cnn').model).toBe('cnn');
    expect(textContext('names', 'mlp').model).toBe('charMlp');
    expect(textContext('names', 'transformer').model).toBe('transformer');
  });

  it('gives a regression the squared error, and a table the loss of its data', () => {
    expect(textContext('regress1d', 'mlp').loss).toBe('mse');
    expect(textContext('table', 'mlp', 'regression').loss).toBe('mse');
    expect(textContext('table', 'mlp', 'classification').loss).toBe('crossEntropy');
    // Until its data is known, a table is the iris example's classification.
    expect(textContext('table', 'mlp').loss).toBe('crossEntropy');
  });

  it('takes the default task for an unknown one, and the first model a task offers', () => {
    expect(textContext('nope', 'mlp').task).toBe('classify2d');
    expect(textContext('mnist', 'transformer').model).toBe('mlp');
    expect(textContext('names', 'cnn').model).toBe('charMlp');
    expect(textContext('regress1d', 'cnn').model).toBe('mlp');
  });
});

describe('resolveText', () => {
  const text: Varies = {
    byTask: {
      table: { byLoss: { crossEntropy: 'table classes', mse: 'table numbers' } },
      other: { byModel: { cnn: 'convolutions', other: 'dense layers' } },
    },
  };

  it('takes the case of the task, then of the loss or the model', () => {
    expect(resolveText(text, textContext('table', 'mlp', 'regression'))).toBe('table numbers');
    expect(resolveText(text, textContext('table', 'mlp'))).toBe('table classes');
    expect(resolveText(text, textContext('mnist', 'cnn'))).toBe('convolutions');
  });

  it('falls back to the other case where a task or model has none of its own', () => {
    expect(resolveText(text, textContext('mnist', 'mlp'))).toBe('dense layers');
    expect(resolveText(text, textContext('names', 'transformer'))).toBe('dense layers');
  });
});
