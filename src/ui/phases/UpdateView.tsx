import { useId, useMemo, useState } from 'react';
import type { OptimizerQuantityId, ParamValues, UpdateReport } from '../../protocol/reports';
import { useTexts } from '../locale';
import { fmt, fmtShape } from '../viz/format';
import { Heatmap } from '../viz/Heatmap';
import { nonNegativeQuantity } from '../viz/scales';
import { UnitImages } from './images/DigitGrid';
import { cardsClass, inputName, Note, numbered, Stat, Stats } from './common';
import { UpdatePrecisionSection } from './PrecisionSections';
import type { PhaseViewProps } from './types';
import { fill } from '../../content/fill';

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
  const t = useTexts().optimizer;
  const units = before.shape[before.shape.length - 1];
  const conv = before.shape.length === 4;
  const what = conv
    ? t.filters(String(before.shape[0]), before.shape[2] > 1)
    : t.unitImages(String(Math.round(Math.sqrt(before.shape[0]))));
  const shown = units > UNITS_SHOWN ? t.firstOf(String(UNITS_SHOWN), String(units)) : '';
  return (
    <div className="pv-unit-rows" data-testid="update-unit-images">
      {(
        [
          [t.before, before.values],
          [t.after, after.values],
          [t.change('ΔW'), delta],
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
  const t = useTexts().optimizer;
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
            <figcaption>{t.before}</figcaption>
            <Heatmap
              {...common}
              values={before.values}
              label={t.beforeLabel(before.name)}
              range={shared}
            />
          </figure>
          <figure className="pv-card">
            <figcaption>{t.after}</figcaption>
            <Heatmap
              {...common}
              values={after.values}
              label={t.afterLabel(before.name)}
              range={shared}
            />
          </figure>
          <figure className="pv-card">
            <figcaption>{t.change(sym)}</figcaption>
            <Heatmap {...common} values={delta} label={t.changeLabel(before.name)} />
          </figure>
        </div>
      )}
      <p className="pv-inline-stats">
        max |{sym}| = <strong>{fmt(dMax, 3)}</strong>
        {dMax === 0 && t.unchanged}
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

/** A number with few digits, for the bias corrections. */
const short = (x: number) => fmt(x, 4);

/** The formula of the update, with what applies to this run (decay, Nesterov, bias correction). */
function UpdateRule({ report }: { report: UpdateReport }) {
  const t = useTexts().optimizer;
  const { optimizer, state } = report;
  const h = state.hparams;
  const lambda = typeof h.weightDecay === 'number' ? h.weightDecay : 0;
  const adam = optimizer === 'adam' || optimizer === 'adamw';
  return (
    <>
      <p className="pv-formula" data-testid="update-rule">
        {optimizer === 'momentum' && h.nesterov === true
          ? t.formulas.nesterov
          : t.formulas[optimizer]}
      </p>
      {optimizer === 'momentum' && (
        <Note>{h.nesterov === true ? t.nesterovOn : t.nesterovOff}</Note>
      )}
      {lambda > 0 && (
        <Note>{optimizer === 'adamw' ? t.decoupled(fmt(lambda)) : t.l2(fmt(lambda))}</Note>
      )}
      {adam && state.t > 0 && typeof h.beta1 === 'number' && typeof h.beta2 === 'number' && (
        <Note>
          {t.biasCorrection(
            fmt(state.t),
            short(1 - h.beta1 ** state.t),
            short(1 - h.beta2 ** state.t),
          )}
        </Note>
      )}
    </>
  );
}

/** One quantity of the optimizer's state for one parameter, as a heatmap or unit images. */
function QuantityCard({
  id,
  values,
  param,
  imageShape,
}: {
  id: OptimizerQuantityId;
  values: Float32Array;
  param: ParamValues;
  imageShape?: [number, number];
}) {
  const t = useTexts().optimizer;
  const { symbol, meaning } = t.quantities[id];
  const { rows, cols } = matrixOf(param);
  const label = t.quantityLabel(symbol, param.name);
  return (
    <figure className="pv-card" data-testid={`optimizer-${id}`}>
      <figcaption>
        <strong>{symbol}</strong>{' '}
        <span className="pv-muted">
          {t.ofParam(param.name)} · {meaning}
        </span>
      </figcaption>
      {drawnAsImages(param, imageShape) ? (
        <UnitImages
          values={values}
          shape={param.shape}
          max={UNITS_SHOWN}
          scale={param.shape.length === 4 ? undefined : 2}
          signed={!nonNegativeQuantity(id)}
          label={label}
        />
      ) : (
        <Heatmap
          values={values}
          rows={rows}
          cols={cols}
          signed={!nonNegativeQuantity(id)}
          label={label}
          colLabels={numbered(cols)}
          cellSize={22}
          maxHeight={200}
        />
      )}
    </figure>
  );
}

/** One step of the optimizer: a chosen layer's parameters before and after, and the state. */
export function UpdateView({ report, model, dataset }: PhaseViewProps<'update'>) {
  const { optimizer: t, ui } = useTexts();
  const selectId = useId();
  const layers = useMemo(() => [...new Set(report.before.map((p) => p.layer))], [report.before]);
  const [chosen, setChosen] = useState(0);
  const layer = layers.includes(chosen) ? chosen : (layers[0] ?? 0);
  const params = report.before
    .map((p, i) => ({
      before: p,
      after: report.after[i],
      quantities: report.state.params.find((s) => s.name === p.name)?.quantities ?? [],
    }))
    .filter((p) => p.before.layer === layer && p.after);
  const layerName = (l: number) => model.layers[l]?.name ?? fill(ui.pvLayerN, { n: l + 1 });
  const imageShape = dataset.kind === 'images' ? dataset.imageShape : undefined;
  return (
    <div className="pv-view">
      <Stats>
        <Stat label={t.labelOptimizer} value={t.names[report.optimizer]} />
        <Stat label={t.labelLearningRate} value={fmt(report.learningRate)} big />
        <Stat label={t.labelStep} value={report.step} hint={t.hintStep} />
        <Stat
          label={t.labelT}
          value={fmt(report.state.t)}
          hint={report.optimizer === 'adam' || report.optimizer === 'adamw' ? t.hintT : undefined}
        />
      </Stats>
      <UpdateRule report={report} />

      <UpdatePrecisionSection precision={report.precision} />

      <div className="pv-field">
        <label htmlFor={selectId}>{t.layer}</label>
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

      <h3 className="pv-subhead">{t.stateOf(layerName(layer))}</h3>
      {params.every((p) => p.quantities.length === 0) ? (
        <Note>{report.optimizer === 'sgd' ? t.sgdNoState : t.noState}</Note>
      ) : (
        <div
          className={cardsClass(
            Math.max(...params.map((p) => p.before.shape[p.before.shape.length - 1] ?? 1)),
          )}
        >
          {params.flatMap((p) =>
            p.quantities.map((q) => (
              <QuantityCard
                key={`${p.before.name}/${q.id}`}
                id={q.id}
                values={q.values}
                param={p.before}
                imageShape={imageShape}
              />
            )),
          )}
        </div>
      )}
    </div>
  );
}
