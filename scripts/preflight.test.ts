import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, nodeSupported, problems } from './preflight.mjs';

describe('preflight', () => {
  it.each([
    ['18.20.4', false],
    ['v18.19.0', false],
    ['20.18.1', false],
    ['20.19.0', true],
    ['20.20.2', true],
    ['21.7.3', false],
    ['22.11.0', false],
    ['22.12.0', true],
    ['24.1.0', true],
  ])('Node %s is supported: %s', (version, ok) => {
    expect(nodeSupported(version)).toBe(ok);
  });

  it('names the Node version it needs, and how to get it', () => {
    const [message, ...more] = problems({ nodeVersion: '18.20.4', chromium: false });
    expect(more).toEqual([]);
    expect(message).toMatch(/Node 18\.20\.4 is too old/);
    expect(message).toMatch(/20\.19 or newer/);
    expect(message).toMatch(/nodesource|nvm/i);
  });

  it('names a missing Chromium only when it is needed', () => {
    const missing = join(import.meta.dirname, 'no-such-chromium');
    const args = { nodeVersion: '22.12.0', chromiumPath: missing };
    expect(problems({ ...args, chromium: false })).toEqual([]);
    const [message] = problems({ ...args, chromium: true });
    expect(message).toContain(`Chromium is missing`);
    expect(message).toContain(missing);
    expect(message).toMatch(/apt-get install -y chromium/);
  });

  it('passes here, where this Node runs the tests, and exits 0', () => {
    const run = spawnSync(process.execPath, [join(import.meta.dirname, 'preflight.mjs')]);
    expect(run.status).toBe(0);
    expect(CHROMIUM).toBe('/usr/bin/chromium');
  });
});
