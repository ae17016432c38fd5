/** The nine phases in order: which ran last, which runs next, and which one is shown. */
import { PHASES, type PhaseId } from '../protocol/phases';
import { useTexts } from './locale';

interface Props {
  lastPhase: PhaseId | null;
  nextPhase: PhaseId;
  shown: PhaseId;
  hasReport: (phase: PhaseId) => boolean;
  onShow: (phase: PhaseId) => void;
}

export function PhaseRail({ lastPhase, nextPhase, shown, hasReport, onShow }: Props) {
  const t = useTexts();
  return (
    <nav className="phase-rail" aria-label="Phases of a training step">
      <ol>
        {PHASES.map((p, i) => {
          const state =
            p === lastPhase ? 'last' : p === nextPhase ? 'next' : hasReport(p) ? 'done' : 'todo';
          return (
            <li key={p} className={`rail-${state}${p === shown ? ' rail-shown' : ''}`}>
              <button
                type="button"
                onClick={() => onShow(p)}
                aria-current={p === shown ? 'step' : undefined}
                title={
                  state === 'next'
                    ? 'Runs on the next "Next phase"'
                    : state === 'last'
                      ? 'Ran last'
                      : undefined
                }
              >
                <span className="rail-num">{i + 1}</span>
                <span className="rail-title">{t.phases[p].title}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <p className="current-phase">
        Last phase: <strong data-testid="phase">{lastPhase ?? '—'}</strong>
        <span aria-hidden> · </span>
        next: <strong>{nextPhase}</strong>
      </p>
    </nav>
  );
}
