/**
 * "Studies": many runs planned as one experiment (sweeps, ablations, scaling studies; see
 * src/data/study/). Plan a study in the form (its base is the sidebar's config; a definition
 * as JSON is the advanced alternative), follow its progress (one bar for the whole study),
 * pause and resume it, and read its results as they come in (table and charts of its kind,
 * and what it cost); each study's runs are ordinary runs of the Runs view, linked to their
 * study, and "Open" takes a run's config into the sidebar. The list and the study's results
 * render once the view is opened; a problem that stopped a study shows above it, opened or not.
 */
import { memo, useMemo, useState } from 'react';
import { fill } from '../../content/fill';
import { fmtDuration, fmtSi } from '../viz/si';
import { studyTotals } from '../../data/study/progress';
import type { StudyRecord } from '../../data/study/study-record';
import type { RunRecord } from '../../data/run-record';
import type { LabConfig } from '../../config/schema';
import type { StudyDefinition } from '../../data/study/definition';
import type { EngineClient } from '../engine-client';
import { useLocale, useTexts } from '../locale';
import { noticeText } from '../../content/notices';
import { useRuns } from '../runs/useRuns';
import { fmtInt } from '../viz/format';
import { StudyDefinitionForm } from './StudyDefinitionForm';
import { StudyProgress } from './StudyProgress';
import { StudyResults } from './StudyResults';
import { StudyStart } from './StudyStart';
import type { StudiesState, StudyRunner } from './study-runner';
import { baseFromConfig } from './study-form-state';
import { useStudies } from './useStudies';
import './studies.css';

export interface StudiesViewProps {
  client: EngineClient;
  /** The sidebar's current config: the base of a study planned in the form. */
  config: LabConfig;
  /** Takes a run's config into the sidebar (as loading a config file does). */
  onOpenConfig: (config: LabConfig) => void;
}

export const StudiesView = memo(function StudiesView({
  client,
  config,
  onOpenConfig,
}: StudiesViewProps) {
  const t = useTexts();
  const [state, runner] = useStudies(client);
  const [runsState] = useRuns(client);
  const [open, setOpen] = useState(false);
  const base = useMemo(() => baseFromConfig(config), [config]);
  // The form refuses a study with runs the sidebar refuses, as the runner does; a refusal
  // here still says so rather than doing nothing.
  const [refused, setRefused] = useState(0);
  const startStudy = async (definition: StudyDefinition) => {
    const r = await runner.start(definition);
    setRefused(r.ok ? 0 : r.refused.length);
  };
  return (
    <>
      <StudyProblemNotice state={state} />
      <details
        className="card studies-view"
        data-testid="studies-view"
        onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          <h3>{t.studyRunner.heading}</h3>
          <span className="muted">
            {fill(t.studyRunner.count, { count: state.studies.length })}
          </span>
        </summary>
        {open && (
          <>
            <p className="muted">{t.studyRunner.intro}</p>
            <StudyDefinitionForm base={base} onStart={(d) => void startStudy(d)} />
            {refused > 0 && (
              <p className="notice notice-error" role="alert">
                {fill(t.studyRunner.startRefused, { count: fmtInt(refused) })}
              </p>
            )}
            <details className="study-advanced" data-testid="study-advanced">
              <summary>{t.studyRunner.advanced}</summary>
              <StudyStart runner={runner} />
            </details>
            {state.studies.length === 0 && <p className="muted">{t.studyRunner.noStudies}</p>}
            <ul className="study-list">
              {[...state.studies].reverse().map((s) => (
                <StudyItem
                  key={s.id}
                  study={s}
                  state={state}
                  runner={runner}
                  runs={runsState.runs}
                  onOpenConfig={onOpenConfig}
                />
              ))}
            </ul>
          </>
        )}
      </details>
    </>
  );
});

/** One study: its name, progress, cost, and its results from the runs recorded so far. */
function StudyItem({
  study,
  state,
  runner,
  runs,
  onOpenConfig,
}: {
  study: StudyRecord;
  state: StudiesState;
  runner: StudyRunner;
  runs: RunRecord[];
  onOpenConfig: (config: LabConfig) => void;
}) {
  const t = useTexts().studyRunner;
  const totals = useMemo(() => studyTotals(study, runs), [study, runs]);
  const pruned = useMemo(
    () => runs.filter((r) => r.study?.studyId === study.id && r.study.prunedAt).length,
    [study.id, runs],
  );
  const active = state.active?.studyId === study.id ? state.active : null;
  return (
    <li className="study-item" data-testid="study-item" data-study-id={study.id}>
      <h4>{study.name}</h4>
      <StudyProgress study={study} active={active} runner={runner} />
      <p className="muted" data-testid="study-totals">
        {fill(t.totals, {
          runs: fmtInt(totals.runs),
          flops: fmtSi(totals.trainingFlops, 'FLOP'),
          time: fmtDuration(totals.trainingMs / 1000),
        })}
        {pruned > 0 && ` · ${fill(t.pruned, { count: fmtInt(pruned) })}`}
      </p>
      <StudyResults study={study} runs={runs} onOpenConfig={onOpenConfig} showCount={false} />
      <button type="button" className="link" onClick={() => void runner.remove(study.id)}>
        {t.delete}
      </button>
    </li>
  );
}

/** Why a study stopped: a full quota, another storage error, the engine, a damaged queue. */
function StudyProblemNotice({ state }: { state: StudiesState }) {
  const t = useTexts();
  const { locale } = useLocale();
  const p = state.problem;
  if (!p) return null;
  const name = state.studies.find((s) => s.id === p.studyId)?.name ?? p.studyId;
  const text =
    p.kind === 'quota'
      ? fill(t.studyRunner.quota, { name, detail: p.detail })
      : p.kind === 'storage'
        ? fill(t.studyRunner.storageError, { name, detail: p.detail })
        : p.kind === 'engine'
          ? fill(t.studyRunner.engineError, {
              name,
              detail: p.notice ? noticeText(p.notice, locale) : p.detail,
            })
          : fill(t.studyRunner.damaged, {
              name,
              reason: fill(t.study.issues.queueDamaged, { path: p.detail }),
            });
  return (
    <p className="notice notice-error" role="alert" data-testid="study-problem">
      {text}
    </p>
  );
}
