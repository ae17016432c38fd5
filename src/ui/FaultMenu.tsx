/**
 * "Simulate a fault": each one is detected the way the app would detect a real one. A menu
 * of the top bar (like the scenarios): the fault to cause and the button that causes it.
 */
import { useRef, useState } from 'react';
import type { BackendName } from '../protocol/messages';
import type { IncidentKind } from '../protocol/timeline';
import type { EngineClient } from './engine-client';
import { useTexts } from './locale';

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
  const t = useTexts().faults;
  const [choice, setChoice] = useState<IncidentKind>('workerCrash');
  const menu = useRef<HTMLDetailsElement>(null);
  const unavailable = choice === 'deviceLost' && backend !== 'webgpu';
  const trigger = () => {
    if (menu.current) menu.current.open = false;
    if (choice === 'workerCrash') client.crashWorker();
    else if (choice === 'pageReload') window.location.reload();
    else client.send({ type: 'simulateFault', fault: choice });
  };
  return (
    <details className="fault-menu" ref={menu}>
      <summary>{t.label}</summary>
      <div className="fault-menu-panel">
        <select
          aria-label={t.label}
          value={choice}
          onChange={(e) => setChoice(e.target.value as IncidentKind)}
        >
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
    </details>
  );
}
