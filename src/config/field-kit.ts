/**
 * The small builders every field declaration uses: number schemas and a select's options with
 * its enum schema. Each check's error is the id of its issue (see FieldIssue in schema.ts): the
 * words are the page's, in its language (src/content, `validation`). Shared by schema.ts and the
 * field declarations split out of it (technique-fields.ts).
 */
import { z } from './zod';

/** A number schema; a value that is not a number is the issue `notANumber`. */
export const num = () => z.number({ error: 'notANumber' });

/** A whole-number schema; a fraction is the issue `wholeNumber`. */
export const int = () => num().int({ error: 'wholeNumber' });

/** A select's options (value and label) and the enum schema that accepts exactly them. */
export function select<const T extends readonly string[]>(
  values: T,
  labels: Record<T[number], string>,
) {
  return {
    options: values.map((value: T[number]) => ({ value, label: labels[value] })),
    schema: z.enum(values as unknown as [T[number], ...T[number][]], { error: 'choose' }),
  };
}
