/** "Simulate a fault": each one is detected the way the app would detect a real one. */
import { useId, useState } from 'react';
import { texts } from '../content';
import type { BackendName } from '../protocol/messages';
import type { IncidentKind } from '../protocol/timeline';
import type { EngineClient } from './engine-client';

const CHOICES: readonly IncidentKind[] = ['workerCrash', 'deviceLost', 'pageReload', 'nanWeights'];

export function FaultMenu({
  client,
  backend,
  disabled,
}: {
  client: EngineClient;
  backend: BackendName | null;
  disabled: boolean;
}) {
  const t = texts().faults;
  const [choice, setChoice] = useState<IncidentKind>('workerCrash');
  const id = useId();
  const unavailable = choice === 'deviceLost' && backend !== 'webgpu';
  const trigger = () => {
    if (choice === 'workerCrash') client.crashWorker();
    else if (choice === 'pageReload') window.location.reload();
    else client.send({ type: 'simulateFault', fault: choice });
  };
  return (
    <div className="fault-menu">
      <label htmlFor={id}>{t.label}</label>
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value as IncidentKind)}>
        {CHOICES.map((c) => (
          <option key={c} value={c}>
            {t.choices[c].label}
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={trigger}
        disabled={disabled || unavailable}
        title={unavailable ? t.webgpuOnly : t.choices[choice].how}
      >
        {t.trigger}
      </button>
    </div>
  );
}
