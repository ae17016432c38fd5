/**
 * One progress bar for a whole study: the run in progress and its step, the runs done, and
 * an estimate of the time left from the run times measured so far; Pause and Resume.
 */
import { fill } from '../../content/fill';
import { fmtDuration } from '../viz/si';
import { estimateLeftMs } from '../../data/study/progress';
import type { StudyRecord } from '../../data/study/study-record';
import { useTexts } from '../locale';
import { fmtInt } from '../viz/format';
import type { ActiveRun, StudyRunner } from './study-runner';

export interface StudyProgressProps {
  study: StudyRecord;
  /** The run the runner trains now, when it is one of this study's. */
  active: ActiveRun | null;
  runner: StudyRunner;
}

export function StudyProgress({ study, active, runner }: StudyProgressProps) {
  const t = useTexts().studyRunner;
  const q = study.queue;
  const total = q.configs.length;
  const done = q.finished.length;
  const fraction = active && active.steps > 0 ? Math.min(1, active.step / active.steps) : 0;
  const left = estimateLeftMs(
    (study.runMs ?? []).map((m) => m.ms),
    total - done,
    fraction,
    active?.elapsedMs ?? 0,
  );
  const state = q.state === 'running' && !active ? 'waiting' : q.state;
  return (
    <div className="study-progress" data-testid="study-progress" data-state={state}>
      <progress
        max={Math.max(1, total)}
        value={done + fraction}
        aria-label={fill(t.progressLabel, { name: study.name })}
      />
      <p className="study-progress-text">
        <span data-testid="study-runs-done">
          {fill(t.runsDone, { done: fmtInt(done), total: fmtInt(total) })}
        </span>
        {active && (
          <span data-testid="study-current">
            {' · '}
            {fill(t.runOf, {
              current: fmtInt(active.index + 1),
              total: fmtInt(total),
              step: fmtInt(active.step),
              steps: fmtInt(active.steps),
            })}
          </span>
        )}
        {q.state !== 'done' && (
          <span>
            {' · '}
            {left === null
              ? t.timeLeftUnknown
              : fill(t.timeLeft, { time: fmtDuration(left / 1000) })}
          </span>
        )}
        <span className="muted"> · {t.states[state]}</span>
      </p>
      {q.state === 'running' && (
        <button type="button" data-testid="study-pause" onClick={() => void runner.pause(study.id)}>
          {t.pause}
        </button>
      )}
      {q.state === 'paused' && (
        <button
          type="button"
          data-testid="study-resume"
          onClick={() => void runner.resume(study.id)}
        >
          {t.resume}
        </button>
      )}
    </div>
  );
}
