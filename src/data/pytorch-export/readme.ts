/**
 * The README of an exported project, in the page's language: a document per language in the
 * catalogue (src/content/<lang>/pytorch-readme.ts). Code, paths and identifiers are the same in
 * every language.
 */
import { DEFAULT_LOCALE, type Locale } from '../../config/locale';
import { pytorchReadme as de } from '../../content/de/pytorch-readme';
import { pytorchReadme as en } from '../../content/en/pytorch-readme';
import type { TrainingSpec } from './training-config';

const README: Record<Locale, (spec: TrainingSpec) => string> = { en, de };

/** The README's Markdown for the project described by `spec`, in `locale`. */
export function readme(spec: TrainingSpec, locale: Locale = DEFAULT_LOCALE): string {
  return README[locale](spec);
}
