/** Was die Seite über die Schlüssel ihrer URL sagt, die sie ignoriert hat (siehe src/config/url.ts). */
import { FIELD_BY_KEY } from '../../config/schema';
import type { UrlNoticeTexts } from '../types';
import { sidebar } from './sidebar';

/** Ein Schlüssel und sein Wert, wie die URL sie schrieb, in Anführungszeichen; ein leerer Wert heißt leer. */
const pair = (key: string, value: string) =>
  value === '' ? `„${key}=“ (leer)` : `„${key}=${value}“`;

export const urlNotices: UrlNoticeTexts = {
  heading: 'Einige Einstellungen dieses Links wurden ignoriert:',
  dismiss: 'Schließen',
  unknownKey: ({ key, value, suggestion }) =>
    `${pair(key, value)} ignoriert: „${key}“ ist keine Einstellung` +
    (suggestion ? `; meinten Sie ${pair(suggestion, value)}?` : '.'),
  repeatedKey: ({ key, used, ignored }) =>
    `„${key}“ kommt ${ignored.length + 1}-mal vor: Der erste Wert, ${pair(key, used)}, gilt; ` +
    `ignoriert: ${ignored.map((v) => pair(key, v)).join(', ')}.`,
  notApplicable: ({ key, value, field, task, model, choice }) => {
    const f = FIELD_BY_KEY[field];
    if (choice)
      return `${pair(key, value)} ignoriert: „${sidebar.fields[field].label}“ ist eine Einstellung von ${choice.needs.map((v) => `${choice.key}=${v}`).join(' oder ')}; dieser Link hat ${choice.key}=${choice.value} (der Standardwert gilt).`;
    const forTask = !f.tasks || f.tasks.includes(task);
    const needs = forTask
      ? `model=${(f.models ?? []).join(' oder model=')}; das Modell dieses Links ist ${model}`
      : `task=${(f.tasks ?? []).join(' oder task=')}; die Aufgabe dieses Links ist ${task}`;
    return `${pair(key, value)} ignoriert: „${sidebar.fields[field].label}“ ist eine Einstellung von ${needs} (ihr Standardwert gilt).`;
  },
  unknownBackend: ({ value, suggestion }) =>
    `${pair('backend', value)} ignoriert: kein Backend (webgpu, webgl, wasm oder cpu) und nicht auto (das schnellste, gemessen)` +
    (suggestion ? `; meinten Sie ${pair('backend', suggestion)}?` : '.') +
    ' Die übliche Reihenfolge wird versucht: WebGPU, dann WebGL, WebAssembly und reines JavaScript.',
  unknownLang: ({ value, suggestion }) =>
    `${pair('lang', value)} ignoriert: keine Sprache dieser Seite (en oder de)` +
    (suggestion ? `; meinten Sie ${pair('lang', suggestion)}?` : '.') +
    ' Die Sprache Ihres Browsers gilt.',
  badPresent: ({ value, suggestion }) =>
    `${pair('present', value)} ignoriert: Der Vorlesungsmodus ist present=1 (an) oder present=0 (aus)` +
    (suggestion ? `; meinten Sie ${pair('present', suggestion)}?` : '.'),
  unknownScenario: ({ value }) =>
    `${pair('scenario', value)} ignoriert: keines der Szenarien im Menü „Szenarien“.`,
};
