/**
 * The run's checkpoints in IndexedDB: restore, delete or download one, load one from a file,
 * or save one now. A refused file shows why, next to the file field, and changes nothing.
 */
import { memo, useId } from 'react';
import { fillText } from '../content';
import type { LabConfig } from '../config/schema';
import type { CheckpointMeta } from '../protocol/reports';
import type { EngineClient, EngineState } from './engine-client';
import { PyTorchExportStatus } from './records/PyTorchExport';
import { useNow } from './phases/common';
import { useLocale, useTexts } from './locale';
import { fmt, fmtAge, fmtBytes, fmtInt } from './viz/format';
import { fill } from '../content/fill';
import { noticeText } from '../content/notices';

interface Props {
  checkpoints: CheckpointMeta[];
  client: EngineClient;
  importError: EngineState['importError'];
  /** How the last loaded file was kept. */
  imported: EngineState['imported'];
  /** The last "Export as PyTorch", shown under the list. */
  pytorchExport: EngineState['pytorchExport'];
  /** Restoring or saving is possible (a model exists and the engine is idle). */
  canAct: boolean;
  /** The sidebar's config, which a branch or fine-tune takes; null while a field is invalid. */
  startConfig?: LabConfig | null;
}

export const CheckpointManager = memo(function CheckpointManager({
  checkpoints,
  client,
  importError,
  imported,
  pytorchExport,
  canAct,
  startConfig = null,
}: Props) {
  const { checkpoint: t, ui, pytorchExport: tp, lineage: tl } = useTexts();
  const now = useNow();
  // Its numbers, ages and the refusal of a file follow the language.
  const { locale } = useLocale();
  const fileId = useId();
  const list = [...checkpoints].sort((a, b) => b.step - a.step);
  const scored = list.filter((c) => c.valLoss !== null && Number.isFinite(c.valLoss));
  const best = scored.length
    ? scored.reduce((a, b) => ((b.valLoss as number) < (a.valLoss as number) ? b : a))
    : null;

  const load = async (file: File | undefined) => {
    if (!file) return;
    client.send({ type: 'importCheckpoint', fileName: file.name, text: await file.text() });
  };

  return (
    <section className="card checkpoint-manager" aria-label={ui.cpAria} data-testid="checkpoints">
      <div className="cm-head">
        <h3>{ui.cpHeading}</h3>
        <button
          type="button"
          disabled={!canAct}
          onClick={() => client.send({ type: 'saveCheckpoint' })}
        >
          {ui.cpSaveNow}
        </button>
      </div>
      <table className="pv-table">
        <thead>
          <tr>
            <th scope="col" className="pv-num">
              {ui.cpStep}
            </th>
            <th scope="col" className="pv-num">
              {ui.cpValLoss}
            </th>
            <th scope="col" className="pv-num">
              {ui.cpSize}
            </th>
            <th scope="col">{ui.cpSaved}</th>
            <th scope="col">
              <span className="pv-sr-only">{ui.cpActions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.length === 0 && (
            <tr>
              <td colSpan={5} className="pv-muted">
                {ui.cpNone}
              </td>
            </tr>
          )}
          {list.map((c) => (
            <tr key={c.id} data-testid="checkpoint-row">
              <td className="pv-num">
                {fmtInt(c.step)}
                {c.id === best?.id && <span className="cm-best"> {ui.cpBest}</span>}
              </td>
              <td className="pv-num">{c.valLoss === null ? '—' : fmt(c.valLoss)}</td>
              <td className="pv-num">{fmtBytes(c.sizeBytes)}</td>
              <td>{fmtAge(c.createdAt, Math.max(now, c.createdAt))}</td>
              <td className="cm-actions">
                <button
                  type="button"
                  disabled={!canAct}
                  onClick={() => client.send({ type: 'restoreCheckpoint', id: c.id })}
                  aria-label={fill(ui.cpRestoreAria, { step: c.step })}
                >
                  {ui.cpRestore}
                </button>
                {(['branch', 'fineTune'] as const).map((kind) => (
                  <button
                    key={kind}
                    type="button"
                    disabled={!canAct || !startConfig}
                    title={startConfig ? tl.startFromHelp : tl.startFromInvalid}
                    onClick={() =>
                      startConfig &&
                      client.send({
                        type: 'startFrom',
                        kind,
                        checkpointId: c.id,
                        config: startConfig,
                      })
                    }
                    aria-label={fill(kind === 'branch' ? tl.branchLabel : tl.fineTuneLabel, {
                      step: c.step,
                    })}
                  >
                    {kind === 'branch' ? tl.branch : tl.fineTune}
                  </button>
                ))}
                <button
                  type="button"
                  onClick={() => client.send({ type: 'exportCheckpoint', id: c.id })}
                  aria-label={fill(ui.cpDownloadAria, { step: c.step })}
                >
                  {ui.cpDownload}
                </button>
                <button
                  type="button"
                  disabled={!canAct || pytorchExport?.status === 'preparing'}
                  onClick={() => client.exportPyTorch(c.id)}
                  aria-label={fillText(tp.checkpointButtonLabel, { step: c.step })}
                >
                  {tp.checkpointButton}
                </button>
                <button
                  type="button"
                  onClick={() => client.send({ type: 'deleteCheckpoint', id: c.id })}
                  aria-label={fill(ui.cpDeleteAria, { step: c.step })}
                >
                  {ui.cpDelete}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <PyTorchExportStatus state={pytorchExport} />
      <div className="cm-load">
        <label htmlFor={fileId}>{ui.cpLoadFile}</label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          disabled={!canAct}
          aria-invalid={importError ? true : undefined}
          onChange={(e) => {
            void load(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        {importError && (
          <p className="field-error" role="alert">
            {importError.fileName}: {noticeText(importError.notice, locale)}
          </p>
        )}
        {imported && (
          <p className="field-note" role="status" data-testid="checkpoint-imported">
            {imported.fileName}: {fillText(t.imported[imported.storedAs], imported)}
          </p>
        )}
      </div>
    </section>
  );
});
