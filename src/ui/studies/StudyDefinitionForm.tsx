/**
 * The form that plans a study: its kind (a grid or random sweep, an ablation, a scaling
 * study), what it varies, its budget, and for sweeps successive halving. Every problem is
 * shown at the input it concerns, in the page's language, as soon as it is typed (the checks
 * are those of ../../data/study/definition.ts and expand.ts, placed by ./study-form-state.ts);
 * "Start study" gives the checked definition to `onStart` and is disabled while any remains.
 */
import { memo, type ReactNode, useId, useMemo, useState } from 'react';
import { FIELD_BY_KEY, type FieldKey, type TaskId } from '../../config/schema';
import { type Content, issueText } from '../../content';
import { fill } from '../../content/fill';
import type { StudyDefinition, StudyIssue } from '../../data/study/definition';
import type { RunSettings } from '../../data/study/expand';
import { useLocale, useTexts } from '../locale';
import { fmtInt, fmtIssueNumber } from '../viz/format';
import {
  checkForm,
  choiceOptions,
  FORM_KINDS,
  type FormKind,
  type FormState,
  initialForm,
  type InputKey,
  newParam,
  type ParamInput,
  presetsFor,
  sizeFields,
  sweepableFields,
} from './study-form-state';
import { fieldName, settingsText, settingText } from './study-view-kit';
import './studies.css';

export interface StudyDefinitionFormProps {
  /** The base settings, by field key: the sidebar's (see `baseFromConfig`). */
  base: RunSettings;
  /** Called with the checked definition when the user starts the study. */
  onStart: (definition: StudyDefinition) => void;
  /** Why no study can start now (one is running, say); null when one can. */
  blocked?: string | null;
}

const SCALING_TASKS: readonly TaskId[] = ['names', 'mnist'];

/** A study issue in words: the sidebar's own sentence for a value it refuses, else the study's. */
function issueMessage(all: Content, issue: StudyIssue, label: string, locale: 'en' | 'de'): string {
  const key = issue.values.field as FieldKey | undefined;
  if (issue.id === 'badValue' && issue.field && key && key in FIELD_BY_KEY)
    return issueText(key, issue.field, locale, fmtIssueNumber);
  const values: Record<string, string | number> = { path: label };
  for (const [k, v] of Object.entries(issue.values))
    values[k] =
      k === 'field' ? fieldName(all, String(v)) : typeof v === 'number' ? fmtIssueNumber(v) : v;
  return all.study.issues[issue.id].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in values ? String(values[name]) : m,
  );
}

