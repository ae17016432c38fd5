/**
 * The fields of an estimate's editable assumptions, shared by the run's cost panel and the
 * Scale view: a number typed in the page's language, with its error at the field, and a
 * choice among presets (a device, a PUE, a grid's carbon intensity, a precision).
 */
import { useId } from 'react';
import { fromLocalNumberText, toLocalNumberText } from '../config/number-text';
import { useLocale } from './locale';

/**
 * A number field: `value` is the text in the one number syntax (src/config/number-text.ts),
 * shown and typed in the page's language (a decimal comma in German); `error`, when given,
 * is shown under the field as an alert and marks it invalid.
 */
export function NumberField({
  label,
  value,
  error,
  onChange,
  testId,
  inputMode = 'decimal',
}: {
  label: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  testId?: string;
  /** The on-screen keyboard: 'numeric' for a whole number. */
  inputMode?: 'decimal' | 'numeric';
}) {
  const id = useId();
  const { locale } = useLocale();
  return (
    <label htmlFor={id}>
      {label}
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        value={toLocalNumberText(value, locale)}
        aria-invalid={error ? true : undefined}
        data-testid={testId}
        onChange={(e) => onChange(fromLocalNumberText(e.target.value, locale))}
      />
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

/** One option of a {@link ChoiceField}: its value and the text shown. */
export interface Choice<T extends string | number> {
  value: T;
  label: string;
}

/** A labelled select among `choices`; `onChange` gets the chosen option's value. */
export function ChoiceField<T extends string | number>({
  label,
  value,
  choices,
  onChange,
  testId,
}: {
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  testId?: string;
}) {
  const id = useId();
  return (
    <label htmlFor={id}>
      {label}
      <select
        id={id}
        value={value}
        data-testid={testId}
        onChange={(e) => {
          const chosen = choices.find((c) => String(c.value) === e.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
