/** Texts of the backend menu and the backend calibration (src/ui/calibration/). */
import type { BackendRequest, CalibrationProblem } from '../../protocol/calibration';

/** The numbers a calibration's reason is written with, already formatted. */
export interface ReasonFacts {
  backend: string;
  kernels: string;
  flops: string;
  /** Time of one kernel launch, with "(assumed)" where it was not measured. */
  overhead: string;
  /** The launches' share of the step, e.g. "80 %". */
  share: string;
  /** How much faster than the runner-up, e.g. "3.2×"; empty with one backend. */
  margin: string;
}

export const calibration = {
  menuLabel: 'Backend',
  menuTitle:
    'Which tfjs backend trains the model. Default: WebGPU first, then WebGL, wasm and cpu. Auto measures the current model on every backend and trains on the fastest; a named backend is forced (with the usual fallbacks when it cannot start).',
  /** The menu's short option names (the long ones above are for sentences and the table). */
  menuOptions: {
    default: 'Default',
    auto: 'Auto',
    webgpu: 'WebGPU',
    webgl: 'WebGL',
    wasm: 'wasm',
    cpu: 'cpu',
  } satisfies Record<BackendRequest | 'default', string>,
  requests: {
    default: 'WebGPU first (default)',
    auto: 'Auto (fastest, measured)',
    webgpu: 'WebGPU',
    webgl: 'WebGL',
    wasm: 'WebAssembly (wasm)',
    cpu: 'JavaScript (cpu)',
  } satisfies Record<BackendRequest | 'default', string>,
  heading: 'Backends, measured',
  intro:
    'The same training step can run on four tfjs backends: WebGPU and WebGL on the graphics processor, WebAssembly and plain JavaScript on the processor. Calibrate times the current model’s step on each (a few warm-up steps, then timed ones, on a copy of the model: the run is not changed) and trains on the fastest. A tiny model tends to be bound by the fixed cost of launching each kernel (dispatch), a big one by arithmetic; which this one is, is measured: the same step at one example has the same kernels and almost none of the arithmetic, so its time is what launching the kernels costs.',
  calibrate: 'Calibrate',
  calibrating: 'Measuring…',
  calibrateTitle:
    'Times this model’s training step on every backend and trains on the fastest. Pause the run first.',
  notYet: (backend: string) =>
    `Not calibrated: the run trains on ${backend}, the first backend of the usual order (WebGPU, WebGL, WebAssembly, JavaScript) that started. Calibrate measures which is fastest for this model.`,
  progress: (done: number, total: number) => `Measuring backend ${done + 1} of ${total}…`,
  caption: (step: number) => `Measured on a copy of the run at step ${step}`,
  columns: {
    backend: 'Backend',
    stepsPerSecond: 'Steps/s',
    kernels: 'Kernels/step',
    flops: 'FLOPs/step',
    overhead: 'Per kernel launch',
    achieved: 'Achieved FLOP/s',
  },
  chosen: 'chosen',
  assumed: '(assumed)',
  stepsTimed: (n: number) => `${n} timed steps`,
  problems: {
    notInBrowser: 'not offered by this browser',
    noAdapter: 'no GPU adapter',
    failedToStart: 'failed to start',
    noConvKernels:
      'cannot train convolutions (tfjs-backend-wasm has no Conv2DBackpropFilter kernel)',
    stepFailed: 'the training step failed',
  } satisfies Record<CalibrationProblem, string>,
  reasonDispatch: (f: ReasonFacts) =>
    `${f.backend} was fastest${f.margin ? ` (${f.margin} the next)` : ''}. This model’s step is ${f.kernels} small kernels doing ${f.flops} in all, and launching a kernel costs about ${f.overhead}: the launches are ${f.share} of the step. The step is bound by per-kernel dispatch, not by arithmetic, so the backend that launches kernels most cheaply wins, however many FLOP/s the others could do.`,
  reasonCompute: (f: ReasonFacts) =>
    `${f.backend} was fastest${f.margin ? ` (${f.margin} the next)` : ''}. This model’s step does ${f.flops} in ${f.kernels} kernels; launching them (about ${f.overhead} each) is only ${f.share} of the step. The step is bound by arithmetic (the work that grows with the batch), so the backend that computes fastest wins.`,
  marginFaster: (times: string) => `${times}× as fast as`,
  trainsOn: (backend: string) => `The run now trains on ${backend}.`,
  failed: 'No backend could train this model here; the run stays where it was.',
};

export type CalibrationTexts = typeof calibration;
