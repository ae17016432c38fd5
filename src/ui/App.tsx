/** The lab: sidebar of hyperparameters, controls, the nine phases and the live curves. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  DEFAULT_CONFIG,
  type FieldKey,
  type LabConfig,
  type RawConfig,
  resetFieldsChanged,
  switchTask,
  type TaskId,
  taskDefaults,
  toRaw,
  validate,
} from '../config/schema';
import { readSearch, searchFromConfig } from '../config/url';
import { fillText, textContext } from '../content';
import { fill } from '../content/fill';
import type { OwnData } from '../data/own-data';
import { isViewablePhase, type PhaseId } from '../protocol/phases';
import { BackendBadge, FallbackNotice } from './BackendBadge';
import { CheckpointManager } from './CheckpointManager';
import { type ControlId, controlState, shortcut } from './controls';
import { FaultMenu } from './FaultMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { useLocale, useTexts } from './locale';
import { LossCharts } from './LossCharts';
import { LrFinder } from './lr-find/LrFinder';
import { ModelCard } from './ModelCard';
import { PanelBoundary } from './PanelBoundary';
import { DataLoader } from './own-data/DataLoader';
import { PhaseRail } from './PhaseRail';
import { PhaseView } from './phases';
import { ModelCardExport } from './records/ModelCardExport';
import { RunCost } from './records/RunCost';
import { ScaleView } from './scale/ScaleView';
import { describeStamp, midStep } from './report-stamp';
import { Sidebar } from './Sidebar';
import { StatusLine } from './StatusLine';
import { Tour } from './tour/Tour';
import { mergeTimeline, Timeline } from './Timeline';
import { UrlNotices } from './UrlNotices';
import { useEngine } from './useEngine';

/** The config to start with: the URL's valid values, defaults for the rest. */
function startingConfig(raw: RawConfig): LabConfig {
  const { config, errors } = validate(raw);
  if (config) return config;
  const repaired = { ...raw };
  // Invalid fields take the defaults of the URL's task (of the default task if that is invalid).
  const defaults = taskDefaults(errors.task ? DEFAULT_CONFIG.task : (raw.task as TaskId));
  for (const key of Object.keys(errors) as FieldKey[]) repaired[key] = String(defaults[key]);
  return validate(repaired).config ?? DEFAULT_CONFIG;
}

