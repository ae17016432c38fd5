/** All teaching texts, by language. Components read them through {@link texts}. */
import { dataChecks } from './en/data-checks';
import { targetScale } from './en/target-scale';
import { params, taskParams } from './en/params';
import { phases } from './en/phases';
import { taskPhases } from './en/task-phases';
import { timeline } from './en/timeline';
import { ui } from './en/ui';
import type { Content } from './types';

export type Locale = 'en';

export const content: Record<Locale, Content> = {
  en: { phases, taskPhases, params, taskParams, ui, timeline, dataChecks, targetScale },
};

/** The texts of one language (English by default). */
export function texts(locale: Locale = 'en'): Content {
  return content[locale];
}
