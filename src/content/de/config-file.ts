/**
 * Die Texte der Bedienelemente einer Konfigurationsdatei in der Seitenleiste und die Meldungen
 * der Prüfung einer Datei (src/config/config-file.ts), jeweils nach ihrem Ort.
 */
import type { ConfigFileTexts } from '../types';

export const configFile: ConfigFileTexts = {
  exportLabel: 'Konfiguration exportieren',
  exportTitle: 'Die Konfiguration der Seitenleiste (mit Seed) als JSON-Datei herunterladen',
  exportDisabled:
    'Korrigieren Sie zuerst die markierten Felder: Nur eine gültige Konfiguration kann exportiert werden.',
  importLabel: 'Konfiguration importieren',
  importTitle: 'Eine Konfigurationsdatei in die Seitenleiste laden (wie das Eintippen ihrer Werte)',
  importInputLabel: 'Eine Konfigurationsdatei laden',
  loaded: (name) => `${name} wurde in die Seitenleiste geladen.`,
  refused: (name) => `${name} wurde nicht geladen; die Seitenleiste ist unverändert:`,
  atFile: 'Datei',
  atLineColumn: (line, column) => `Zeile ${line}, Spalte ${column}`,
  notJson: (detail) => `kein gültiges JSON (${detail}).`,
  tooLarge: (bytes, max) =>
    `${bytes.toLocaleString('de-DE')} Bytes sind zu groß für eine Konfigurationsdatei (höchstens ${max.toLocaleString('de-DE')}): Ist es die richtige Datei?`,
  notObject: 'die Datei muss ein JSON-Objekt { "format": …, "config": { … } } enthalten.',
  missingFormat: (expected) => `fehlt; eine Konfigurationsdatei sagt "format": "${expected}".`,
  wrongFormat: (got, expected) =>
    `"${got}" ist keine Konfigurationsdatei dieser App (erwartet: "${expected}").`,
  newerVersion: (got, current) =>
    `config@${got} wurde von einer neueren Version dieser App geschrieben; diese liest bis config@${current}.`,
  noMigration: (from) => `config@${from} wird nicht unterstützt (keine Migration davon).`,
  unknownKey: (suggestion) =>
    suggestion ? `unbekannter Schlüssel: Meinten Sie "${suggestion}"?` : 'unbekannter Schlüssel.',
  notAnObject: 'muss ein Objekt aus Feldwerten sein, z. B. { "learningRate": 0.01 }.',
  wrongType: (expected, got) =>
    `muss ${expected === 'number' ? 'eine Zahl' : 'ein Text'} sein, nicht ${got}.`,
  ignored: (task, model) =>
    `von der Aufgabe ${task}${model ? ` mit dem Modell ${model}` : ''} nicht verwendet: ignoriert.`,
  defaulted: (keys) =>
    `${keys.join(', ')}: nicht in der Datei; ${keys.length === 1 ? 'der Standardwert' : 'die Standardwerte'} der Aufgabe ${keys.length === 1 ? 'wird' : 'werden'} verwendet.`,
};
