// Writes the checkpoint fixture of the format the code writes now (src/engine/__fixtures__/):
// a default two-circles run's checkpoint file as the checkpoint panel downloads it, named
// checkpoint-v<N>-classify2d.checkpoint.json for format @N, and a sidecar with the losses of
// the 10 steps after resuming from it, on the tfjs cpu backend. The committed files are the
// oracle that later versions of the format must still load and reproduce, so this refuses to
// overwrite one unless given --force (only while its format is still the current one).
// `--optimizer=momentum` (or rmsprop, …) writes the same run with that optimizer (Nesterov on
// for momentum) into checkpoint-v<N>-classify2d-<optimizer>.*.
// Usage: node scripts/make-checkpoint-fixture.mjs [--force] [--optimizer=<id>]
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(root, 'src/engine/__fixtures__');
const optimizer = process.argv.find((a) => a.startsWith('--optimizer='))?.slice(12);
const over = optimizer
  ? { optimizer, ...(optimizer === 'momentum' ? { nesterov: 'on' } : {}) }
  : {};

const { module } = await runnerImport(resolve(dir, 'make-checkpoint-fixture.ts'), {
  configFile: false,
  logLevel: 'silent',
});
const { text, expected } = await module.makeCheckpointFixture(over);
const version = /@(\d+)$/.exec(expected.format)?.[1];
const base = `checkpoint-v${version}-classify2d${optimizer ? `-${optimizer}` : ''}`;
const file = resolve(dir, `${base}.checkpoint.json`);
const sidecar = resolve(dir, `${base}.expected.json`);
if (existsSync(file) && !process.argv.includes('--force')) {
  console.error(`${file} exists; it is the oracle of its format. Use --force to replace it.`);
  process.exit(1);
}
writeFileSync(file, text);
writeFileSync(sidecar, `${JSON.stringify(expected, null, 2)}\n`);
console.log(`${file}: ${text.length} bytes; losses of steps ${expected.resumedSteps.join(', ')}:`);
console.log(expected.losses.join('\n'));
