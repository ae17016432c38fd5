/**
 * The data pipeline in the page, on the browser's backend: with a loading latency of 50 ms per
 * batch and prefetching off, the device waits for data for much of each step (the measured idle
 * share); with prefetching on, the next batch loads while the step computes and the idle share
 * falls. The numbers are the worker's measurements, read from the data panel.
 */
import { expect, type LabPage, test } from './lab-page';

/**
 * The default small network: on a software GPU a step (with its read-back) computes for longer
 * than a batch takes to load, so prefetching can hide the whole latency.
 */
const RUN = {
  data: 'gaussians',
  n: 1000,
  steps: 25,
  eval: 1000,
  ckpt: 1000,
  latency: 50,
};

/** Trains the run to its last step and reads the data panel's pipeline measurements. */
async function measure(lab: LabPage, prefetch: string) {
  await lab.goto({ ...RUN, prefetch });
  await lab.waitReady();
  await lab.run();
  await lab.waitForStep(RUN.steps);
  await lab.showPhase('Data');
  const pipeline = lab.page.getByTestId('data-pipeline');
  await expect(pipeline).toHaveAttribute('data-steps', String(RUN.steps));
  const read = async (name: string) => Number(await pipeline.getAttribute(name));
  return {
    idle: await read('data-idle-share'),
    wait: await read('data-data-wait'),
    step: await read('data-step-ms'),
  };
}

test('a 50 ms loading latency idles the device without prefetching, less with it', async ({
  lab,
}) => {
  const off = await measure(lab, 'off');
  // Without prefetching every step waits the whole latency.
  expect(off.wait).toBeGreaterThanOrEqual(49);
  // On a software GPU a step computes for a few hundred ms: the 50 ms are a fair share of it.
  expect(off.idle).toBeGreaterThan(0.1);
  await expect(lab.page.getByTestId('series-chart-idleShare')).toBeVisible();
  const on = await measure(lab, '1');
  console.log(
    `idle share: prefetch off ${off.idle.toFixed(3)} (wait ${off.wait.toFixed(1)} ms of ${off.step.toFixed(1)} ms), on ${on.idle.toFixed(3)} (wait ${on.wait.toFixed(1)} ms of ${on.step.toFixed(1)} ms)`,
  );
  // The next batch loaded while the step computed: the step hardly waits any more.
  expect(on.wait).toBeLessThan(off.wait / 2);
  expect(on.idle).toBeLessThan(off.idle / 2);
  expect(lab.errors).toEqual([]);
});
