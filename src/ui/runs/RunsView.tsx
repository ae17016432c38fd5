/**
 * "Runs": the history of every run this browser trained, as a table (sort, filter, star,
 * name, tags, note, delete with undo), export and import of all runs as one file, the
 * current run's one evaluation on the test split, and the comparison of 2 to 6 runs. The
 * history is recorded from the page's start; the table renders once the view is opened.
 * A storage failure shows above the view, opened or not.
 */
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type LabConfig, toRaw, validate } from '../../config/schema';
import { dataAvailable } from '../../data/reproduce';
import type { RunRecord } from '../../data/run-record';
import { fill } from '../../content/fill';
import type { PhaseId } from '../../protocol/phases';
import type { RunsFileProblem } from '../../data/runs-file';
import { RUNS_FORMAT } from '../../data/runs-file';
import type { EngineClient, EngineState } from '../engine-client';
import { useTexts } from '../locale';
import { midStep } from '../report-stamp';
import { downloadText } from '../records/download';
import { fmt, fmtInt, fmtPct } from '../viz/format';
import { LineageGraph } from './LineageGraph';
import { RunCompare } from './RunCompare';
import { filterRuns, type SortKey, sortRuns } from './runs-table';
import { RunsTable } from './RunsTable';
import { type ActionNote, ActionNoteLine, AuditWhy, ReproductionStatus } from './Reproduction';
import { auditFileName, auditRecordText, currentSetup } from './reproduction';
import { useRuns } from './useRuns';
import './runs.css';

const MAX_COMPARE = 6;

export interface RunsViewProps {
  client: EngineClient;
  /** The engine trains in run mode now. */
  running: boolean;
  /** The last step-mode phase (a step is half done after data … backward). */
  lastPhase: PhaseId | null;
  /** Examples in the current data set's test split (0: none). */
  testSize: number;
  testEvaluation: EngineState['testEvaluation'];
  /** The content hash of the user's data set loaded now ('' or null: none). */
  loadedDataId: string | null;
  /** Why no new run can start now (e.g. no engine yet); null when one can. */
  reproduceBlocked: string | null;
  /** Starts a new run with `config` (as Reset does) and trains it. */
  onReproduce: (config: LabConfig) => void;
}

export const RunsView = memo(function RunsView({
  client,
  running,
  lastPhase,
  testSize,
  testEvaluation,
  loadedDataId,
  reproduceBlocked,
  onReproduce,
}: RunsViewProps) {
  const t = useTexts().runs;
  const [state, runs] = useRuns(client);
  const [open, setOpen] = useState(false);
  const storage = state.storage;

  // A reproduction of a run that was paused (no stopping criterion) pauses past its steps.
  const paused = useRef<string | null>(null);
  const rep = state.reproduction;
  const child = rep?.childId ? state.runs.find((r) => r.id === rep.childId) : undefined;
  const parent = rep ? state.runs.find((r) => r.id === rep.parentId) : undefined;
  useEffect(() => {
    if (!child || !parent || parent.stopReason !== null || paused.current === child.id) return;
    if (running && child.id === state.liveId && child.step >= parent.step) {
      paused.current = child.id;
      client.send({ type: 'pause' });
    }
  }, [child, parent, running, state.liveId, client]);

  // A test result of the engine's is recorded with its run, once.
  useEffect(() => {
    if (testEvaluation)
      runs.setTest(testEvaluation.runId, {
        step: testEvaluation.step,
        loss: Number.isFinite(testEvaluation.loss) ? testEvaluation.loss : null,
        accuracy: Number.isFinite(testEvaluation.accuracy) ? testEvaluation.accuracy : null,
        examples: testEvaluation.examples,
        at: Date.now(),
      });
  }, [testEvaluation, runs]);

  return (
    <>
      {storage && (
        <p className="notice notice-error" role="alert" data-testid="runs-storage">
          {storage.kind === 'quota'
            ? fill(t.quota, { what: storage.what })
            : fill(t.storageError, { what: storage.what, detail: storage.detail })}
        </p>
      )}
      <details
        className="card runs-view"
        data-testid="runs-view"
        onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          <h3>{t.heading}</h3>
          <span className="muted">{fill(t.count, { count: state.runs.length })}</span>
        </summary>
        {open && (
          <RunsPanel
            client={client}
            running={running}
            lastPhase={lastPhase}
            testSize={testSize}
            loadedDataId={loadedDataId}
            reproduceBlocked={reproduceBlocked}
            onReproduce={onReproduce}
          />
        )}
      </details>
    </>
  );
});

