/**
 * The ablation's part of the study definition form: the components the base uses, each to
 * switch off or replace (./study-form-state.ts `presetsFor`), components of the user's own,
 * the seeds and the steps per run.
 */
import { useMemo } from 'react';
import type { FieldKey } from '../../config/schema';
import { fill } from '../../content/fill';
import type { RunSettings } from '../../data/study/expand';
import { useTexts } from '../locale';
import { presetsFor, sweepableFields } from './study-form-state';
import { Errors, type SectionProps, StepsInput, TextInput } from './study-form-inputs';
import { fieldName, settingsText } from './study-view-kit';

export function AblationSection({
  form,
  set,
  errorsAt,
  base,
}: SectionProps & { base: RunSettings }) {
  const all = useTexts();
  const t = all.studyForm;
  const presets = useMemo(() => presetsFor(base), [base]);
  const sweepable = useMemo(() => sweepableFields(base), [base]);
  return (
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
          <Errors input={`preset:${p.id}`} errors={errorsAt(`preset:${p.id}`, t.presets[p.id])} />
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
  );
}
