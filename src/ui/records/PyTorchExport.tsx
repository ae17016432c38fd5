/**
 * "Export as PyTorch": asks the engine for the run as it stands and downloads the project the
 * pure generator writes from it (src/data/pytorch-export); {@link PyTorchExportStatus} says
 * how the last export went, wherever it was started (here or in the checkpoint panel).
 */
import { fillText } from '../../content';
import type { EngineClient } from '../engine-client';
import { useTexts } from '../locale';
import { fmtBytes } from '../viz/format';
import type { PyTorchExportState } from './pytorch-download';

/** The last export's progress, outcome or refusal, as a status line (an alert when it failed). */
export function PyTorchExportStatus({ state }: { state: PyTorchExportState | null }) {
  const t = useTexts().pytorchExport;
  if (!state) return null;
  switch (state.status) {
    case 'preparing':
      return (
        <p className="field-note" role="status" data-testid="pytorch-export-status">
          {t.preparing}
        </p>
      );
    case 'done':
      return (
        <p className="field-note" role="status" data-testid="pytorch-export-status">
          {fillText(t.done, { fileName: state.fileName, size: fmtBytes(state.bytes) })}
        </p>
      );
    case 'refused':
      return (
        <p className="field-error" role="alert" data-testid="pytorch-export-status">
          {t.refusals[state.refusal]}
        </p>
      );
    case 'failed':
      return (
        <p className="field-error" role="alert" data-testid="pytorch-export-status">
          {fillText(t.failed, { message: state.message })}
        </p>
      );
  }
}

/** The button that exports the run as it stands, with what it does and how it went. */
export function PyTorchExport({
  client,
  state,
  canAct,
}: {
  client: EngineClient;
  state: PyTorchExportState | null;
  /** The engine is idle (not running, no command pending). */
  canAct: boolean;
}) {
  const t = useTexts().pytorchExport;
  return (
    <section className="pytorch-export" aria-label={t.button}>
      <h4>{t.heading}</h4>
      <p className="muted">{t.intro}</p>
      <button
        type="button"
        disabled={!canAct || state?.status === 'preparing'}
        onClick={() => client.exportPyTorch(null)}
      >
        {t.button}
      </button>
      <PyTorchExportStatus state={state} />
    </section>
  );
}
