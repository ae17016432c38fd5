/**
 * For the config's tests: validation and field parsing with their issues written as the
 * English sidebar says them (src/content), so a test can read the sentence a user reads.
 */
import { issueText } from '../content';
import {
  type Field,
  type FieldErrors,
  type FieldKey,
  parseField,
  type RawConfig,
  validate,
} from './schema';

/** The English sentence of each field's issue. */
export function englishErrors(errors: FieldErrors): Partial<Record<FieldKey, string>> {
  return Object.fromEntries(
    Object.entries(errors).map(([key, issue]) => [key, issueText(key as FieldKey, issue!, 'en')]),
  );
}

/** {@link validate}, with the errors in English. */
export function validateEn(raw: RawConfig) {
  const { config, errors } = validate(raw);
  return { config, errors: englishErrors(errors) };
}

/** {@link parseField}, with the issue in English as `message`. */
export function parseFieldEn(field: Field, raw: string) {
  const r = parseField(field, raw);
  return r.ok
    ? r
    : { ok: false as const, message: issueText(field.key as FieldKey, r.issue, 'en') };
}
