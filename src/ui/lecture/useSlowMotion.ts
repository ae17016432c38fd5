/**
 * Slow motion: presses Next phase on a timer, one phase every `paceS` seconds, so each phase
 * is computed when it is shown. It waits for each phase to arrive (Next phase enabled again)
 * before the next timer starts, and stops by itself when `stop` holds (the run finished, Run
 * was pressed, the engine went away).
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** The paces offered, in seconds per phase. */
export const PACES_S = [1, 2, 3, 5, 8] as const;
export type PaceS = (typeof PACES_S)[number];

export interface SlowMotion {
  on: boolean;
  paceS: PaceS;
  setPaceS: (pace: PaceS) => void;
  /** Starts (with a first phase at once) or stops slow motion. */
  toggle: () => void;
}

export function useSlowMotion({
  canNext,
  stop,
  onNext,
}: {
  /** Next phase is enabled now (src/ui/controls.ts). */
  canNext: boolean;
  /** Slow motion must end: the run finished or runs continuously, or the engine is gone. */
  stop: boolean;
  onNext: () => void;
}): SlowMotion {
  const [on, setOn] = useState(false);
  const [paceS, setPaceS] = useState<PaceS>(3);
  if (on && stop) setOn(false);

  // The page re-renders often (heartbeats, the run history's saves): the timer must not restart
  // with each render, only when the pace or the state of Next phase changes.
  const next = useRef(onNext);
  useEffect(() => {
    next.current = onNext;
  }, [onNext]);
  useEffect(() => {
    if (!on || !canNext) return;
    const timer = window.setTimeout(() => next.current(), paceS * 1000);
    return () => window.clearTimeout(timer);
  }, [on, canNext, paceS]);

  const toggle = useCallback(() => {
    if (on) setOn(false);
    else if (canNext && !stop) {
      setOn(true);
      onNext();
    }
  }, [on, canNext, stop, onNext]);

  return { on, paceS, setPaceS, toggle };
}
