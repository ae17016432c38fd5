import { useId, useMemo, useState } from 'react';
import type { ParamValues, UpdateReport } from '../../protocol/reports';
import { fmt, fmtShape } from '../viz/format';
import { Heatmap } from '../viz/Heatmap';
import { nonNegativeSlot } from '../viz/scales';
import { UnitImages } from './images/DigitGrid';
import { cardsClass, inputName, Note, numbered, Stat, Stats } from './common';
import type { PhaseViewProps } from './types';

type StateEntry = UpdateReport['state'][number];

/** What a tfjs optimizer slot holds, by the suffix of its name ("<variable>/<slot>"). */
function slotMeaning(slot: string, optimizer: string): string {
  switch (slot) {
    case 'm':
      return 'first moment m: running average of g';
    case 'v':
      return 'second moment v: running average of g²';
    case 'rms':
      return 'running average of g² (s)';
    case 'momentum':
      return optimizer.startsWith('RMSprop')
        ? 'momentum buffer: with momentum 0, the last step η·g/√(s+ε)'
        : 'velocity v: decaying sum of past gradients';
    case 'mg':
      return 'running average of g';
    default:
      return slot;
  }
}

const sameShape = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Assigns the optimizer's slots to parameter tensors. tfjs names a slot after its variable
 * ("<id>/m"), and its variables are created in the model's order, so the k-th distinct
 * prefix belongs to the k-th parameter; if that does not line up, slots are matched by shape.
 */
function slotsByParam(state: UpdateReport['state'], params: ParamValues[]): StateEntry[][] {
  const slots = state.filter((s) => s.name !== 'iter');
  const prefixes: string[] = [];
  for (const s of slots) {
    const p = s.name.slice(0, s.name.lastIndexOf('/'));
    if (!prefixes.includes(p)) prefixes.push(p);
  }
  const byPrefix = prefixes.map((p) =>
    slots.filter((s) => s.name.slice(0, s.name.lastIndexOf('/')) === p),
  );
  const aligned =
    prefixes.length === params.length &&
    byPrefix.every((entries, i) => entries.every((s) => sameShape(s.shape, params[i].shape)));
  if (aligned) return byPrefix;
  return params.map((p) => slots.filter((s) => sameShape(s.shape, p.shape)));
}

function maxAbs(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]);
    if (a > m || Number.isNaN(a)) m = a;
  }
  return m;
}

function norm(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] * values[i];
  return Math.sqrt(s);
}

/** A tensor as a matrix: a vector is one row; higher ranks keep their last axis as columns. */
function matrixOf(p: { shape: number[] }): { rows: number; cols: number } {
  if (p.shape.length < 2) return { rows: 1, cols: p.shape[0] ?? 1 };
  const cols = p.shape[p.shape.length - 1];
  return { rows: p.shape.reduce((a, b) => a * b, 1) / cols, cols };
}

/**
 * Whether a parameter tensor of an image model reads as images: a convolution's kernel
 * [k, k, C_in, filters] as one k × k filter each, a dense layer over the pixels
 * [side², units] as one side × side image per unit (as the backward panel draws gradients).
 */
export function drawnAsImages(p: { shape: number[] }, imageShape?: [number, number]): boolean {
  if (p.shape.length === 4) return p.shape[0] === p.shape[1];
  return (
    p.shape.length === 2 &&
    imageShape !== undefined &&
    p.shape[0] === imageShape[0] * imageShape[1] &&
    imageShape[0] === imageShape[1]
  );
}

/** Units or filters drawn per image tensor: before, after, change and each state slot. */
const UNITS_SHOWN = 16;

/** Before, after and the change of a kernel or pixel-weight matrix, one image per unit. */
function ImageParamChange({
  before,
  after,
  delta,
}: {
  before: ParamValues;
  after: ParamValues;
  delta: Float32Array;
}) {
  const units = before.shape[before.shape.length - 1];
  const conv = before.shape.length === 4;
  const what = conv
    ? `one ${before.shape[0]} × ${before.shape[1]} filter each${before.shape[2] > 1 ? ' (its first input channel)' : ''}`
    : `one ${Math.round(Math.sqrt(before.shape[0]))} × ${Math.round(Math.sqrt(before.shape[0]))} image per unit`;
  const shown = units > UNITS_SHOWN ? ` · first ${UNITS_SHOWN} of ${units}` : '';
  return (
    <div className="pv-unit-rows" data-testid="update-unit-images">
      {(
        [
          ['before', before.values],
          ['after', after.values],
          ['ΔW = after − before', delta],
        ] as const
      ).map(([name, values]) => (
        <figure key={name} className="pv-figure">
          <figcaption>
            <strong>{name}</strong>{' '}
            <span className="pv-muted">
              {what}
              {shown}
            </span>
          </figcaption>
          <UnitImages
            values={values}
            shape={before.shape}
            max={UNITS_SHOWN}
            scale={conv ? undefined : 2}
            label={`${before.name} ${name}`}
          />
        </figure>
      ))}
    </div>
  );
}

