/** The nine phases in order: which ran last, which runs next, and which one is shown. */
import { PHASES, type PhaseId } from '../protocol/phases';
import type { UiKey } from '../content/en/ui';
import { useTexts } from './locale';

interface Props {
  lastPhase: PhaseId | null;
  nextPhase: PhaseId;
  shown: PhaseId;
  hasReport: (phase: PhaseId) => boolean;
  onShow: (phase: PhaseId) => void;
  /**
   * Set in run mode: what runs instead of one phase after another. The rail then marks the
   * fused phases and those that run at intervals, and no "last" and "next" phase.
   */
  runNote?: string | null;
}

/** The phases run mode fuses into one GPU step; the others run at their intervals. */
const FUSED: readonly PhaseId[] = ['data', 'forward', 'loss', 'backward', 'update'];

/** A phase's place in the rail: step mode's last and next, or run mode's fused or interval. */
export function railState(
  p: PhaseId,
  { lastPhase, nextPhase, hasReport, runNote }: Omit<Props, 'shown' | 'onShow'>,
): 'last' | 'next' | 'done' | 'todo' | 'fused' | 'interval' | 'once' {
  if (runNote) return p === 'initialization' ? 'once' : FUSED.includes(p) ? 'fused' : 'interval';
  return p === lastPhase ? 'last' : p === nextPhase ? 'next' : hasReport(p) ? 'done' : 'todo';
}

/** The catalogue's tooltip of each rail state that has one. */
const TITLES = {
  next: 'railNext',
  last: 'railLast',
  fused: 'railFused',
  interval: 'railInterval',
} as const satisfies Partial<Record<ReturnType<typeof railState>, UiKey>>;

export function PhaseRail(props: Props) {
  const { lastPhase, nextPhase, shown, onShow, runNote } = props;
  const t = useTexts();
  return (
    <nav
      id="phases"
      tabIndex={-1}
      className={runNote ? 'phase-rail phase-rail-run' : 'phase-rail'}
      aria-label={t.ui.railAria}
    >
      <ol>
        {PHASES.map((p, i) => {
          const state = railState(p, props);
          return (
            <li key={p} className={`rail-${state}${p === shown ? ' rail-shown' : ''}`}>
              <button
                type="button"
                onClick={() => onShow(p)}
                aria-current={p === shown ? 'step' : undefined}
                title={state in TITLES ? t.ui[TITLES[state as keyof typeof TITLES]] : undefined}
              >
                <span className="rail-num">{i + 1}</span>
                <span className="rail-title">{t.phases[p].title}</span>
              </button>
            </li>
          );
        })}
      </ol>
      {runNote ? (
        <p className="current-phase" data-testid="run-rail-note">
          {runNote}
        </p>
      ) : (
        <p className="current-phase">
          {t.ui.railLastPhase}{' '}
          <strong data-testid="phase" data-phase={lastPhase ?? ''}>
            {lastPhase ? t.phases[lastPhase].title : '—'}
          </strong>
          <span aria-hidden> · </span>
          {t.ui.railNextPhase} <strong data-phase={nextPhase}>{t.phases[nextPhase].title}</strong>
        </p>
      )}
    </nav>
  );
}
