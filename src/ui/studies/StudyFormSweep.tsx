/**
 * The sweep's part of the study definition form: the swept parameters (listed values, a
 * choice's options, or for a random sweep a range, log-uniform or not), the budget, the seed of
 * the draws, the steps per run and successive halving.
 */
import { useId, useMemo } from 'react';
import { FIELD_BY_KEY, type FieldKey } from '../../config/schema';
import { fill } from '../../content/fill';
import type { RunSettings } from '../../data/study/expand';
import { useLocale, useTexts } from '../locale';
import {
  choiceOptions,
  type FormCheck,
  newParam,
  type ParamInput,
  sweepableFields,
} from './study-form-state';
import { Errors, type SectionProps, StepsInput, TextInput } from './study-form-inputs';
import { fieldName, settingText } from './study-view-kit';

export function SweepSection({
  form,
  set,
  errorsAt,
  base,
  check,
}: SectionProps & { base: RunSettings; check: FormCheck }) {
  const all = useTexts();
  const t = all.studyForm;
  const { locale } = useLocale();
  const addId = useId();
  const sweepable = useMemo(() => sweepableFields(base), [base]);
  const updateParam = (i: number, patch: Partial<ParamInput>) =>
    set({ params: form.params.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  return (
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
        <label htmlFor={addId}>
          {t.addParameter}
          <select
            id={addId}
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
  );
}
