/**
 * The form that plans a study: its kind (a grid or random sweep, an ablation, a scaling
 * study), what it varies, its budget, and for sweeps successive halving. Every problem is
 * shown at the input it concerns, in the page's language, as soon as it is typed (the checks
 * are those of ../../data/study/definition.ts and expand.ts, placed by ./study-form-state.ts);
 * "Start study" gives the checked definition to `onStart` and is disabled while any remains.
 */
import { memo, useId, useMemo, useState } from 'react';
import { FIELD_BY_KEY, type FieldKey } from '../../config/schema';
import { type Content, issueText } from '../../content';
import { fill } from '../../content/fill';
import type { StudyDefinition, StudyIssue } from '../../data/study/definition';
import type { RunSettings } from '../../data/study/expand';
import { useLocale, useTexts } from '../locale';
import { fmtInt, fmtIssueNumber } from '../viz/format';
import { AblationSection } from './StudyFormAblation';
import { ScalingSection } from './StudyFormScaling';
import { SweepSection } from './StudyFormSweep';
import {
  checkForm,
  FORM_KINDS,
  type FormKind,
  type FormState,
  initialForm,
  type InputKey,
  presetsFor,
} from './study-form-state';
import { Errors } from './study-form-inputs';
import { fieldName, settingsText } from './study-view-kit';
import './studies.css';

export interface StudyDefinitionFormProps {
  /** The base settings, by field key: the sidebar's (see `baseFromConfig`). */
  base: RunSettings;
  /** Called with the checked definition when the user starts the study. */
  onStart: (definition: StudyDefinition) => void;
  /** Why no study can start now (one is running, say); null when one can. */
  blocked?: string | null;
}

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
  const kindId = useId();
  const [s, setS] = useState<FormState>(() => initialForm(base));
  const form: FormState = s.base === base ? s : { ...s, base };
  const set = (patch: Partial<FormState>) => setS({ ...form, ...patch });

  const presets = useMemo(() => presetsFor(base), [base]);
  const presetChanges = Object.fromEntries(presets.map((p) => [p.id, p.changes]));
  const presetNames = Object.fromEntries(presets.map((p) => [p.id, t.presets[p.id]]));
  const check = checkForm(form, locale, presetChanges, presetNames);

  /** The messages of an input: its own text's, else the definition's issues there. */
  const errorsAt = (input: InputKey, label: string): string[] => {
    const own = check.local.get(input);
    if (own) return [fill(t.notANumber, { text: own.text })];
    return (check.issues.get(input) ?? []).map((i) => issueMessage(all, i, label, locale));
  };
  const formErrors = errorsAt('form', t.heading);
  const sweep = form.kind === 'grid' || form.kind === 'random';
  // A scaling study on another task than the sidebar's starts from that task's defaults.
  const studyBase =
    form.kind === 'scaling' && base.task !== form.scalingTask ? { task: form.scalingTask } : base;
  // The runner starts a study only when the sidebar accepts every one of its runs.
  const canStart =
    check.study !== null && check.runs > 0 && check.refused.length === 0 && blocked === null;

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
                name={kindId}
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
          {t.base}: {Object.keys(studyBase).length ? settingsText(all, studyBase) : t.baseNone}.{' '}
          {t.baseHelp}
        </p>
        <Errors input="base" errors={errorsAt('base', t.base)} />
      </fieldset>
      {sweep && (
        <SweepSection form={form} set={set} errorsAt={errorsAt} base={base} check={check} />
      )}
      {form.kind === 'ablation' && (
        <AblationSection form={form} set={set} errorsAt={errorsAt} base={base} />
      )}
      {form.kind === 'scaling' && (
        <ScalingSection form={form} set={set} errorsAt={errorsAt} base={base} />
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
              : check.study.kind === 'scaling' && check.study.dataSizes.field === 'maxSteps'
                ? fill(t.plannedRuns, { runs: fmtInt(check.runs) })
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
