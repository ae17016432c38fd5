/**
 * The learning-rate finder under the learning-rate field: starts the engine's range test
 * (Lightning's `Tuner.lr_find`) on a copy of the run, draws the smoothed loss against the
 * learning rate on a log axis with the suggested rate marked, and "Use this rate" types the
 * suggestion into the learning-rate field. Plain data in, commands out: no tensors here.
 */
import { memo, useId, useMemo, useRef, useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { fill } from '../../content/fill';
import type { LrFindReport, LrFindSettings } from '../../protocol/lr-find';
import { useTexts } from '../locale';
import { ChartExport } from '../viz/ChartExport';
import { pointsCsv } from '../viz/csv';
import { fmt, fmtInt } from '../viz/format';
import { paddedRange } from '../viz/ranges';
import {
  DEFAULT_LR_FIND_DRAFT,
  type LrFindDraft,
  rateFieldText,
  readLrFindDraft,
} from './settings';
import './lr-find.css';

interface Props {
  /** The sweep of the current run: in progress (`stop` null), ended, or none yet. */
  report: LrFindReport | null;
  /** The run's optimizer steps now (null before a run). */
  step: number | null;
  /** The engine has a run. */
  ready: boolean;
  /** The run is training (run mode): the finder waits for Pause. */
  running: boolean;
  onFind(settings: LrFindSettings): void;
  onCancel(): void;
  /** Types `text` into the learning-rate field, as the user would. */
  onUse(text: string): void;
}

const TICK = { fontSize: 11, fill: 'var(--muted, #6b7280)' };
const SETTING_KEYS = ['lrMin', 'lrMax', 'steps'] as const;
const SETTING_LABELS = { lrMin: 'lrFindMin', lrMax: 'lrFindMax', steps: 'lrFindSteps' } as const;

/** Powers of ten in [min, max], thinned to at most 5 ticks. */
function decadeTicks(min: number, max: number): number[] {
  const lo = Math.ceil(Math.log10(min));
  const hi = Math.floor(Math.log10(max));
  const every = Math.max(1, Math.ceil((hi - lo + 1) / 5));
  const ticks: number[] = [];
  for (let e = hi; e >= lo; e -= every) ticks.unshift(10 ** e);
  return ticks;
}

export const LrFinder = memo(function LrFinder({
  report,
  step,
  ready,
  running,
  onFind,
  onCancel,
  onUse,
}: Props) {
  const texts = useTexts();
  const t = texts.ui;
  const technique = texts.techniques.lrFinder;
  const id = useId();
  const chartRef = useRef<HTMLElement>(null);
  const [draft, setDraft] = useState<LrFindDraft>(DEFAULT_LR_FIND_DRAFT);
  const read = useMemo(() => readLrFindDraft(draft), [draft]);
  const sweeping = report !== null && report.stop === null;
  const blocked = !ready ? t.lrFindNotReady : running ? t.lrFindWhileRunning : null;
  const shownSettings = read.settings ?? report?.settings ?? null;

  const data = useMemo(
    () =>
      report
        ? report.lrs.flatMap((lr, i) =>
            Number.isFinite(report.losses[i]) ? [{ lr, loss: report.losses[i] }] : [],
          )
        : [],
    [report],
  );
  const suggestion = report?.suggestion ?? null;
  const count = report?.lrs.length ?? 0;
  const stopText =
    report?.stop === 'done'
      ? t.lrFindStopDone
      : report?.stop === 'diverged'
        ? t.lrFindStopDiverged
        : report?.stop === 'nonFinite'
          ? t.lrFindStopNonFinite
          : report?.stop === 'cancelled'
            ? t.lrFindStopCancelled
            : report?.stop === 'failed'
              ? t.lrFindStopFailed
              : null;

  return (
    <section className="lr-finder" aria-label={t.lrFindHeading} data-testid="lr-finder">
      <div className="lr-finder-actions">
        {sweeping ? (
          <button type="button" className="inline" onClick={onCancel}>
            {t.lrFindCancel}
          </button>
        ) : (
          <button
            type="button"
            className="inline"
            onClick={() => read.settings && onFind(read.settings)}
            disabled={blocked !== null || read.settings === null}
            aria-describedby={blocked ? `${id}-why` : undefined}
          >
            {t.lrFindButton}
          </button>
        )}
        {sweeping && (
          <span className="lr-finder-progress" role="status">
            {count === 0
              ? t.lrFindStarting
              : fill(t.lrFindProgress, {
                  step: fmtInt(count),
                  steps: fmtInt(report.settings.steps),
                  lr: fmt(report.lrs[count - 1], 2),
                })}
          </span>
        )}
      </div>
      {sweeping && <p className="field-help">{t.lrFindCancelNote}</p>}
      {!sweeping && blocked && (
        <p className="field-help" id={`${id}-why`}>
          {blocked}
        </p>
      )}
      <details className="lr-finder-settings">
        <summary>{t.lrFindSettings}</summary>
        <div className="lr-finder-fields">
          {SETTING_KEYS.map((key) => {
            const issue = read.issues?.[key];
            const fieldId = `${id}-${key}`;
            return (
              <div key={key} className={`field${issue ? ' field-invalid' : ''}`}>
                <label htmlFor={fieldId}>{t[SETTING_LABELS[key]]}</label>
                <input
                  id={fieldId}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  spellCheck={false}
                  value={draft[key]}
                  aria-invalid={issue ? true : undefined}
                  aria-describedby={issue ? `${fieldId}-error` : undefined}
                  onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
                />
                {issue && (
                  <p className="field-error" id={`${fieldId}-error`} role="alert">
                    {fill(t[issue.key], { min: fmt(issue.values.min ?? 0, 3) })}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </details>
      {report && data.length > 0 && (
        <figure className="lr-finder-chart" aria-label={t.lrFindChartTitle} ref={chartRef}>
          <figcaption className="field-help">
            <ChartExport
              target={chartRef}
              title={t.lrFindChartTitle}
              fileName="lr-find"
              csv={() => pointsCsv(['learningRate', 'loss'], [report.lrs, report.losses])}
            />
            {t.lrFindChartTitle}
          </figcaption>
          <LineChart
            responsive
            style={{ width: '100%', height: 150 }}
            data={data}
            margin={{ top: 6, right: 10, bottom: 14, left: 0 }}
            data-testid="lr-find-chart"
          >
            <CartesianGrid stroke="var(--border, #e5e7eb)" />
            <XAxis
              type="number"
              dataKey="lr"
              scale="log"
              domain={[report.settings.lrMin, report.settings.lrMax]}
              ticks={decadeTicks(report.settings.lrMin, report.settings.lrMax)}
              allowDataOverflow
              interval={0}
              tick={TICK}
              tickFormatter={(v: number) => fmt(v, 1)}
              label={{ value: t.lrFindChartX, position: 'insideBottom', offset: -10, ...TICK }}
            />
            <YAxis
              type="number"
              domain={paddedRange(data.map((d) => d.loss))}
              tick={TICK}
              width={44}
              tickCount={4}
              tickFormatter={(v: number) => fmt(v, 3)}
            />
            <Tooltip
              isAnimationActive={false}
              wrapperStyle={{ fontSize: 12 }}
              labelFormatter={(v) => fmt(Number(v), 3)}
              formatter={(v) => [fmt(Number(v), 4), t.lrFindChartY]}
            />
            <Line
              dataKey="loss"
              stroke="#2563eb"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            {suggestion && Number.isFinite(report.losses[suggestion.index]) && (
              <>
                <ReferenceLine x={suggestion.lr} stroke="#f97316" strokeDasharray="4 3" />
                <ReferenceDot
                  x={suggestion.lr}
                  y={report.losses[suggestion.index]}
                  r={4}
                  fill="#f97316"
                  stroke="none"
                />
              </>
            )}
          </LineChart>
        </figure>
      )}
      {report && !sweeping && (
        <div className="lr-finder-result" role="status">
          {stopText && <p className="field-help">{fill(stopText, { count: fmtInt(count) })}</p>}
          {suggestion ? (
            <div className="lr-finder-suggestion">
              <span data-testid="lr-find-suggestion">
                {fill(t.lrFindSuggested, { lr: fmt(suggestion.lr, 2) })}
              </span>
              <button
                type="button"
                className="inline"
                onClick={() => onUse(rateFieldText(suggestion.lr))}
              >
                {t.lrFindUse}
              </button>
            </div>
          ) : (
            report.stop !== 'failed' && <p className="field-help">{t.lrFindNoSuggestion}</p>
          )}
          {report.stop !== 'failed' && (
            <p className="field-help">
              {report.weights === 'initial'
                ? t.lrFindFromInitial
                : fill(t.lrFindFromStep, { step: fmtInt(report.fromStep) })}
              {step !== null && step !== report.fromStep && (
                <> {fill(t.lrFindMovedOn, { step: fmtInt(step) })}</>
              )}
            </p>
          )}
        </div>
      )}
      <details className="lr-finder-help">
        <summary>{t.lrFindHowItWorks}</summary>
        {shownSettings && (
          <p>
            {fill(t.lrFindIntro, {
              steps: fmtInt(shownSettings.steps),
              min: fmt(shownSettings.lrMin, 2),
              max: fmt(shownSettings.lrMax, 2),
            })}
          </p>
        )}
        <p>{t.lrFindHowToRead}</p>
        <p>{technique.why}</p>
        <p className="lr-finder-formula">{technique.formula}</p>
        <p>{technique.when}</p>
      </details>
    </section>
  );
});
