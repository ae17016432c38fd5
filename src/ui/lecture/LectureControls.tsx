/**
 * The top bar's part of lecture mode: the toggle, and while it is on slow motion (start/stop
 * and its pace), full screen and the list of keys.
 */
import { fill } from '../../content/fill';
import { useTexts } from '../locale';
import { PACES_S, type PaceS, type SlowMotion } from './useSlowMotion';

/** Full screen on or off for the whole page (the Fullscreen API; refused quietly where barred). */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

export function LectureControls({
  present,
  onPresent,
  slow,
  canStartSlow,
  onHelp,
}: {
  present: boolean;
  onPresent: (on: boolean) => void;
  slow: SlowMotion;
  /** Slow motion may start: Next phase is enabled (src/ui/controls.ts). */
  canStartSlow: boolean;
  onHelp: () => void;
}) {
  const t = useTexts().lecture;
  return (
    <div className="lecture-controls">
      <button
        type="button"
        className="lecture-toggle"
        aria-pressed={present}
        title={t.toggleTitle}
        onClick={() => onPresent(!present)}
      >
        {t.toggle}
      </button>
      {present && (
        <>
          <button
            type="button"
            className={slow.on ? 'slow-motion slow-motion-on' : 'slow-motion'}
            aria-pressed={slow.on}
            disabled={!slow.on && !canStartSlow}
            onClick={slow.toggle}
            data-testid="slow-motion"
          >
            {slow.on ? t.slowMotionStop : t.slowMotion}
          </button>
          <select
            aria-label={t.slowMotionPace}
            title={t.slowMotionPace}
            value={slow.paceS}
            onChange={(e) => slow.setPaceS(Number(e.target.value) as PaceS)}
          >
            {PACES_S.map((s) => (
              <option key={s} value={s}>
                {fill(t.slowMotionPaceOption, { seconds: s })}
              </option>
            ))}
          </select>
          <button type="button" onClick={toggleFullscreen} title="F">
            {t.fullscreen}
          </button>
          <button type="button" onClick={onHelp} title={t.keysTitle} aria-label={t.keysTitle}>
            ?
          </button>
        </>
      )}
    </div>
  );
}
