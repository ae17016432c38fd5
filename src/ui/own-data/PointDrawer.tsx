/**
 * A plane to draw a two-class data set on: each click adds a point of the selected class.
 * "Use these points" checks them like a file (enough points, both classes) and says what is
 * missing next to the button.
 */
import { type MouseEvent, useState } from 'react';
import { type DrawnPoint, fromDrawnPoints, MIN_ROWS, type OwnData } from '../../data/own-data';
import { fill } from '../../content/fill';
import { useLocale, useTexts } from '../locale';

/** The plane spans [−1, 1] on both axes, drawn in a square of this many SVG units. */
const SIZE = 240;
const TICKS = [-1, -0.5, 0, 0.5, 1];

const toPlane = (v: number) => Math.round(((v / SIZE) * 2 - 1) * 1000) / 1000;
const toSvg = (p: number) => ((p + 1) / 2) * SIZE;

export function PointDrawer({
  canUse,
  onUse,
}: {
  canUse: boolean;
  onUse: (data: OwnData) => void;
}) {
  const ui = useTexts().ui;
  const { locale } = useLocale();
  const [points, setPoints] = useState<DrawnPoint[]>([]);
  const [label, setLabel] = useState<0 | 1>(0);
  const [errors, setErrors] = useState<string[]>([]);

  const add = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const sx = ((e.clientX - box.left) / box.width) * SIZE;
    const sy = ((e.clientY - box.top) / box.height) * SIZE;
    setPoints((ps) => [...ps, { x: toPlane(sx), y: -toPlane(sy), label }]);
    setErrors([]);
  };

  const use = () => {
    const r = fromDrawnPoints(points, locale);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors([]);
    onUse(r.data);
  };

  const count = (c: 0 | 1) => points.filter((p) => p.label === c).length;

  return (
    <div className="od-drawer">
      <div className="od-classes" role="group" aria-label={ui.odClassGroup}>
        {([0, 1] as const).map((c) => (
          <button
            key={c}
            type="button"
            className={`od-class od-class-${c}`}
            aria-pressed={label === c}
            onClick={() => setLabel(c)}
          >
            <span className={`pv-class-dot pv-class-${c}`} /> {fill(ui.odClass, { class: c })}
          </button>
        ))}
      </div>
      <svg
        className="od-plane"
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-label={fill(ui.odPlaneAria, { class: label, count: points.length })}
        data-testid="draw-plane"
        onClick={add}
      >
        {TICKS.map((t) => (
          <g key={t} className={t === 0 ? 'od-axis' : 'od-grid'}>
            <line x1={toSvg(t)} x2={toSvg(t)} y1={0} y2={SIZE} />
            <line y1={toSvg(t)} y2={toSvg(t)} x1={0} x2={SIZE} />
          </g>
        ))}
        {points.map((p, i) => (
          <circle
            key={i}
            cx={toSvg(p.x)}
            cy={toSvg(-p.y)}
            r={5}
            className={`od-point od-point-${p.label}`}
          />
        ))}
      </svg>
      <p className="od-count" data-testid="draw-count">
        {fill(ui.odCount, { count: points.length, zero: count(0), one: count(1), min: MIN_ROWS })}
      </p>
      <div className="od-actions">
        <button type="button" className="primary" disabled={!canUse} onClick={use}>
          {ui.odUsePoints}
        </button>
        <button
          type="button"
          disabled={points.length === 0}
          onClick={() => {
            setPoints([]);
            setErrors([]);
          }}
        >
          {ui.odClear}
        </button>
      </div>
      {errors.length > 0 && (
        <div className="field-error od-errors" role="alert">
          {errors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      )}
    </div>
  );
}