/** Before, after and the change of one parameter tensor, on a shared colour scale. */
function ParamChange({
  before,
  after,
  imageShape,
}: {
  before: ParamValues;
  after: ParamValues;
  imageShape?: [number, number];
}) {
  const delta = useMemo(() => after.values.map((v, i) => v - before.values[i]), [before, after]);
  const { rows, cols } = matrixOf(before);
  const shared = Math.max(maxAbs(before.values), maxAbs(after.values));
  const dMax = maxAbs(delta);
  const wNorm = norm(before.values);
  const isMatrix = before.shape.length >= 2;
  const common = {
    rows,
    cols,
    rowLabels:
      isMatrix && before.layer === 0 && rows <= 10
        ? numbered(rows).map((_, i) => inputName(i))
        : undefined,
    colLabels: numbered(cols),
    cellSize: 22,
    maxHeight: 240,
  };
  const sym = isMatrix ? 'ΔW' : 'Δb';
  return (
    <div className="pv-param">
      <h3>
        {before.name} <span className="pv-muted">{fmtShape(before.shape)}</span>
      </h3>
      {drawnAsImages(before, imageShape) ? (
        <ImageParamChange before={before} after={after} delta={delta} />
      ) : (
        <div className={cardsClass(cols, 'pv-cards pv-cards-3')}>
          <figure className="pv-card">
            <figcaption>before</figcaption>
            <Heatmap
              {...common}
              values={before.values}
              label={`${before.name} before the update`}
              range={shared}
            />
          </figure>
          <figure className="pv-card">
            <figcaption>after</figcaption>
            <Heatmap
              {...common}
              values={after.values}
              label={`${before.name} after the update`}
              range={shared}
            />
          </figure>
          <figure className="pv-card">
            <figcaption>{sym} = after − before</figcaption>
            <Heatmap {...common} values={delta} label={`Change of ${before.name} in this update`} />
          </figure>
        </div>
      )}
      <p className="pv-inline-stats">
        max |{sym}| = <strong>{fmt(dMax, 3)}</strong>
        {dMax === 0 && ': this update left them unchanged'}
        {wNorm > 0 && (
          <>
            {' · '}‖{sym}‖ / ‖{isMatrix ? 'W' : 'b'}‖ ={' '}
            <strong>{fmt(norm(delta) / wNorm, 3)}</strong>
          </>
        )}
      </p>
    </div>
  );
}

/** One step of the optimizer: a chosen layer's parameters before and after, and the state. */
export function UpdateView({ report, model, dataset }: PhaseViewProps<'update'>) {
  const selectId = useId();
  const layers = useMemo(() => [...new Set(report.before.map((p) => p.layer))], [report.before]);
  const [chosen, setChosen] = useState(0);
  const layer = layers.includes(chosen) ? chosen : (layers[0] ?? 0);
  const slots = useMemo(
    () => slotsByParam(report.state, report.before),
    [report.state, report.before],
  );
  const iter = report.state.find((s) => s.name === 'iter');
  const params = report.before
    .map((p, i) => ({ before: p, after: report.after[i], slots: slots[i] ?? [] }))
    .filter((p) => p.before.layer === layer && p.after);
  const layerName = (l: number) => model.layers[l]?.name ?? `layer ${l + 1}`;
  const imageShape = dataset.kind === 'images' ? dataset.imageShape : undefined;
  return (
    <div className="pv-view">
      <Stats>
        <Stat label="Optimizer" value={report.optimizer} />
        <Stat label="Learning rate η" value={fmt(report.learningRate)} big />
        <Stat label="Step after this update" value={report.step} hint="updates made then" />
        {iter && <Stat label="Optimizer iter" value={fmt(iter.values[0])} hint="tfjs step count" />}
      </Stats>

      <div className="pv-field">
        <label htmlFor={selectId}>Layer</label>
        <select id={selectId} value={layer} onChange={(e) => setChosen(Number(e.target.value))}>
          {layers.map((l) => (
            <option key={l} value={l}>
              {layerName(l)}
            </option>
          ))}
        </select>
      </div>

      {params.map((p) => (
        <ParamChange
          key={p.before.name}
          before={p.before}
          after={p.after}
          imageShape={imageShape}
        />
      ))}

      <h3 className="pv-subhead">Optimizer state of {layerName(layer)}</h3>
      {params.every((p) => p.slots.length === 0) ? (
        <Note>
          {report.optimizer.startsWith('SGD') && !report.optimizer.includes('momentum')
            ? 'Plain SGD keeps no state besides its step count: each update uses only the current gradient.'
            : 'The optimizer reported no state for this layer.'}
        </Note>
      ) : (
        <>
          <Note>
            State names come from tfjs: “&lt;variable name&gt;/&lt;slot&gt;”, where the variable
            name is a number tfjs gives each variable, not the layer name.
          </Note>
          <div
            className={cardsClass(
              Math.max(
                ...params.flatMap((p) => p.slots.map((s) => s.shape[s.shape.length - 1] ?? 1)),
              ),
            )}
          >
            {params.flatMap((p) =>
              p.slots.map((s) => {
                const { rows, cols } = matrixOf(s);
                const slot = s.name.slice(s.name.lastIndexOf('/') + 1);
                return (
                  <figure key={s.name} className="pv-card">
                    <figcaption>
                      <strong>{s.name}</strong>{' '}
                      <span className="pv-muted">
                        of {p.before.name} · {slotMeaning(slot, report.optimizer)}
                      </span>
                    </figcaption>
                    {drawnAsImages(s, imageShape) ? (
                      <UnitImages
                        values={s.values}
                        shape={s.shape}
                        max={UNITS_SHOWN}
                        scale={s.shape.length === 4 ? undefined : 2}
                        signed={!nonNegativeSlot(slot)}
                        label={`Optimizer state ${s.name} of ${p.before.name}`}
                      />
                    ) : (
                      <Heatmap
                        values={s.values}
                        rows={rows}
                        cols={cols}
                        signed={!nonNegativeSlot(slot)}
                        label={`Optimizer state ${s.name} of ${p.before.name}`}
                        colLabels={numbered(cols)}
                        cellSize={22}
                        maxHeight={200}
                      />
                    )}
                  </figure>
                );
              }),
            )}
          </div>
        </>
      )}
    </div>
  );
}
