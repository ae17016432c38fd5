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
import type { ScenarioId } from '../config/scenarios';
import { readSearch, searchFromConfig } from '../config/url';
import { fillText, stopReasonText, textContext } from '../content';
import { fill } from '../content/fill';
import { noticeText } from '../content/notices';
import type { OwnData } from '../data/own-data';
import { LOCALES } from '../config/locale';
import { isViewablePhase, type PhaseId } from '../protocol/phases';
import { BackendBadge, FallbackNotice } from './BackendBadge';
import { BackendMenu } from './calibration/BackendMenu';
import { CalibrationPanel } from './calibration/CalibrationPanel';
import { CheckpointManager } from './CheckpointManager';
import { type ControlId, controlState, keyAction } from './controls';
import { FaultMenu } from './FaultMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { KeysHelp, KeysStrip } from './lecture/KeysHelp';
import { LectureControls, toggleFullscreen } from './lecture/LectureControls';
import { PhaseChangeNote } from './lecture/PhaseChangeNote';
import { ScenarioMenu, ScenarioNote } from './lecture/ScenarioMenu';
import { useSlowMotion } from './lecture/useSlowMotion';
import './lecture/lecture.css';
import { useLocale, useTexts } from './locale';
import { LossCharts } from './LossCharts';
import { LrFinder } from './lr-find/LrFinder';
import { ModelCard } from './ModelCard';
import { PanelBoundary } from './PanelBoundary';
import { DataLoader } from './own-data/DataLoader';
import { PhaseRail } from './PhaseRail';
import { PhaseView } from './phases';
import { ModelCardExport } from './records/ModelCardExport';
import { PyTorchExport } from './records/PyTorchExport';
import { RunCost } from './records/RunCost';
import { RunsView } from './runs/RunsView';
import { ScaleView } from './scale/ScaleView';
import { StudiesView } from './studies/StudiesView';
import { describeStamp, midStep } from './report-stamp';
import { Sidebar } from './Sidebar';
import { StatusLine } from './StatusLine';
import { Tour } from './tour/Tour';
import { mergeTimeline, Timeline } from './Timeline';
import { OfflineNotice } from './OfflineNotice';
import { UrlNotices } from './UrlNotices';
import { useEngine } from './useEngine';
import { dataPipelineOf, DataPipelineSection } from './phases/DataPipelineSection';
import { lastChangeOf, SCHEDULE_KEYS } from './live-changes';

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
    const { raw, backend, notices, present, scenario } = readSearch(window.location.search);
    return { raw, config: startingConfig(raw), backend, notices, present, scenario };
  });
  const [raw, setRaw] = useState<RawConfig>(start.raw);
  const { config, errors } = useMemo(() => validate(raw), [raw]);
  const [builtConfig, setBuiltConfig] = useState<LabConfig>(start.config);
  const [engine, client] = useEngine(start.config, start.backend);
  // The backend asked for (the URL's, then the backend menu's): kept in the URL.
  const [backendAsked, setBackendAsked] = useState(start.backend);
  const [pinned, setPinned] = useState<PhaseId | null>(null);
  // Lecture mode (URL present=1), the scenario loaded last, the list of keys.
  const [present, setPresent] = useState(start.present);
  const [scenario, setScenario] = useState<ScenarioId | null>(start.scenario ?? null);
  const [keysShown, setKeysShown] = useState(false);
  // A restored run brings its own config: the sidebar shows it (derived during render).
  const [seenRunVersion, setSeenRunVersion] = useState(0);
  if (engine.runVersion !== seenRunVersion) {
    setSeenRunVersion(engine.runVersion);
    const rc = engine.runConfig;
    // …and so does a run on the example when the URL's data set is not in this browser.
    const dataFellBack = rc?.task === 'table' && rc.dataId !== builtConfig.dataId;
    if (rc && (engine.restoredFrom || engine.runOrigin || dataFellBack)) {
      setRaw(toRaw(rc));
      setBuiltConfig(rc);
    }
  }
  const t = useTexts();
  const { urlLang, locale, setLocale } = useLocale();

  const status = engine.status;
  // The schedule plot's overlay: the rates the run used, and where a live change applies from.
  const { series, liveMarks } = engine;
  const schedule = useMemo(
    () => ({
      recorded: series.log.get('learningRate'),
      version: series.version,
      changedAt: config ? lastChangeOf(liveMarks, SCHEDULE_KEYS, config) : null,
    }),
    [series, liveMarks, config],
  );
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
  /** A config from elsewhere (a study's run) in the sidebar, as loading a config file does. */
  const openConfig = useCallback((c: LabConfig) => applyRaw(toRaw(c)), [applyRaw]);
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
        searchFromConfig(config, backendAsked, urlLang, present, scenario ?? undefined) ||
          window.location.pathname,
      );
  }, [config, backendAsked, urlLang, present, scenario]);

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

  const slow = useSlowMotion({
    canNext: can.nextPhase,
    stop: running || finished,
    onNext: nextPhase,
  });

  /** A recorded run's config (and seed) in the sidebar, trained again from scratch. */
  const reproduceRun = useCallback(
    (next: LabConfig) => {
      setRaw(toRaw(next));
      reset(next);
      client.send({ type: 'run' });
    },
    [reset, client],
  );

  /** A scenario's config link replaces the sidebar and starts a new run (as Reset does). */
  const loadScenario = useCallback(
    (id: ScenarioId, query: string) => {
      const nextRaw = readSearch(`?${query}`).raw;
      setRaw(nextRaw);
      setScenario(id);
      const next = validate(nextRaw).config;
      if (next && can.reset) reset(next);
    },
    [can.reset, reset],
  );

  // Keyboard (not while typing in a field): each key exactly when its button is enabled
  // (src/ui/controls.ts decides both). Space presses a focused button, link or summary as
  // usual, except the top bar's own, where it runs or pauses (after a click on Next phase).
  const spaceTaken = useRef(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, select, textarea') || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === ' ' && target.closest('button, a, summary') && !target.closest('.topbar'))
        return;
      if (keysShown && (e.key === 'Escape' || e.key === '?')) {
        setKeysShown(false);
        return;
      }
      const action = keyAction(e.key, can, running, slow.on);
      if (!action) return;
      // Space would also press the focused button (with its keyup), and scroll the page.
      e.preventDefault();
      spaceTaken.current = e.key === ' ';
      if (action.kind === 'control') act(action.id);
      else if (action.kind === 'show') setPinned(action.phase);
      else if (action.kind === 'slowMotion') slow.toggle();
      else if (action.kind === 'language')
        setLocale(LOCALES[(LOCALES.indexOf(locale) + 1) % LOCALES.length]);
      else if (action.kind === 'fullscreen') toggleFullscreen();
      else setKeysShown((shown) => !shown);
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key !== ' ' || !spaceTaken.current) return;
      spaceTaken.current = false;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [can, running, act, slow, keysShown, locale, setLocale]);

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
    <div className={present ? 'app app-lecture' : 'app'}>
      <a className="skip-link" href="#phases">
        {t.ui.skipToPhases}
      </a>
      <header className="topbar">
        <h1>{t.ui.appTitle}</h1>
        <BackendBadge backend={engine.backend} />
        <BackendMenu
          requested={engine.backend ? engine.backend.requested : (start.backend ?? null)}
          disabled={!ready || running || engine.calibration?.status === 'running'}
          onChange={(request) => {
            setBackendAsked(request ?? undefined);
            client.send({ type: 'useBackend', backend: request });
          }}
        />
        <div className="controls" role="toolbar" aria-label={t.ui.runControls}>
          <button
            type="button"
            className="primary"
            onClick={() => act('run')}
            disabled={!canRun}
            data-testid="run-button"
          >
            {t.ui.runButton}
          </button>
          <button
            type="button"
            onClick={() => act('pause')}
            disabled={!can.pause}
            aria-label={t.ui.pauseButton}
            data-testid="pause-button"
          >
            {pausing ? t.ui.pausingButton : t.ui.pauseButton}
          </button>
          <button
            type="button"
            onClick={() => act('nextPhase')}
            disabled={!can.nextPhase}
            data-testid="next-phase-button"
          >
            {t.ui.nextPhaseButton}
          </button>
          <button
            type="button"
            onClick={() => act('reset')}
            disabled={!can.reset}
            title={t.ui.resetTitle}
            data-testid="reset-button"
          >
            {t.ui.resetButton}
          </button>
        </div>
        {/* The tools beside the run controls: one group, which wraps as a whole. */}
        <div className="topbar-tools">
          <FaultMenu
            client={client}
            backend={engine.backend?.name ?? null}
            disabled={!ready || readOnly}
          />
          <ScenarioMenu canLoad={can.reset} present={present} onLoad={loadScenario} />
          <LectureControls
            present={present}
            onPresent={setPresent}
            slow={slow}
            canStartSlow={can.nextPhase}
            onHelp={() => setKeysShown(true)}
          />
          <Tour onShowPhase={setPinned} />
          <LanguageSwitch />
        </div>
        {pausing && config && (
          <p className="controls-note" role="status" data-testid="pausing">
            {fill(t.ui.pausing, { readbackInterval: config.readbackInterval })}
          </p>
        )}
        {hasErrors && (
          <p className="controls-note" role="status">
            {Object.keys(errors).length === 1 ? t.ui.fixField : t.ui.fixFields}
          </p>
        )}
      </header>
      {present && <KeysStrip />}
      {keysShown && <KeysHelp onClose={() => setKeysShown(false)} />}
      {scenario && <ScenarioNote id={scenario} onClose={() => setScenario(null)} />}
      <PanelBoundary name={t.ui.panelStatus} resetKey={status}>
        <StatusLine status={status} hasAccuracy={hasAccuracy} />
      </PanelBoundary>
      <FallbackNotice backend={engine.backend} />
      <UrlNotices notices={start.notices} />
      <OfflineNotice />
      {engine.error && (
        <p className="notice notice-error" role="alert">
          {engine.error}
        </p>
      )}
      {engine.recovery && (
        <p className="notice notice-warn" role="status" data-testid="recovery">
          <strong>{t.ui.faultLabel}</strong> {noticeText(engine.recovery.cause, locale)}{' '}
          {engine.recovery.auto ? (
            t.ui.resumingFromCheckpoint
          ) : (
            <>
              {t.ui.autoResumeOff}{' '}
              <button type="button" className="inline" onClick={() => client.recover()}>
                {t.ui.resumeFromCheckpoint}
              </button>
            </>
          )}
        </p>
      )}
      {engine.unfinished && (
        <p className="notice notice-warn" role="status" data-testid="unfinished-run">
          {fillText(t.ui.unfinishedRun, {
            step: engine.unfinished.lastStep,
            checkpoint: engine.unfinished.checkpointStep ?? '',
          })}{' '}
          <button type="button" className="inline" onClick={() => client.resumeUnfinished()}>
            {t.ui.resumeIt}
          </button>{' '}
          <button type="button" className="inline" onClick={() => client.discardUnfinished()}>
            {t.ui.discard}
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
            {fill(t.ui.restoredNote, { step: engine.restoredFrom.step })}
          </p>
        )}
      {status?.finished && (
        <p className="notice notice-stop" data-testid="stop-reason" role="status">
          <strong>{t.ui.runStopped}</strong> {stopReasonText(status.finished.reason, locale)}
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
            schedule={schedule}
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
            <strong>{running ? t.ui.modeRun : t.ui.modeStep}:</strong>{' '}
            {running ? t.ui.runModeNote : t.ui.stepModeNote}
          </p>
          <div className="workspace">
            <div className="phase-column">
              {present && status?.lastPhase && engine.reports[status.lastPhase] && !running && (
                <PhaseChangeNote
                  key={`${status.lastPhase}@${status.step}`}
                  report={engine.reports[status.lastPhase]!}
                />
              )}
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
                <p className="muted">{t.ui.preparingData}</p>
              )}
              {shown === 'data' && engine.dataset && (
                <PanelBoundary name={t.ui.dpHeading} resetKey={engine.series}>
                  <DataPipelineSection
                    log={engine.series.log}
                    version={engine.series.version}
                    report={dataPipelineOf(engine.reports.data)}
                    config={runConfig}
                  />
                </PanelBoundary>
              )}
              {shown === 'checkpoint' && (
                <PanelBoundary name={t.ui.panelCheckpoints} resetKey={engine.checkpoints}>
                  <CheckpointManager
                    checkpoints={engine.checkpoints}
                    client={client}
                    importError={engine.importError}
                    imported={engine.imported}
                    pytorchExport={engine.pytorchExport}
                    canAct={ready && !running && !engine.pending && !readOnly}
                    startConfig={config}
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
                      test={engine.testEvaluation}
                      evaluation={engine.reports.evaluation}
                    />
                  </ModelCard>
                </PanelBoundary>
              )}
              {engine.model && status && (
                <RunCost
                  flopsPerStep={engine.model.flopsPerStep}
                  steps={status.step}
                  elapsedMs={status.elapsedMs}
                  stepsPerSecond={status.stepsPerSecond}
                />
              )}
              <CalibrationPanel
                report={engine.calibration}
                backend={status?.backend ?? engine.backend?.name ?? null}
                canCalibrate={ready && !running && !engine.pending}
                onCalibrate={() => client.send({ type: 'calibrate' })}
              />
            </div>
          </div>
          {engine.model && (
            <ScaleView
              model={engine.model}
              batchSize={runConfig.batchSize}
              optimizer={runConfig.optimizer}
              steps={status?.step ?? 0}
              measuredBytes={status?.memory.numBytes ?? null}
            >
              <PyTorchExport
                client={client}
                state={engine.pytorchExport}
                canAct={ready && !running && !engine.pending}
              />
            </ScaleView>
          )}
          <RunsView
            client={client}
            running={running}
            lastPhase={status?.lastPhase ?? null}
            testSize={engine.dataset?.testSize ?? 0}
            testEvaluation={engine.testEvaluation}
            loadedDataId={source?.id || null}
            reproduceBlocked={
              !ready
                ? t.reproduce.reproduceNotReady
                : readOnly
                  ? t.reproduce.reproduceReadOnly
                  : null
            }
            onReproduce={reproduceRun}
          />
          <StudiesView client={client} config={config ?? builtConfig} onOpenConfig={openConfig} />
          <details className="card simplifications">
            <summary>{t.ui.simplificationsHeading}</summary>
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
