/**
 * The messages of a config file's check (src/config/config-file.ts) and the texts of its
 * sidebar controls. Each problem is shown after the place it comes from: `line 3, column 5`,
 * `format` or `config.learningRate`.
 */
export const configFile = {
  exportLabel: 'Export config',
  exportTitle: 'Download the sidebar’s config (and seed) as a JSON file',
  exportDisabled: 'Fix the highlighted fields first: only a valid config can be exported.',
  importLabel: 'Import config',
  importTitle: 'Load a config file into the sidebar (the same as typing its values)',
  importInputLabel: 'Load a config file',
  loaded: (name: string) => `Loaded ${name} into the sidebar.`,
  refused: (name: string) => `${name} was not loaded; the sidebar is unchanged:`,
  atFile: 'file',
  atLineColumn: (line: number, column: number) => `line ${line}, column ${column}`,
  notJson: (detail: string) => `not valid JSON (${detail}).`,
  tooLarge: (bytes: number, max: number) =>
    `${bytes.toLocaleString('en-US')} bytes is too large for a config file (at most ${max.toLocaleString('en-US')}): is it the right file?`,
  notObject: 'the file must hold one JSON object { "format": …, "config": { … } }.',
  missingFormat: (expected: string) => `missing; a config file says "format": "${expected}".`,
  wrongFormat: (got: string, expected: string) =>
    `"${got}" is not a config file of this app (expected "${expected}").`,
  newerVersion: (got: number, current: number) =>
    `config@${got} was written by a newer version of this app; this one reads up to config@${current}.`,
  noMigration: (from: number) => `config@${from} is not supported (no migration from it).`,
  unknownKey: (suggestion: string | null) =>
    suggestion ? `unknown key: did you mean "${suggestion}"?` : 'unknown key.',
  notAnObject: 'must be an object of field values, e.g. { "learningRate": 0.01 }.',
  wrongType: (expected: 'number' | 'string', got: string) => `must be a ${expected}, not ${got}.`,
  ignored: (task: string, model: string | null) =>
    `not used by the ${task} task${model ? ` with the ${model} model` : ''}: ignored.`,
  defaulted: (keys: string[]) =>
    `${keys.join(', ')}: not in the file; the task’s ${keys.length === 1 ? 'default is' : 'defaults are'} used.`,
};
