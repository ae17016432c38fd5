/** The "Simulate a fault" menu: each fault, and how the app detects it. */
import type { FaultTexts } from '../types';

export const faults: FaultTexts = {
  label: 'Simulate a fault',
  trigger: 'Trigger',
  webgpuOnly: 'Only the WebGPU backend has a GPU device to lose',
  choices: {
    workerCrash: {
      label: 'Worker crash',
      how: 'the worker is terminated; the page notices it has gone silent',
    },
    deviceLost: {
      label: 'GPU device lost',
      how: 'the WebGPU device is destroyed; its “lost” promise fires',
    },
    pageReload: {
      label: 'Page reload',
      how: 'the tab reloads; it finds its own unfinished run in storage and takes it back',
    },
    nanWeights: {
      label: 'NaN in the weights',
      how: 'the first layer’s weights become NaN; the loss turns non-finite and, since the run did not diverge by itself, auto-resume restarts it',
    },
  },
};
