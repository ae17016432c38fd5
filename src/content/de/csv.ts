/**
 * Die Probleme einer CSV-Datei (src/data/csv.ts) und des Lernens einer gewählten Spalte daraus
 * (src/data/own-data.ts), jeweils nach dem Ort, von dem sie stammen.
 */
import type { CsvTexts } from '../types';

export const csv: CsvTexts = {
  at: (line, column) => `Zeile ${line}, Spalte „${column}“`,
  atRow: (row, column) => `Zeile ${row}, Spalte „${column}“`,
  atColumn: (column) => `Spalte „${column}“`,
  quote: (text) => `„${text}“`,
  more: (count) => `… und ${count} weitere dieser Art.`,
  longCell: (start, length) => `„${start}…“ (${length} Zeichen)`,
  empty: 'Die Datei ist leer.',
  drawnPoints: 'Gezeichnete Punkte',
  tooFewPoints: (count, min) =>
    `${count} ${count === 1 ? 'Punkt' : 'Punkte'} gezeichnet: Zeichnen Sie mindestens ${min}, damit einige für die Validierung zurückgehalten werden können.`,
  noPointOfClass: (label) =>
    `Noch kein Punkt der Klasse ${label}: Ein Klassifikator braucht Beispiele beider Klassen.`,
  otherDelimiter: (delimiter) =>
    `Die Datei trennt die Werte mit ${delimiter}, nicht mit Kommas. Speichern Sie sie als CSV mit Kommas (,) zwischen den Werten, z. B. x1,x2,class.`,
  unclosedName: (line) =>
    `Zeile ${line}: Ein Name in Anführungszeichen ist nicht geschlossen (es fehlt ").`,
  oneColumn: (line, name) =>
    `Zeile ${line} nennt nur eine Spalte („${name}“): Ein Datensatz braucht mindestens eine Eingabespalte und eine Zielspalte, durch Kommas getrennt.`,
  tooManyColumns: (count, max) =>
    `Die Datei hat ${count} Spalten; höchstens ${max} werden unterstützt (Eingabespalten plus Zielspalte).`,
  noHeader: (line, numbers, header) =>
    `Zeile ${line} enthält Zahlen (${numbers}…), aber die erste Zeile muss die Spalten benennen. Fügen Sie eine Kopfzeile wie ${header} hinzu.`,
  unnamedColumn: (line, column) => `Zeile ${line}: Spalte ${column} hat keinen Namen.`,
  duplicateName: (line, name) => `Zeile ${line}: Der Spaltenname „${name}“ kommt zweimal vor.`,
  noRows: 'Die Datei hat eine Kopfzeile, aber keine Datenzeilen.',
  tooManyRows: (count, max) =>
    `Die Datei hat ${count} Datenzeilen; höchstens ${max} werden unterstützt. Verwenden Sie eine Stichprobe der Zeilen.`,
  unclosedValue: (line) =>
    `Zeile ${line}: Ein Wert in Anführungszeichen ist nicht geschlossen (es fehlt ").`,
  wrongLength: (line, count, expected, columns) =>
    `Zeile ${line}: ${count} ${count === 1 ? 'Wert' : 'Werte'}, erwartet ${expected} (${columns}).`,
  missingValue: (at) => `${at}: Der Wert fehlt.`,
  missingMarker: (at, cell) =>
    `${at}: „${cell}“ markiert einen fehlenden Wert. Tragen Sie ihn ein oder entfernen Sie die Zeile.`,
  noTargetColumn: (column) => `Es gibt keine Spalte ${column}, die vorhergesagt werden könnte.`,
  tooFewRows: (count, min) =>
    `Die Daten haben ${count} ${count === 1 ? 'Zeile' : 'Zeilen'}; verwenden Sie mindestens ${min}, damit einige für die Validierung zurückgehalten werden können.`,
  notANumber: (at, cell, isTarget) =>
    `${at}: ${cell} ist keine Zahl${isTarget ? ' (für Klassen aus Text wählen Sie Klassifikation)' : ''}.`,
  oneClass: (column, name) =>
    `Die Klassenspalte „${column}“ enthält in jeder Zeile dieselbe Klasse („${name}“): Ein Klassifikator braucht Beispiele von mindestens zwei Klassen.`,
  tooManyClasses: (column, count, max) =>
    `Die Klassenspalte „${column}“ hat ${count} verschiedene Werte; höchstens ${max} Klassen werden unterstützt. Ist sie eine vorherzusagende Zahl, wählen Sie Regression.`,
};