/** The problem of a runs file, worded. */
function problemText(t: ReturnType<typeof useTexts>['runs'], p: RunsFileProblem): string {
  const at = p.at || t.wholeFile;
  switch (p.kind) {
    case 'json':
      return fill(t.importProblemJson, { at, detail: p.detail });
    case 'format':
      return fill(t.importProblemFormat, { at, format: RUNS_FORMAT });
    case 'duplicate':
      return fill(t.importProblemDuplicate, { at, detail: p.detail });
    case 'tooLarge':
      return fill(t.importProblemTooLarge, { detail: fmtInt(Number(p.detail)) });
    case 'missing':
      return fill(t.importProblemMissing, { at, expected: p.detail });
    case 'type':
      return fill(t.importProblemType, { at, expected: p.detail });
    case 'value':
      return fill(t.importProblem, { at, detail: p.detail });
  }
}

function RunsPanel({
  client,
  running,
  lastPhase,
  testSize,
  loadedDataId,
  reproduceBlocked,
  onReproduce,
}: {
  client: EngineClient;
  running: boolean;
  lastPhase: PhaseId | null;
  testSize: number;
  loadedDataId: string | null;
  reproduceBlocked: string | null;
  onReproduce: (config: LabConfig) => void;
}) {
  const t = useTexts().runs;
  const tr = useTexts().reproduce;
  const [note, setNote] = useState<ActionNote | null>(null);
  const [state, runs] = useRuns(client);
  const filterId = useId();
  const [query, setQuery] = useState('');
  const [starredOnly, setStarredOnly] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'started',
    descending: true,
  });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [testNote, setTestNote] = useState<string | null>(null);
  /** The run opened from the lineage graph. */
  const [focusId, setFocusId] = useState<string | null>(null);
  /** A run clicked in the graph: shown in the table (filter cleared) and selected. */
  const openRun = (id: string) => {
    setQuery('');
    setStarredOnly(false);
    setFocusId(id);
    setSelected((s) => new Set(s).add(id));
  };

  const shown = useMemo(
    () => sortRuns(filterRuns(state.runs, query, starredOnly), sort.key, sort.descending),
    [state.runs, query, starredOnly, sort],
  );
  const compared = useMemo(
    () => state.runs.filter((r) => selected.has(r.id)),
    [state.runs, selected],
  );
  const live = state.runs.find((r) => r.id === state.liveId) ?? null;
  // The engine measures only between two steps, with the run paused or stopped.
  const testBlocked =
    testSize === 0
      ? t.testNone
      : running
        ? t.testNeedsPause
        : midStep(lastPhase)
          ? t.testNeedsStepEnd
          : null;

  const evaluateTest = () => {
    if (!live) return;
    if (live.test) {
      setTestNote(fill(t.testAlready, { step: fmtInt(live.test.step) }));
      return;
    }
    setTestNote(t.testRunning);
    client.send({ type: 'evaluateTest' });
  };
  const testResult = live?.test
    ? live.test.accuracy !== null
      ? fill(t.testResult, {
          loss: fmt(live.test.loss, 4),
          accuracy: fmtPct(live.test.accuracy),
          examples: fmtInt(live.test.examples),
          step: fmtInt(live.test.step),
        })
      : fill(t.testResultNoAccuracy, {
          loss: fmt(live.test.loss, 4),
          examples: fmtInt(live.test.examples),
          step: fmtInt(live.test.step),
        })
    : null;
  const imported = state.imported;

  /** Trains `r`'s config, seed and data again, or says why that cannot be done here. */
  const reproduce = (r: RunRecord) => {
    if (!dataAvailable(r.data, loadedDataId)) {
      const hash = r.data.contentHash ?? '';
      setNote({
        error: true,
        text: fill(tr.otherData, { name: r.name, dataset: r.data.dataset, hash }),
      });
      return;
    }
    const { config, errors } = validate(toRaw(r.config as unknown as LabConfig));
    if (!config) {
      const fields = Object.keys(errors).join(', ');
      setNote({ error: true, text: fill(tr.configInvalid, { name: r.name, fields }) });
      return;
    }
    setNote(null);
    runs.startReproduction(r.id);
    onReproduce(config);
  };

  /** Hashes the run's weights in the engine, then saves its audit record. */
  const exportAudit = async (r: RunRecord) => {
    setNote({ error: false, text: fill(tr.auditPreparing, { name: r.name }) });
    const weights = await client.digestWeights(r.id);
    const at = Date.now();
    const fileName = auditFileName(r, at);
    downloadText(fileName, await auditRecordText(r, weights, at), 'application/json');
    const args = { name: r.name, fileName };
    setNote({
      error: false,
      text: !weights
        ? fill(tr.auditNoWeights, args)
        : weights.step !== r.step
          ? fill(tr.auditNotFinal, { ...args, step: fmtInt(weights.step), last: fmtInt(r.step) })
          : fill(tr.auditDone, args),
    });
  };
  const rep = state.reproduction;

  return (
    <div className="runs-panel">
      <p className="muted">{t.intro}</p>
      <div className="runs-toolbar">
        <label htmlFor={filterId}>
          {t.filter}{' '}
          <input
            id={filterId}
            type="search"
            value={query}
            placeholder={t.filterPlaceholder}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={starredOnly}
            onChange={(e) => setStarredOnly(e.target.checked)}
          />{' '}
          {t.starredOnly}
        </label>
        <button
          type="button"
          disabled={state.runs.length === 0}
          onClick={() =>
            downloadText(
              `training-runs-${new Date().toISOString().slice(0, 10)}.json`,
              runs.exportText(),
              'application/json',
            )
          }
        >
          {t.exportAll}
        </button>
        <label className="runs-import">
          {t.importFile}{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="runs-import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void file.text().then((text) => runs.importFile(file.name, text));
            }}
          />
        </label>
      </div>
      {imported && (
        <div
          className={`notice ${imported.ok ? '' : 'notice-error'}`}
          role="status"
          data-testid="runs-imported"
        >
          {imported.ok ? (
            fill(t.imported, { count: imported.count, fileName: imported.fileName })
          ) : (
            <>
              {fill(t.importRefused, { fileName: imported.fileName })}
              <ul>
                {imported.problems.map((p, i) => (
                  <li key={i}>{problemText(t, p)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {state.deleted.length > 0 && (
        <p className="notice" role="status" data-testid="runs-deleted">
          {fill(t.deleted, { names: state.deleted.map((r) => r.name).join(', ') })}{' '}
          <button type="button" className="inline" onClick={() => runs.undoDelete()}>
            {t.undo}
          </button>
        </p>
      )}
      {live && (
        <div className="runs-test">
          <button
            type="button"
            disabled={testBlocked !== null}
            title={testBlocked ?? t.testHelp}
            onClick={evaluateTest}
          >
            {t.test}
          </button>{' '}
          <span className="muted">{testBlocked ?? t.testHelp}</span>
          {(testResult || testNote) && (
            <p role="status" data-testid="runs-test-result">
              {testResult}
              {testNote && testNote !== t.testRunning ? (
                <> {testNote}</>
              ) : !testResult && testNote ? (
                testNote
              ) : null}
            </p>
          )}
        </div>
      )}
      {rep && (
        <ReproductionStatus
          parent={state.runs.find((r) => r.id === rep.parentId)}
          child={state.runs.find((r) => r.id === rep.childId)}
          stopped={!(running && rep.childId === state.liveId)}
          setup={currentSetup(client.getState())}
        />
      )}
      <ActionNoteLine note={note} />
      {!state.loaded ? (
        <p className="muted">{t.loading}</p>
      ) : state.runs.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <RunsTable
          runs={shown}
          liveId={state.liveId}
          liveRunning={running}
          selected={selected}
          onSelect={(id, on) => {
            const next = new Set(selected);
            if (on) next.add(id);
            else next.delete(id);
            setSelected(next);
          }}
          sort={sort}
          onSort={(key) =>
            setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }))
          }
          onAnnotate={(id, patch) => runs.annotate(id, patch)}
          onDelete={(id) => runs.remove([id])}
          onReproduce={reproduce}
          reproduceBlocked={reproduceBlocked}
          onExportAudit={(r) => void exportAudit(r)}
          focusId={focusId}
        />
      )}
      {state.loaded && (
        <LineageGraph runs={state.runs} liveId={state.liveId} focusId={focusId} onOpen={openRun} />
      )}
      <AuditWhy />
      {compared.length < 2 ? (
        <p className="muted">{t.selectHint}</p>
      ) : compared.length > MAX_COMPARE ? (
        <p className="muted">{fill(t.tooMany, { count: compared.length })}</p>
      ) : (
        <RunCompare runs={compared} />
      )}
    </div>
  );
}
