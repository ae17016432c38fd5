/** Texte der Export-Schaltflächen der Diagramme (PNG-Bild, CSV der gezeigten Reihen, alle Reihen). */
import type { chartExport as en } from '../en/chart-export';

export const chartExport: Record<keyof typeof en, string> = {
  exportPng: 'PNG',
  exportCsv: 'CSV',
  exportPngName: '„{title}“ als PNG-Bild speichern',
  exportCsvName: 'Die Reihen von „{title}“ als CSV speichern',
  exportPngHelp: 'Das Diagramm, wie es zu sehen ist, auf weißem Grund, mit seinem Titel.',
  exportCsvHelp:
    'CSV (RFC 4180): durch Kommas getrennt, zuerst eine Spalte „step“ (Schritt), in jeder Sprache mit „.“ als Dezimaltrennzeichen und voller Genauigkeit. Eine leere Zelle: kein Wert bei diesem Schritt; NaN: ein Wert, der keine Zahl war. Ein deutsch eingestelltes Excel erwartet „;“: die Datei über „Daten → Aus Text/CSV“ mit Trennzeichen Komma und Dezimaltrennzeichen Punkt importieren.',
  exportAll: 'Alle Reihen (CSV)',
  exportAllHelp:
    'Jede in diesem Lauf aufgezeichnete Reihe (Trainings- und Validierungsverlust, Genauigkeit, Lernrate, …), je eine Spalte, eine Zeile pro Schritt. Die Reihen eines langen Laufs werden ausgedünnt aufbewahrt (je Abschnitt erster, kleinster, größter und letzter Punkt), die Datei ebenso.',
  exportFailed: 'Das Diagramm konnte nicht gespeichert werden: {message}',
  exportNothingDrawn: 'Es ist noch nichts gezeichnet.',
  exportCannotDraw: 'Dieser Browser konnte es nicht als Bild zeichnen.',
  exportNotEncoded: 'Das Bild konnte nicht kodiert werden.',
};
