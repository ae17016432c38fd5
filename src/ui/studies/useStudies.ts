/**
 * The page's one study runner, exposed to React as state. It starts with the page (the
 * Studies view is always mounted), so a study that was running when the page closed resumes
 * at once; its runs go into the page's run history (src/ui/runs/useRuns.ts).
 */
import { useSyncExternalStore } from 'react';
import type { EngineClient } from '../engine-client';
import { runsOf } from '../runs/useRuns';
import { StudyRunner, type StudiesState } from './study-runner';
import { IdbStudyStore } from './study-store';
import { WorkerTrainer } from './worker-trainer';

let runner: StudyRunner | null = null;

function runnerOf(client: EngineClient): StudyRunner {
  if (!runner) {
    const history = runsOf(client);
    runner = new StudyRunner(
      IdbStudyStore.open(),
      (run) => history.recordRun(run),
      // The backend the page's engine trains on (its fallback included).
      () => new WorkerTrainer(client.getState().backend?.name),
    );
    void runner.load();
  }
  return runner;
}

export function useStudies(client: EngineClient): [StudiesState, StudyRunner] {
  const r = runnerOf(client);
  const state = useSyncExternalStore(r.subscribe, r.getState);
  return [state, r];
}
