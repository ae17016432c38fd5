/** What the page says about the keys of its URL that it ignored (see src/config/url.ts). */
import { FIELD_BY_KEY } from '../../config/schema';
import type { UrlNoticeTexts } from '../types';

/** A key and its value as the URL wrote them, quoted; an empty value is said to be empty. */
const pair = (key: string, value: string) =>
  value === '' ? `“${key}=” (empty)` : `“${key}=${value}”`;

export const urlNotices: UrlNoticeTexts = {
  heading: 'Some of this link’s settings were ignored:',
  dismiss: 'Dismiss',
  unknownKey: ({ key, value, suggestion }) =>
    `Ignored ${pair(key, value)}: “${key}” is not a setting` +
    (suggestion ? `; did you mean ${pair(suggestion, value)}?` : '.'),
  repeatedKey: ({ key, used, ignored }) =>
    `“${key}” appears ${ignored.length + 1} times: the first, ${pair(key, used)}, is used; ` +
    `ignored ${ignored.map((v) => pair(key, v)).join(', ')}.`,
  notApplicable: ({ key, value, field, task, model, choice }) => {
    const f = FIELD_BY_KEY[field];
    if (choice)
      return `Ignored ${pair(key, value)}: ${f.label} is a setting of ${choice.needs.map((v) => `${choice.key}=${v}`).join(' or ')}; this link has ${choice.key}=${choice.value} (its default stands).`;
    const forTask = !f.tasks || f.tasks.includes(task);
    const needs = forTask
      ? `model=${(f.models ?? []).join(' or model=')}; this link’s model is ${model}`
      : `task=${(f.tasks ?? []).join(' or task=')}; this link’s task is ${task}`;
    return `Ignored ${pair(key, value)}: ${f.label} is a setting of ${needs} (its default stands).`;
  },
  unknownBackend: ({ value, suggestion }) =>
    `Ignored ${pair('backend', value)}: not a backend (webgpu, webgl, wasm or cpu) nor auto (the fastest, measured)` +
    (suggestion ? `; did you mean ${pair('backend', suggestion)}?` : '.') +
    ' The usual order is tried: WebGPU, then WebGL, WebAssembly and plain JavaScript.',
  unknownLang: ({ value, suggestion }) =>
    `Ignored ${pair('lang', value)}: not a language of this page (en or de)` +
    (suggestion ? `; did you mean ${pair('lang', suggestion)}?` : '.') +
    ' The language of your browser is used.',
  badPresent: ({ value, suggestion }) =>
    `Ignored ${pair('present', value)}: lecture mode is present=1 (on) or present=0 (off)` +
    (suggestion ? `; did you mean ${pair('present', suggestion)}?` : '.'),
  unknownScenario: ({ value }) =>
    `Ignored ${pair('scenario', value)}: not one of the scenarios of the Scenarios menu.`,
};
