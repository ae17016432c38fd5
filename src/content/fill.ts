/**
 * Fills a text's `{name}` placeholders with values: texts with numbers stay whole sentences
 * in the content files, so a translation can reorder them. Throws on a placeholder that has
 * no value, so a mistyped name shows at once instead of reaching the page.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`No value for {${name}} in “${template}”.`);
    return String(values[name]);
  });
}
