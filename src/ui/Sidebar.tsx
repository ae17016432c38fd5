import { Fragment, memo, type ReactNode } from 'react';
/** The hyperparameter sidebar, generated from the field schema. */
import {
  fieldAppliesTo,
  FIELDS,
  optionsFor,
  type Field,
  type FieldErrors,
  type FieldGroup,
  type FieldIssue,
  type FieldKey,
  type LabConfig,
  type RawConfig,
  rawTask,
  type TaskId,
} from '../config/schema';
import { fromLocalNumberText, toLocalNumberText } from '../config/number-text';
import { issueText, paramHelp, type TextContext, texts } from '../content';
import { useLocale, useTexts } from './locale';
import { ConfigFileControls } from './records/ConfigFileControls';
import { PanelBoundary } from './PanelBoundary';
import type { SeriesData } from '../protocol/metric-log';
import { SchedulePlot } from './SchedulePlot';
import { fmtIssueNumber } from './viz/format';

const GROUPS: FieldGroup[] = ['Data', 'Model', 'Optimizer', 'Schedule', 'Gradients', 'Run'];

interface Props {
  raw: RawConfig;
  errors: FieldErrors;
  /** Fields whose new value waits for a reset. */
  pendingReset: FieldKey[];
  onChange: (key: FieldKey, value: string) => void;
  /** Controls that replace a field's generated one (e.g. the data loader for `dataId`). */
  slots?: Partial<Record<FieldKey, ReactNode>>;
  /** Controls shown right after a field's own (e.g. the learning-rate finder). */
  after?: Partial<Record<FieldKey, ReactNode>>;
  /** The task, model and loss the sidebar's values describe, which choose each field's help. */
  context: TextContext;
  /** A config file's values for every field, applied as if typed (shows Export/Import). */
  onImport?: (raw: RawConfig) => void;
  /** The valid config the fields describe (null while one is invalid): the schedule's plot. */
  config?: LabConfig | null;
  /** Optimizer steps taken so far, for the plot's marker (null before a run). */
  step?: number | null;
  /** The run's recorded learning rates and the step of the schedule's last live change. */
  schedule?: { recorded: Readonly<SeriesData>; version: number; changedAt: number | null };
}

function FieldControl({
  field,
  task,
  context,
  value,
  error,
  onChange,
}: {
  field: Field;
  task: TaskId | null;
  context: TextContext;
  value: string;
  error?: FieldIssue;
  onChange: (v: string) => void;
}) {
  const { locale } = useLocale();
  const t = texts(locale).sidebar;
  const own = t.fields[field.key as FieldKey];
  const optionLabels: Record<string, string> = 'options' in own ? own.options : {};
  const id = `field-${field.key}`;
  const errorId = `${id}-error`;
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : `${id}-help`,
  } as const;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <div className="field-head">
        <label htmlFor={id}>{own.label}</label>
        {field.unit && <span className="unit">({t.units[field.unit]})</span>}
        <span
          className={`applies applies-${field.applies}`}
          title={field.applies === 'live' ? t.liveTitle : t.resetTitle}
        >
          {field.applies === 'live' ? t.live : t.reset}
        </span>
      </div>
      {field.kind === 'select' ? (
        <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
          {(task ? optionsFor(field, task) : field.options).map((o) => (
            <option key={o.value} value={o.value}>
              {optionLabels[o.value] ?? o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={toLocalNumberText(value, locale)}
          onChange={(e) => onChange(fromLocalNumberText(e.target.value, locale))}
        />
      )}
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          {issueText(field.key as FieldKey, error, locale, fmtIssueNumber)}
        </p>
      ) : (
        <p className="field-help" id={`${id}-help`}>
          {paramHelp(field.key as FieldKey, context, locale)}
        </p>
      )}
    </div>
  );
}

export const Sidebar = memo(function Sidebar({
  raw,
  errors,
  pendingReset,
  onChange,
  slots,
  after,
  context,
  onImport,
  config,
  step = null,
  schedule,
}: Props) {
  // Task-specific fields are shown for their task only (an unknown task shows them all).
  const task = rawTask(raw);
  const { locale } = useLocale();
  const t = useTexts().sidebar;
  return (
    <aside className="sidebar" aria-label={t.heading}>
      <h2>{t.heading}</h2>
      {onImport && <ConfigFileControls raw={raw} onImport={onImport} />}
      {pendingReset.length > 0 && (
        <p className="pending-note" role="status">
          {t.pending.before(pendingReset.map((k) => t.fields[k].label).join(', '))}{' '}
          <strong>{t.pending.button}</strong>
          {t.pending.after}
        </p>
      )}
      {GROUPS.map((group) => (
        <PanelBoundary key={group} name={t.groups[group]} resetKey={raw}>
          <fieldset>
            <legend>{t.groups[group]}</legend>
            {FIELDS.filter((f) => f.group === group && fieldAppliesTo(f, raw)).map((f) =>
              slots?.[f.key] ? (
                <div key={f.key} className="field-slot">
                  {slots[f.key]}
                  {errors[f.key] && (
                    <p className="field-error" role="alert">
                      {issueText(f.key, errors[f.key]!, locale, fmtIssueNumber)}
                    </p>
                  )}
                </div>
              ) : (
                <Fragment key={f.key}>
                  <FieldControl
                    field={f}
                    task={task}
                    context={context}
                    value={raw[f.key]}
                    error={errors[f.key]}
                    onChange={(v) => onChange(f.key, v)}
                  />
                  {after?.[f.key]}
                </Fragment>
              ),
            )}
            {group === 'Schedule' && config && (
              <SchedulePlot
                config={config}
                step={step}
                recorded={schedule?.recorded}
                recordedVersion={schedule?.version}
                changedAt={schedule?.changedAt}
              />
            )}
          </fieldset>
        </PanelBoundary>
      ))}
    </aside>
  );
});
