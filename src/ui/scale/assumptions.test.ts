import { describe, expect, it } from 'vitest';
import { memoryPrecision, optimizerName } from './assumptions';

describe('scale assumptions', () => {
  it('maps the sidebar optimizer to the memory model, unknown to Adam (the largest state)', () => {
    expect(optimizerName('sgd')).toBe('sgd');
    expect(optimizerName('momentum')).toBe('momentum');
    expect(optimizerName('rmsprop')).toBe('rmsprop');
    expect(optimizerName('adam')).toBe('adam');
    expect(optimizerName('lion')).toBe('adam');
  });

  it('bf16 math is mixed-precision memory; fp32 and tf32 store fp32', () => {
    expect(memoryPrecision('bf16')).toBe('mixed');
    expect(memoryPrecision('tf32')).toBe('fp32');
    expect(memoryPrecision('fp32')).toBe('fp32');
  });
});
