/** "Simulate a fault": each one is detected the way the app would detect a real one. */
import { useId, useState } from 'react';
import type { BackendName } from '../protocol/messages';
import type { EngineClient } from './engine-client';

type FaultChoice = 'workerCrash' | 'deviceLost' | 'pageReload' | 'nanWeights';

const CHOICES: { value: FaultChoice; label: string; how: string }[] = [
  {
    value: 'workerCrash',
    label: 'Worker crash',
    how: 'the worker is terminated; the page notices it has gone silent',
  },
  {
    value: 'deviceLost',
    label: 'GPU device lost',
    how: 'the WebGPU device is destroyed; its “lost” promise fires',
  },
  {
    value: 'pageReload',
    label: 'Page reload',
    how: 'the tab reloads; the unfinished run is found in storage',
  },
  {
    value: 'nanWeights',
    label: 'NaN in the weights',
    how: 'the first layer’s weights become NaN; the loss turns non-finite',
  },
];

export function FaultMenu({
  client,
  backend,
  disabled,
}: {
  client: EngineClient;
  backend: BackendName | null;
  disabled: boolean;
}) {
  const [choice, setChoice] = useState<FaultChoice>('workerCrash');
  const id = useId();
  const selected = CHOICES.find((c) => c.value === choice)!;
  const unavailable = choice === 'deviceLost' && backend !== 'webgpu';
  const trigger = () => {
    if (choice === 'workerCrash') client.crashWorker();
    else if (choice === 'pageReload') window.location.reload();
    else client.send({ type: 'simulateFault', fault: choice });
  };
  return (
    <div className="fault-menu">
      <label htmlFor={id}>Simulate a fault</label>
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value as FaultChoice)}>
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={trigger}
        disabled={disabled || unavailable}
        title={unavailable ? 'Only the WebGPU backend has a GPU device to lose' : selected.how}
      >
        Trigger
      </button>
    </div>
  );
}
