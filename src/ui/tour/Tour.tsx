/**
 * The guided tour: a button in the top bar and a panel beside the page with the chapters and
 * stops of ../../content/tour.ts, previous and next, and for each stop with a place on the
 * page a button that takes the student there (./targets.ts). The panel is a non-modal
 * dialog: the page stays usable while it is open, Escape closes it and returns focus to the
 * button, and it moves to the other side of the window when it would cover the target.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { fill } from '../../content';
import { TOUR, TOUR_STOPS } from '../../content/tour';
import type { PhaseId } from '../../protocol/phases';
import { useTexts } from '../locale';
import { goToTarget } from './targets';
import './tour.css';

export function Tour({ onShowPhase }: { onShowPhase: (phase: PhaseId) => void }) {
  const t = useTexts().tour;
  const [open, setOpen] = useState(false);
  const [index, setIndex] = useState(0);
  const [side, setSide] = useState<'left' | 'right'>('right');
  // The stop whose target was not on the page when asked for (reset on every move).
  const [missing, setMissing] = useState<number | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = { heading: useId(), chapter: useId(), stop: useId(), text: useId() };

  const stop = TOUR_STOPS[index];
  const chapterIndex = TOUR.findIndex((c) => c.id === stop.chapter);
  const chapterStops = TOUR_STOPS.map((s, i) => ({ ...s, i })).filter(
    (s) => s.chapter === stop.chapter,
  );
  const move = (i: number) => {
    setIndex(Math.max(0, Math.min(TOUR_STOPS.length - 1, i)));
    setMissing(null);
  };

  const close = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);
  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);

  const go = async () => {
    if (!stop.target) return;
    const el = await goToTarget(stop.target, onShowPhase);
    if (!el) {
      setMissing(index);
      return;
    }
    // Keep the panel off the target: on the side of the window the target is not.
    const r = el.getBoundingClientRect();
    setSide(r.left + r.width / 2 > window.innerWidth / 2 ? 'left' : 'right');
  };

  return (
    <>
      <button
        type="button"
        ref={buttonRef}
        className="tour-button"
        aria-expanded={open}
        title={t.buttonTitle}
        onClick={() => (open ? close() : setOpen(true))}
        data-testid="tour-button"
      >
        {t.button}
      </button>
      {open && (
        <section
          className={`tour-panel tour-${side}`}
          role="dialog"
          aria-modal="false"
          aria-labelledby={ids.heading}
          data-testid="tour"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <div className="tour-head">
            <h2 id={ids.heading} ref={headingRef} tabIndex={-1}>
              {t.heading}
            </h2>
            <button type="button" className="tour-close" aria-label={t.close} onClick={close}>
              ×
            </button>
          </div>
          <div className="tour-pickers">
            <label htmlFor={ids.chapter}>{t.chapter}</label>
            <select
              id={ids.chapter}
              value={chapterIndex}
              onChange={(e) =>
                move(TOUR_STOPS.findIndex((s) => s.chapter === TOUR[Number(e.target.value)].id))
              }
            >
              {TOUR.map((c, i) => (
                <option key={c.id} value={i}>
                  {i + 1}. {t.chapters[c.id]}
                </option>
              ))}
            </select>
            <label htmlFor={ids.stop}>{t.stop}</label>
            <select
              id={ids.stop}
              value={index}
              data-testid="tour-stop"
              onChange={(e) => move(Number(e.target.value))}
            >
              {chapterStops.map((s) => (
                <option key={s.id} value={s.i}>
                  {t.stops[s.id].title}
                </option>
              ))}
            </select>
          </div>
          <h3 className="tour-title" data-testid="tour-title">
            {t.stops[stop.id].title}
          </h3>
          <p id={ids.text}>{t.stops[stop.id].text}</p>
          {stop.target ? (
            <button
              type="button"
              className="tour-go"
              onClick={() => void go()}
              data-testid="tour-go"
              aria-describedby={ids.text}
            >
              {t.goThere}
            </button>
          ) : (
            <p className="tour-coming" data-testid="tour-coming">
              {t.coming}
            </p>
          )}
          {missing === index && (
            <p className="tour-coming" role="status">
              {t.notShown}
            </p>
          )}
          <div className="tour-nav">
            <button type="button" onClick={() => move(index - 1)} disabled={index === 0}>
              ← {t.previous}
            </button>
            <span className="tour-position" aria-live="polite">
              {fill(t.position, { n: index + 1, total: TOUR_STOPS.length })}
            </span>
            <button
              type="button"
              onClick={() => move(index + 1)}
              disabled={index === TOUR_STOPS.length - 1}
            >
              {t.next} →
            </button>
          </div>
        </section>
      )}
    </>
  );
}
