import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import config from '../vite.config';

/** The banner tfjs's cpu backend prints in Node, as its own source writes it. */
function tfjsNodeBanner(): string {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('@tensorflow/tfjs-backend-cpu'), 'utf8');
  const match = /'Hi, looks like you are running TensorFlow\.js[^]*?tfjs-node[^']*'/.exec(source);
  if (!match) throw new Error('the banner is not in tfjs-backend-cpu any more');
  return match[0].replace(/'\s*\+\s*'/g, '').slice(1, -1);
}

describe('unit-test output', () => {
  const keep = config.test?.onConsoleLog;

  it('drops tfjs’s banner about its node backend', () => {
    expect(keep).toBeTypeOf('function');
    const banner = `\n============================\n${tfjsNodeBanner()} \n============================`;
    expect(keep?.(banner, 'stderr', undefined)).toBe(false);
  });

  it('keeps every other message, tfjs’s other warnings included', () => {
    for (const log of ['loss 0.25', 'Tensor is disposed.', 'backend cpu was already registered'])
      expect(keep?.(log, 'stderr', undefined)).not.toBe(false);
  });
});
