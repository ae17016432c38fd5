/** All teaching texts, by language. Components read them through {@link texts}. */
import { checkpoint } from './en/checkpoint';
import { faults } from './en/faults';
import { params, taskParams } from './en/params';
import { phases } from './en/phases';
import { taskPhases } from './en/task-phases';
import { timeline } from './en/timeline';
import { ui } from './en/ui';
import type { Content } from './types';

export type Locale = 'en';

export const content: Record<Locale, Content> = {
  en: { phases, taskPhases, params, taskParams, ui, timeline, checkpoint, faults },
};

/** The texts of one language (English by default). */
export function texts(locale: Locale = 'en'): Content {
  return content[locale];
}

/**
 * Fills a text's placeholders: `{name}` becomes `values.name`; `{name, text}` becomes `text`
 * (itself filled) when `values.name` is set and not empty, else nothing. Unknown names stay.
 */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(
    /\{(\w+)(?:, ([^{}]*(?:\{\w+\}[^{}]*)*))?\}/g,
    (all, name: string, text?: string) => {
      const v = values[name];
      if (text !== undefined) return v === undefined || v === '' ? '' : fillText(text, values);
      return v === undefined ? all : String(v);
    },
  );
}
