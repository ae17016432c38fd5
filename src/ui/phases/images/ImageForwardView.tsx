import { useState } from 'react';
import { Bars } from '../../viz/Bars';
import { fmtFixed, fmtPct } from '../../viz/format';
import { Heatmap } from '../../viz/Heatmap';
import { PixelImage, sliceMaxAbs } from '../../viz/PixelImage';
import { nonNegativeActivation } from '../../viz/scales';
import { classColor, numbered, ShapeFlow, tableFlow } from '../common';
import type { PhaseViewProps } from '../types';
import { useTexts } from '../../locale';
import { fill } from '../../../content/fill';

/**
 * The forward pass of the first digits of the batch: one chosen example's input, the
 * feature maps of every convolution (or the activations of every dense layer), and the
 * softmax probabilities of every shown example.
 */
export function ImageForwardView({ report, model, dataset }: PhaseViewProps<'forward'>) {
  const ui = useTexts().ui;
  const n = report.examples;
  const k = report.classes;
  const side = dataset.imageShape?.[0] ?? 28;
  const d = side * side;
  const [chosen, setChosen] = useState(0);
  const e = Math.min(chosen, n - 1);
  const argmax = (i: number) => {
    let best = 0;
    for (let c = 1; c < k; c++)
      if (report.probabilities[i * k + c] > report.probabilities[i * k + best]) best = c;
    return best;
  };
  return (
    <div className="pv-view">
      <ShapeFlow
        steps={[
          { name: ui.pvInputImage, shape: `${n} × ${side} × ${side}` },
          ...tableFlow(model, n),
        ]}
      />

      <h3 className="pv-subhead">{ui.pvExampleByExample}</h3>
      <div className="tv-examples" role="radiogroup" aria-label={ui.pvExampleToLook}>
        {Array.from({ length: n }, (_, i) => {
          const pred = argmax(i);
          return (
            <button
              key={i}
              type="button"
              role="radio"
              aria-checked={i === e}
              className={i === e ? 'tv-example tv-example-on' : 'tv-example'}
              onClick={() => setChosen(i)}
            >
              <PixelImage
                values={report.inputs}
                rows={side}
                cols={side}
                offset={i * d}
                range={1}
                scale={2}
                label={fill(ui.pvExampleLabel, { n: i + 1, label: report.labels[i] })}
              />
              <span className={pred === report.labels[i] ? 'pv-ok' : 'pv-bad'}>
                {report.labels[i]} → {pred}
              </span>
            </button>
          );
        })}
      </div>

      {report.layers.map((l) => {
        const maps = l.shape.length === 3;
        const per = l.units;
        if (maps) {
          const [h, w, channels] = l.shape;
          const start = e * per;
          const range = sliceMaxAbs(l.values, per, start) || 1;
          return (
            <figure key={l.name} className="pv-figure">
              <figcaption>
                <strong>{fill(ui.pvFeatureMapsOf, { layer: l.name, n: e + 1 })}</strong>{' '}
                <span className="pv-muted">
                  {fill(ui.pvMapsOf, { channels, h, w, activation: l.activation })}
                </span>
              </figcaption>
              <ol className="tv-units">
                {Array.from({ length: channels }, (_, c) => (
                  <li key={c}>
                    <PixelImage
                      values={l.values}
                      rows={h}
                      cols={w}
                      offset={start + c}
                      stride={channels}
                      range={range}
                      scale={h > 12 ? 3 : 6}
                      label={fill(ui.pvFeatureMapN, { n: c + 1, layer: l.name })}
                    />
                    <span className="tv-digit-caption">{c + 1}</span>
                  </li>
                ))}
              </ol>
            </figure>
          );
        }
        return (
          <figure key={l.name} className="pv-figure">
            <figcaption>
              <strong>{fill(ui.pvActivationsOfLayer, { layer: l.name })}</strong>{' '}
              <span className="pv-muted">
                {fill(ui.pvRowsColumnsUnits, { n, units: per, activation: l.activation })}
              </span>
            </figcaption>
            <Heatmap
              values={l.values}
              rows={n}
              cols={per}
              label={fill(ui.pvActivationsOfLayer, { layer: l.name })}
              rowLabels={numbered(n, '#')}
              signed={!nonNegativeActivation(l.activation)}
              cellSize={10}
            />
          </figure>
        );
      })}

      <figure className="pv-figure">
        <figcaption>
          <strong>{fill(ui.pvSoftmaxFor, { n: e + 1 })}</strong>{' '}
          <span className="pv-muted">
            {fill(ui.pvTrueClassP, {
              label: report.labels[e],
              p: fmtFixed(report.probabilities[e * k + report.labels[e]], 3),
            })}
          </span>
        </figcaption>
        <Bars
          orientation="vertical"
          label={fill(ui.pvProbsOfClasses, { k, n: e + 1 })}
          items={Array.from({ length: k }, (_, c) => ({
            key: c,
            label: String(c),
            value: report.probabilities[e * k + c],
            color: c === report.labels[e] ? 'var(--ok, #16a34a)' : classColor(0),
            note: fmtPct(report.probabilities[e * k + c]),
          }))}
          max={1}
          height={140}
          format={(v) => fmtPct(v, 0)}
        />
      </figure>
    </div>
  );
}
