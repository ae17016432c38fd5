/**
 * The inputs of the study definition form: a labelled text input and a list's problems, each
 * showing its problems where it is (aria-invalid, described by them), and the steps per run.
 */
import { type ReactNode, useId } from 'react';
import { useTexts } from '../locale';
import type { FormState, InputKey } from './study-form-state';

/** The messages of an input (see StudyDefinitionForm's `errorsAt`). */
export type ErrorsAt = (input: InputKey, label: string) => string[];

/** The part of the form a section edits, and how it edits it. */
export interface SectionProps {
  form: FormState;
  set: (patch: Partial<FormState>) => void;
  errorsAt: ErrorsAt;
}

export function StepsInput({
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
export function TextInput({
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
export function Errors({ input, errors }: { input: InputKey; errors: string[] }): ReactNode {
  if (!errors.length) return null;
  return (
    <p className="study-field-error" role="alert" data-testid={`study-error-${input}`}>
      {errors.join(' ')}
    </p>
  );
}
