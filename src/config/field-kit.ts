/**
 * The small builders every field declaration uses: number schemas whose messages name the
 * field, and a select's options with its enum schema. Shared by schema.ts and the field
 * declarations split out of it (technique-fields.ts).
 */
import { z } from './zod';

/** A number schema whose type error names the field. */
export const num = (label: string) => z.number({ error: `${label} must be a number.` });

/** A whole-number schema whose errors name the field. */
export const int = (label: string) => num(label).int({ error: `${label} must be a whole number.` });

/** A select's options (value and label) and the enum schema that accepts exactly them. */
export function select<const T extends readonly string[]>(
  values: T,
  labels: Record<T[number], string>,
) {
  return {
    options: values.map((value: T[number]) => ({ value, label: labels[value] })),
    schema: z.enum(values as unknown as [T[number], ...T[number][]], {
      error: `Choose one of: ${values.join(', ')}.`,
    }),
  };
}