export function App() {
  const [start] = useState(() => {
    const { raw, backend, notices } = readSearch(window.location.search);
    return { raw, config: startingConfig(raw), backend, notices };
  });
  const [raw, setRaw] = useState<RawConfig>(start.raw);
  const { config, errors } = useMemo(() => validate(raw), [raw]);
  const [builtConfig, setBuiltConfig] = useState<LabConfig>(start.config);
  const [engine, client] = useEngine(start.config, start.backend);
  const [pinned, setPinned] = useState<PhaseId | null>(null);
  // A restored run brings its own config: the sidebar shows it (derived during render).
  const [seenRunVersion, setSeenRunVersion] = useState(0);
  if (engine.runVersion !== seenRunVersion) {
    setSeenRunVersion(engine.runVersion);
    const rc = engine.runConfig;
    // …and so does a run on the example when the URL's data set is not in this browser.
    const dataFellBack = rc?.task === 'table' && rc.dataId !== builtConfig.dataId;
    if (rc && (engine.restoredFrom || dataFellBack)) {
      setRaw(toRaw(rc));
      setBuiltConfig(rc);
    }
  }
  const t = useTexts();
  const { urlLang } = useLocale();

  const status = engine.status;
  const running = status?.running ?? false;
  const ready = engine.backend !== null && status !== null;
  const fresh = status !== null && status.step === 0 && status.lastPhase === null && !running;
  const hasErrors = Object.keys(errors).length > 0;
  const pendingReset = useMemo(
    () => (config ? resetFieldsChanged(builtConfig, config) : []),
    [config, builtConfig],
  );

  const reset = useCallback(
    (next: LabConfig) => {
      client.send({ type: 'reset', config: next });
      setBuiltConfig(next);
      setPinned(null);
    },
    [client],
  );

  /**
   * A field changed: live fields reach the running model at once; the rest wait for a reset,
   * which happens right away while nothing has been trained yet.
   */
  const applyRaw = useCallback(
    (nextRaw: RawConfig) => {
      // Another task always starts a new run.
      const newTask = nextRaw.task !== raw.task;
      setRaw(nextRaw);
      const next = validate(nextRaw).config;
      if (!next || !ready) return;
      if (newTask || (fresh && resetFieldsChanged(builtConfig, next).length > 0)) reset(next);
      else client.send({ type: 'updateLive', config: next });
    },
    [raw, ready, fresh, builtConfig, reset, client],
  );
  const changeField = useCallback(
    (key: FieldKey, value: string) =>
      // Another task brings its own defaults.
      applyRaw(
        key === 'task' && value !== raw.task
          ? switchTask(raw, value as TaskId)
          : { ...raw, [key]: value },
      ),
    [raw, applyRaw],
  );
  /** A checked data set of the user's: the engine stores it, and a new run trains on it. */
  const trainOnOwnData = useCallback(
    (data: OwnData) => {
      client.send({ type: 'storeData', data });
      const base = raw.task === 'table' ? raw : switchTask(raw, 'table');
      const nextRaw = { ...base, task: 'table', dataId: data.id };
      setRaw(nextRaw);
      const next = validate(nextRaw).config;
      if (next) reset(next);
    },
    [raw, client, reset],
  );
  const deleteCheckpoint = useCallback(
    (id: string) => client.send({ type: 'deleteCheckpoint', id }),
    [client],
  );

  useEffect(() => {
    if (config) client.setConfig(config);
  }, [client, config]);

  // The URL always describes the current valid config.
  useEffect(() => {
    if (config)
      window.history.replaceState(
        null,
        '',
        searchFromConfig(config, start.backend, urlLang) || window.location.pathname,
      );
  }, [config, start.backend, urlLang]);

  // Another tab's run, shown read-only, is not trained here.
  const readOnly = status?.readOnly ?? false;
  // Pause lets the GPU finish the steps already queued: until the run stops, say so.
  const [pauseRequested, setPauseRequested] = useState(false);
  if (pauseRequested && !running) setPauseRequested(false);
  const pausing = pauseRequested && running;
  const finished = status?.finished != null;
  const can = useMemo(
    () =>
      controlState({
        ready,
        running,
        pending: engine.pending,
        hasErrors,
        finished,
        pausing,
        readOnly,
      }),
    [ready, running, engine.pending, hasErrors, finished, pausing, readOnly],
  );
  const canRun = can.run;
  const nextPhase = useCallback(() => {
    setPinned(null);
    client.send({ type: 'nextPhase' });
  }, [client]);
  const act = useCallback(
    (id: ControlId) => {
      if (id === 'nextPhase') nextPhase();
      else if (id === 'run') client.send({ type: 'run' });
      else if (id === 'pause') {
        setPauseRequested(true);
        client.send({ type: 'pause' });
      } else if (config) reset(config);
    },
    [client, nextPhase, config, reset],
  );

  // Keyboard: N = next phase, R = run / pause (not while typing in a field), each exactly
  // when its button is enabled.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, select, textarea') || e.ctrlKey || e.metaKey || e.altKey) return;
      const id = shortcut(e.key, can, running);
      if (id) act(id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [can, running, act]);

  const source = engine.dataset?.source ?? null;
  // The teaching texts follow the task, model and loss on screen: the panels those of the
  // run they show, the sidebar those of its own fields (a table's kind is its data's).
  const runConfig = engine.runConfig ?? builtConfig;
  const problem = engine.dataset
    ? engine.dataset.classes === 0
      ? ('regression' as const)
      : ('classification' as const)
    : undefined;
  const phaseContext = useMemo(
    () => textContext(runConfig.task, runConfig.model, problem),
    [runConfig.task, runConfig.model, problem],
  );
  const sidebarContext = useMemo(
    () => textContext(raw.task, raw.model, source?.kind),
    [raw.task, raw.model, source?.kind],
  );
  // A regression's evaluations measure no accuracy: no accuracy chart or status item.
  const hasAccuracy = engine.dataset ? engine.dataset.classes > 0 : true;
  const canUseData = engine.backend !== null && !running;
  const slots = useMemo(
    () => ({
      dataId: (
        <PanelBoundary name={t.ui.panelDataSet} resetKey={source}>
          <DataLoader source={source} canUse={canUseData} onUse={trainOnOwnData} />
        </PanelBoundary>
      ),
    }),
    [source, canUseData, trainOnOwnData, t],
  );

  // The learning-rate finder under the learning-rate field; "Use this rate" types into it.
  const lrFinder = useMemo(
    () => ({
      learningRate: (
        <PanelBoundary name={t.ui.lrFindHeading} resetKey={engine.lrFind}>
          <LrFinder
            report={engine.lrFind}
            step={status?.step ?? null}
            ready={ready}
            running={running}
            onFind={(settings) => client.send({ type: 'findLearningRate', settings })}
            onCancel={() => client.send({ type: 'cancelLrFind' })}
            onUse={(text) => changeField('learningRate', text)}
          />
        </PanelBoundary>
      ),
    }),
    [engine.lrFind, status?.step, ready, running, client, changeField, t],
  );

  const shown: PhaseId =
    pinned ?? (running ? 'evaluation' : (status?.lastPhase ?? 'initialization'));
  const shownReport = engine.reports[shown];
  const shownStamp = engine.stamps[shown];
  const stamp = useMemo(
    () =>
      shownStamp && status
        ? describeStamp(shown, shownStamp, {
            step: status.step,
            running,
            betweenSteps: !midStep(status.lastPhase),
          })
        : null,
    [shown, shownStamp, status, running],
  );
  // A paused run computes the panel it shows at its current step, once per phase and step.
  const viewAsked = useRef('');
  // …also one that never ran: after run mode, whose fused steps report no phase.
  const neverRan =
    !shownReport &&
    !running &&
    status !== null &&
    status.step > 0 &&
    status.lastPhase !== null &&
    !midStep(status.lastPhase);
  const wantView =
    (stamp?.refresh === true || neverRan) && !engine.pending && isViewablePhase(shown);
  useEffect(() => {
    if (!wantView || !status || !isViewablePhase(shown)) return;
    const key = `${status.runId}:${shown}:${status.step}`;
    if (viewAsked.current === key) return;
    viewAsked.current = key;
    client.send({ type: 'viewPhase', phase: shown });
  }, [wantView, shown, status, client]);
  // The checkpoint list comes from the store, so deletions show at once.
  const checkpoints = engine.checkpoints;
  const timeline = useMemo(
    () => mergeTimeline(engine.warnings, engine.incidents),
    [engine.warnings, engine.incidents],
  );
  const reportToShow = useMemo(
    () => (shownReport?.phase === 'checkpoint' ? { ...shownReport, checkpoints } : shownReport),
    [shownReport, checkpoints],
  );

  return (
    <div className="app">
      <a className="skip-link" href="#phases">
        {t.ui.skipToPhases}
      </a>
      <header className="topbar">
        <h1>Training Run Lab</h1>
        <BackendBadge backend={engine.backend} />
        <div className="controls" role="toolbar" aria-label="Run controls">
          <button type="button" className="primary" onClick={() => act('run')} disabled={!canRun}>
            Run
          </button>
          <button
            type="button"
            onClick={() => act('pause')}
            disabled={!can.pause}
            aria-label="Pause"
          >
            {pausing ? t.ui.pausingButton : 'Pause'}
          </button>
          <button type="button" onClick={() => act('nextPhase')} disabled={!can.nextPhase}>
            Next phase
          </button>
          <button
            type="button"
            onClick={() => act('reset')}
            disabled={!can.reset}
            title="A new model from the sidebar's settings"
          >
            Reset
          </button>
        </div>
        <FaultMenu
          client={client}
          backend={engine.backend?.name ?? null}
          disabled={!ready || readOnly}
        />
        {pausing && config && (
          <p className="controls-note" role="status" data-testid="pausing">
            {fill(t.ui.pausing, { readbackInterval: config.readbackInterval })}
          </p>
        )}
        <Tour onShowPhase={setPinned} />
        <LanguageSwitch />
        {hasErrors && (
          <p className="controls-note" role="status">
            Fix the highlighted {Object.keys(errors).length === 1 ? 'field' : 'fields'} to train.
          </p>
        )}
      </header>
      <PanelBoundary name={t.ui.panelStatus} resetKey={status}>
        <StatusLine status={status} hasAccuracy={hasAccuracy} />
      </PanelBoundary>
      <FallbackNotice backend={engine.backend} />
      <UrlNotices notices={start.notices} />
      {engine.error && (
        <p className="notice notice-error" role="alert">
          {engine.error}
        </p>
      )}
      {engine.recovery && (
        <p className="notice notice-warn" role="status" data-testid="recovery">
          <strong>Fault:</strong> {engine.recovery.message}{' '}
          {engine.recovery.auto ? (
            'Resuming from the last checkpoint…'
          ) : (
            <>
              Auto-resume is off.{' '}
              <button type="button" className="inline" onClick={() => client.recover()}>
                Resume from the last checkpoint
              </button>
            </>
          )}
        </p>
      )}
      {engine.unfinished && (
        <p className="notice notice-warn" role="status" data-testid="unfinished-run">
          An unfinished run was found in this browser: it reached step {engine.unfinished.lastStep}
          {engine.unfinished.checkpointStep !== null &&
            `, last checkpoint at step ${engine.unfinished.checkpointStep}`}
          .{' '}
          <button type="button" className="inline" onClick={() => client.resumeUnfinished()}>
            Resume it
          </button>{' '}
          <button type="button" className="inline" onClick={() => client.discardUnfinished()}>
            Discard
          </button>
        </p>
      )}
      {engine.elsewhere && (
        <p className="notice notice-warn" role="status" data-testid="other-tab-run">
          {fillText(t.ui.otherTabRun, { step: engine.elsewhere.lastStep })}{' '}
          <button type="button" className="inline" onClick={() => client.openElsewhereReadOnly()}>
            {t.ui.openReadOnly}
          </button>{' '}
          <button type="button" className="inline" onClick={() => client.dismissElsewhere()}>
            {t.ui.startNewRun}
          </button>
        </p>
      )}
      {readOnly && engine.restoredFrom && (
        <p className="notice" role="status" data-testid="read-only">
          {fillText(t.ui.readOnlyNote, { step: engine.restoredFrom.step })}
        </p>
      )}
      {engine.restoredFrom &&
        status &&
        status.step === engine.restoredFrom.step &&
        !running &&
        !readOnly && (
          <p className="notice" role="status" data-testid="restored">
            Restored from the checkpoint at step {engine.restoredFrom.step}: weights, optimizer
            state, data position, random generators and history are as they were then.
          </p>
        )}
      {status?.finished && (
        <p className="notice notice-stop" data-testid="stop-reason" role="status">
          <strong>Run stopped.</strong> {status.finished.reason}
          {engine.stopped?.criteria.some((c) => c.id === 'nonFinite' && c.fires) && (
            <> {t.ui.nonFiniteHint}</>
          )}
        </p>
      )}
      <div className="layout">
        <PanelBoundary name={t.ui.panelSidebar} resetKey={raw}>
          <Sidebar
            raw={raw}
            errors={errors}
            pendingReset={pendingReset}
            onChange={changeField}
            slots={slots}
            after={lrFinder}
            context={sidebarContext}
            onImport={applyRaw}
            config={config}
            step={status?.step ?? null}
          />
        </PanelBoundary>
        <main className="main">
          <PanelBoundary name={t.ui.panelPhaseRail} resetKey={status}>
            <PhaseRail
              lastPhase={status?.lastPhase ?? null}
              nextPhase={status?.nextPhase ?? 'initialization'}
              shown={shown}
              hasReport={(p) => engine.reports[p] !== undefined}
              onShow={setPinned}
              runNote={
                running && config
                  ? fill(t.ui.runRail, {
                      evalInterval: config.evalInterval,
                      checkpointInterval: config.checkpointInterval,
                      readbackInterval: config.readbackInterval,
                    })
                  : null
              }
            />
          </PanelBoundary>
          <p className={`mode-note ${running ? 'mode-run' : 'mode-step'}`}>
            <strong>{running ? 'Run mode' : 'Step mode'}:</strong>{' '}
            {running ? t.ui.runModeNote : t.ui.stepModeNote}
          </p>
          <div className="workspace">
            <div className="phase-column">
              {engine.dataset && engine.model ? (
                <PanelBoundary name={t.ui.panelPhase} resetKey={reportToShow}>
                  <PhaseView
                    phase={shown}
                    report={reportToShow}
                    dataset={engine.dataset}
                    model={engine.model}
                    context={phaseContext}
                    stamp={stamp}
                    onDeleteCheckpoint={deleteCheckpoint}
                  />
                </PanelBoundary>
              ) : (
                <p className="muted">Preparing the data set…</p>
              )}
              {shown === 'checkpoint' && (
                <PanelBoundary name={t.ui.panelCheckpoints} resetKey={engine.checkpoints}>
                  <CheckpointManager
                    checkpoints={engine.checkpoints}
                    client={client}
                    importError={engine.importError}
                    imported={engine.imported}
                    canAct={ready && !running && !engine.pending && !readOnly}
                  />
                </PanelBoundary>
              )}
            </div>
            <div className="side-column">
              <PanelBoundary name={t.ui.panelLossCharts} resetKey={engine.series}>
                <LossCharts
                  series={engine.series}
                  hasAccuracy={hasAccuracy}
                  marks={engine.liveMarks}
                />
              </PanelBoundary>
              <PanelBoundary name={t.ui.panelTimeline} resetKey={timeline}>
                <Timeline events={timeline} />
              </PanelBoundary>
              {engine.model && (
                <PanelBoundary name={t.ui.panelModel} resetKey={engine.model}>
                  <ModelCard model={engine.model} context={phaseContext}>
                    <ModelCardExport
                      config={runConfig}
                      model={engine.model}
                      dataset={engine.dataset}
                      status={status}
                      backend={engine.backend}
                    />
                  </ModelCard>
                </PanelBoundary>
              )}
              {engine.model && status && (
                <RunCost
                  flopsPerStep={engine.model.flopsPerStep}
                  steps={status.step}
                  elapsedMs={status.elapsedMs}
                />
              )}
            </div>
          </div>
          {engine.model && (
            <ScaleView
              model={engine.model}
              batchSize={runConfig.batchSize}
              optimizer={runConfig.optimizer}
              steps={status?.step ?? 0}
              measuredBytes={status?.memory.numBytes ?? null}
            />
          )}
          <details className="card simplifications">
            <summary>Where this simulator simplifies</summary>
            {t.ui.simplifications
              .split('\n')
              .slice(1)
              .map((line) => (
                <p key={line}>{line}</p>
              ))}
          </details>
        </main>
      </div>
    </div>
  );
}
