/**
 * Filling a text's placeholders with values: texts with numbers stay whole sentences in the
 * content files, so a translation can reorder them.
 */

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

/**
 * {@link fillText} for texts whose every `{name}` placeholder must have a value.
 * @throws Error on a placeholder that has no value, so a mistyped name shows at once instead
 *   of reaching the page.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  for (const [, name] of template.matchAll(/\{(\w+)\}/g)) {
    if (!(name in values)) throw new Error(`No value for {${name}} in “${template}”.`);
  }
  return fillText(template, values);
}
