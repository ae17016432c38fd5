// Writes the old-format checkpoint fixture (src/engine/__fixtures__/): a default two-circles
// run's checkpoint file as the checkpoint panel downloads it, and a sidecar with the losses of
// the 10 steps after resuming from it, on the tfjs cpu backend. The committed files are the
// oracle that later versions of the format must still load and reproduce, so this refuses to
// overwrite them unless given --force (only while the format is still checkpoint@1).
// `--optimizer=momentum` (or rmsprop, …) writes the same run with that optimizer (Nesterov on
// for momentum) into checkpoint-v1-classify2d-<optimizer>.*.
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
const base = `checkpoint-v1-classify2d${optimizer ? `-${optimizer}` : ''}`;
const file = resolve(dir, `${base}.checkpoint.json`);
const sidecar = resolve(dir, `${base}.expected.json`);

if (existsSync(file) && !process.argv.includes('--force')) {
  console.error(`${file} exists; it is the oracle of the old format. Use --force to replace it.`);
  process.exit(1);
}
const { module } = await runnerImport(resolve(dir, 'make-checkpoint-v1.ts'), {
  configFile: false,
  logLevel: 'silent',
});
const { text, expected } = await module.makeCheckpointV1(over);
if (expected.format !== 'training-run-lab/checkpoint@1') {
  console.error(`The code writes ${expected.format} now: keep the @1 fixture, add a new one.`);
  process.exit(1);
}
writeFileSync(file, text);
writeFileSync(sidecar, `${JSON.stringify(expected, null, 2)}\n`);
console.log(`${file}: ${text.length} bytes; losses of steps ${expected.resumedSteps.join(', ')}:`);
console.log(expected.losses.join('\n'));