export const StudyDefinitionForm = memo(function StudyDefinitionForm({
  base,
  onStart,
  blocked = null,
}: StudyDefinitionFormProps) {
  const all = useTexts();
  const t = all.studyForm;
  const { locale } = useLocale();
  const ids = { add: useId(), kind: useId() };
  const [s, setS] = useState<FormState>(() => initialForm(base));
  const form: FormState = s.base === base ? s : { ...s, base };
  const set = (patch: Partial<FormState>) => setS({ ...form, ...patch });

  const presets = useMemo(() => presetsFor(base), [base]);
  const presetChanges = Object.fromEntries(presets.map((p) => [p.id, p.changes]));
  const presetNames = Object.fromEntries(presets.map((p) => [p.id, t.presets[p.id]]));
  const check = checkForm(form, locale, presetChanges, presetNames);
  const sweepable = useMemo(() => sweepableFields(base), [base]);

  /** The messages of an input: its own text's, else the definition's issues there. */
  const errorsAt = (input: InputKey, label: string): string[] => {
    const own = check.local.get(input);
    if (own) return [fill(t.notANumber, { text: own.text })];
    return (check.issues.get(input) ?? []).map((i) => issueMessage(all, i, label, locale));
  };
  const formErrors = errorsAt('form', t.heading);
  const sweep = form.kind === 'grid' || form.kind === 'random';
  const updateParam = (i: number, patch: Partial<ParamInput>) =>
    set({ params: form.params.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const sizes = sizeFields(base, form.scalingTask);
  const canStart = check.study !== null && check.runs > 0 && blocked === null;

  return (
    <form
      className="study-form"
      data-testid="study-form"
      aria-label={t.heading}
      onSubmit={(e) => {
        e.preventDefault();
        if (canStart && check.study) onStart(check.study);
      }}
    >
      <h4>{t.heading}</h4>
      <fieldset>
        <legend>{t.kind}</legend>
        <div className="study-form-row">
          {FORM_KINDS.map((k: FormKind) => (
            <label key={k} className="inline">
              <input
                type="radio"
                name={ids.kind}
                value={k}
                checked={form.kind === k}
                data-testid={`study-kind-${k}`}
                onChange={() => set({ kind: k })}
              />
              {t.kinds[k]}
            </label>
          ))}
        </div>
        <p className="help">{t.kindHelp[form.kind]}</p>
        <p className="help" data-testid="study-base">
          {t.base}: {Object.keys(base).length ? settingsText(all, base) : t.baseNone}. {t.baseHelp}
        </p>
        <Errors input="base" errors={errorsAt('base', t.base)} />
      </fieldset>
      {sweep && (
        <fieldset data-testid="study-parameters">
          <legend>{t.parameters}</legend>
          {form.params.map((p, i) => {
            const field = FIELD_BY_KEY[p.key];
            const label = fieldName(all, p.key);
            const at = `param:${p.key}`;
            return (
              <div key={p.key} className="study-form-row" data-testid={`study-param-${p.key}`}>
                <strong>{label}</strong>
                {field.kind === 'select' ? (
                  <span>
                    {choiceOptions(p.key, base).map((o) => (
                      <label key={o} className="inline">
                        <input
                          type="checkbox"
                          checked={p.choices.includes(o)}
                          onChange={(e) =>
                            updateParam(i, {
                              choices: e.target.checked
                                ? [...p.choices, o]
                                : p.choices.filter((c) => c !== o),
                            })
                          }
                        />
                        {settingText(all, p.key, o)}
                      </label>
                    ))}
                    <Errors input={`${at}:values`} errors={errorsAt(`${at}:values`, label)} />
                  </span>
                ) : form.kind === 'random' && p.useRange ? (
                  <>
                    <TextInput
                      input={`${at}:min`}
                      label={t.min}
                      value={p.minText}
                      errors={errorsAt(`${at}:min`, `${label} (${t.min})`)}
                      onChange={(v) => updateParam(i, { minText: v })}
                    />
                    <TextInput
                      input={`${at}:max`}
                      label={t.max}
                      value={p.maxText}
                      errors={errorsAt(`${at}:max`, `${label} (${t.max})`)}
                      onChange={(v) => updateParam(i, { maxText: v })}
                    />
                    <label className="inline">
                      <input
                        type="checkbox"
                        checked={p.log}
                        onChange={(e) => updateParam(i, { log: e.target.checked })}
                      />
                      {t.logUniform}
                    </label>
                  </>
                ) : (
                  <TextInput
                    input={`${at}:values`}
                    label={t.values}
                    help={t.valuesHelp}
                    value={p.valuesText}
                    wide
                    errors={errorsAt(`${at}:values`, label)}
                    onChange={(v) => updateParam(i, { valuesText: v })}
                  />
                )}
                {form.kind === 'random' && field.kind !== 'select' && (
                  <label className="inline">
                    <input
                      type="checkbox"
                      checked={p.useRange}
                      data-testid={`${at}:range`}
                      onChange={(e) => updateParam(i, { useRange: e.target.checked })}
                    />
                    {t.useRange}
                  </label>
                )}
                <button
                  type="button"
                  aria-label={fill(t.removeName, { name: label })}
                  onClick={() => set({ params: form.params.filter((_, j) => j !== i) })}
                >
                  {t.remove}
                </button>
              </div>
            );
          })}
          <div className="study-form-row">
            <label htmlFor={ids.add}>
              {t.addParameter}
              <select
                id={ids.add}
                value=""
                data-testid="study-add-parameter"
                aria-invalid={check.issues.has('parameters') || undefined}
                onChange={(e) =>
                  e.target.value &&
                  set({
                    params: [...form.params, newParam(e.target.value as FieldKey, base, locale)],
                  })
                }
              >
                <option value="">{t.addParameterNone}</option>
                {sweepable
                  .filter((f) => !form.params.some((p) => p.key === f.key))
                  .map((f) => (
                    <option key={f.key} value={f.key}>
                      {fieldName(all, f.key)}
                    </option>
                  ))}
              </select>
            </label>
          </div>
          <Errors input="parameters" errors={errorsAt('parameters', t.parameters)} />
          <div className="study-form-row">
            <TextInput
              input="runs"
              label={t.budget}
              help={form.kind === 'grid' ? t.budgetHelpGrid : t.budgetHelpRandom}
              value={form.runsText}
              errors={errorsAt('runs', t.budget)}
              onChange={(v) => set({ runsText: v })}
            />
            {form.kind === 'random' && (
              <TextInput
                input="seed"
                label={t.drawSeed}
                value={form.drawSeedText}
                errors={errorsAt('seed', t.drawSeed)}
                onChange={(v) => set({ drawSeedText: v })}
              />
            )}
            <StepsInput form={form} set={set} errors={errorsAt('stepsPerRun', t.stepsPerRun)} />
          </div>
          <label className="inline">
            <input
              type="checkbox"
              checked={form.halving}
              data-testid="study-halving"
              onChange={(e) => set({ halving: e.target.checked })}
            />
            {t.halving}
          </label>
          <p className="help">{t.halvingHelp}</p>
        </fieldset>
      )}
      {form.kind === 'ablation' && (
        <fieldset data-testid="study-components">
          <legend>{t.components}</legend>
          {presets.map((p) => (
            <div key={p.id} className="study-form-row">
              <label className="inline">
                <input
                  type="checkbox"
                  checked={form.presets.includes(p.id)}
                  data-testid={`study-preset-${p.id}`}
                  onChange={(e) =>
                    set({
                      presets: e.target.checked
                        ? [...form.presets, p.id]
                        : form.presets.filter((x) => x !== p.id),
                    })
                  }
                />
                {t.presets[p.id]}{' '}
                <span className="help">
                  ({fill(t.presetChanges, { changes: settingsText(all, p.changes) })})
                </span>
              </label>
              <Errors
                input={`preset:${p.id}`}
                errors={errorsAt(`preset:${p.id}`, t.presets[p.id])}
              />
            </div>
          ))}
          {form.custom.map((c, i) => (
            <div key={i} className="study-form-row" data-testid="study-custom">
              <strong>{t.custom}</strong>
              <TextInput
                input={`custom:${i}:name`}
                label={t.customName}
                value={c.name}
                errors={[]}
                onChange={(v) =>
                  set({ custom: form.custom.map((x, j) => (j === i ? { ...x, name: v } : x)) })
                }
              />
              <label>
                {t.customField}
                <select
                  value={c.key}
                  onChange={(e) =>
                    set({
                      custom: form.custom.map((x, j) =>
                        j === i ? { ...x, key: e.target.value as FieldKey } : x,
                      ),
                    })
                  }
                >
                  <option value="">{t.addParameterNone}</option>
                  {sweepable.map((f) => (
                    <option key={f.key} value={f.key}>
                      {fieldName(all, f.key)}
                    </option>
                  ))}
                </select>
              </label>
              <TextInput
                input={`custom:${i}`}
                label={t.customValue}
                value={c.valueText}
                errors={errorsAt(`custom:${i}`, c.name || t.custom)}
                onChange={(v) =>
                  set({
                    custom: form.custom.map((x, j) => (j === i ? { ...x, valueText: v } : x)),
                  })
                }
              />
              <button
                type="button"
                aria-label={fill(t.removeName, { name: c.name || t.custom })}
                onClick={() => set({ custom: form.custom.filter((_, j) => j !== i) })}
              >
                {t.remove}
              </button>
            </div>
          ))}
          <button
            type="button"
            data-testid="study-add-custom"
            onClick={() => set({ custom: [...form.custom, { name: '', key: '', valueText: '' }] })}
          >
            {t.addCustom}
          </button>
          <Errors input="components" errors={errorsAt('components', t.components)} />
          <div className="study-form-row">
            <TextInput
              input="seeds"
              label={t.seeds}
              help={t.seedsHelp}
              value={form.seedsText}
              wide
              errors={errorsAt('seeds', t.seeds)}
              onChange={(v) => set({ seedsText: v })}
            />
            <StepsInput form={form} set={set} errors={errorsAt('stepsPerRun', t.stepsPerRun)} />
          </div>
        </fieldset>
      )}
      {form.kind === 'scaling' && (
        <fieldset data-testid="study-sizes">
          <legend>{t.kinds.scaling}</legend>
          <div className="study-form-row">
            <label>
              {t.task}
              <select
                value={form.scalingTask}
                data-testid="study-scaling-task"
                onChange={(e) => {
                  const task = e.target.value as TaskId;
                  const f = sizeFields(base, task);
                  set({
                    scalingTask: task,
                    modelField: f.model.includes(form.modelField) ? form.modelField : f.model[0],
                    dataField: f.data.includes(form.dataField) ? form.dataField : f.data[0],
                  });
                }}
              >
                {SCALING_TASKS.map((task) => (
                  <option key={task} value={task}>
                    {settingText(all, 'task', task)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="study-form-row">
            <TextInput
              input="modelSizes"
              label={t.modelSizes}
              help={t.valuesHelp}
              value={form.modelSizesText}
              wide
              errors={errorsAt('modelSizes', t.modelSizes)}
              onChange={(v) => set({ modelSizesText: v })}
            />
            <label>
              {t.sizeField}
              <select
                value={form.modelField}
                data-testid="study-model-field"
                onChange={(e) => set({ modelField: e.target.value as FormState['modelField'] })}
              >
                {sizes.model.map((k) => (
                  <option key={k} value={k}>
                    {fieldName(all, k)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="study-form-row">
            <TextInput
              input="dataSizes"
              label={t.dataSizes}
              help={t.valuesHelp}
              value={form.dataSizesText}
              wide
              errors={errorsAt('dataSizes', t.dataSizes)}
              onChange={(v) => set({ dataSizesText: v })}
            />
            <label>
              {t.sizeField}
              <select
                value={form.dataField}
                data-testid="study-data-field"
                onChange={(e) => set({ dataField: e.target.value as FormState['dataField'] })}
              >
                {sizes.data.map((k) => (
                  <option key={k} value={k}>
                    {fieldName(all, k)}
                  </option>
                ))}
              </select>
            </label>
            <StepsInput form={form} set={set} errors={errorsAt('stepsPerRun', t.stepsPerRun)} />
          </div>
        </fieldset>
      )}
      <Errors input="form" errors={formErrors} />
      {check.study && (
        <div data-testid="study-planned">
          <p>
            {check.refused.length
              ? fill(t.plannedRefused, {
                  runs: fmtInt(check.runs),
                  refused: fmtInt(check.refused.length),
                })
              : fill(t.planned, {
                  runs: fmtInt(check.runs),
                  steps: fmtInt(check.study.stepsPerRun),
                })}
          </p>
          {check.refused.length > 0 && (
            <ul className="study-field-error" data-testid="study-refused">
              {check.refused.slice(0, 5).map((r) => (
                <li key={r.index}>
                  {fill(t.refusedRun, {
                    index: r.index + 1,
                    settings: settingsText(all, r.settings),
                    reason: Object.entries(r.errors)
                      .flatMap(([k, issue]) =>
                        issue ? [issueText(k as FieldKey, issue, locale, fmtIssueNumber)] : [],
                      )
                      .join(' '),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <button type="submit" disabled={!canStart} data-testid="study-start">
        {t.start}
      </button>{' '}
      {!check.study && <span className="help">{t.startBlocked}</span>}
      {blocked && <span className="help">{blocked}</span>}
    </form>
  );
});

function StepsInput({
  form,
  set,
  errors,
}: {
  form: FormState;
  set: (patch: Partial<FormState>) => void;
  errors: string[];
}) {
  const t = useTexts().studyForm;
  return (
    <TextInput
      input="stepsPerRun"
      label={t.stepsPerRun}
      value={form.stepsText}
      errors={errors}
      onChange={(v) => set({ stepsText: v })}
    />
  );
}

/** A labelled text input with its problems under it (aria-invalid and described by them). */
function TextInput({
  input,
  label,
  help,
  value,
  errors,
  wide,
  onChange,
}: {
  input: InputKey;
  label: string;
  help?: string;
  value: string;
  errors: string[];
  wide?: boolean;
  onChange: (v: string) => void;
}) {
  const id = useId();
  const errorId = useId();
  return (
    <label htmlFor={id}>
      <span>
        {label}
        {help && <span className="help"> ({help})</span>}
      </span>
      <input
        id={id}
        type="text"
        className={wide ? 'wide' : undefined}
        value={value}
        data-testid={`study-input-${input}`}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={errors.length ? errorId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {errors.length > 0 && (
        <span id={errorId} className="study-field-error" data-testid={`study-error-${input}`}>
          {errors.join(' ')}
        </span>
      )}
    </label>
  );
}

/** Problems of something that is not a text input (a list, a choice), shown where it is. */
function Errors({ input, errors }: { input: InputKey; errors: string[] }): ReactNode {
  if (!errors.length) return null;
  return (
    <p className="study-field-error" role="alert" data-testid={`study-error-${input}`}>
      {errors.join(' ')}
    </p>
  );
}
