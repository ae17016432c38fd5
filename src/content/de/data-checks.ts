/**
 * Meldungen der Prüfungen, ob die Zahlen eines Datensatzes 32-Bit-Gleitkommazahlen und die
 * Standardisierung überstehen, und der Prüfungen eines aus dem Speicher gelesenen Datensatzes.
 */
import type { DataCheckTexts } from '../types';

export const dataChecks: DataCheckTexts = {
  tooLarge: (at, cell, limit) =>
    `${at}: ${cell} ist zu groß für das Modell, das mit 32-Bit-Gleitkommazahlen rechnet: Verwenden Sie Werte zwischen −${limit} und ${limit} (z. B. eine andere Einheit, Tausender statt Einer).`,
  notFinite: (at, cell) =>
    `${at}: ${cell} ist keine endliche Zahl. Ersetzen Sie sie durch einen Wert oder entfernen Sie die Zeile.`,
  lostPrecision: (at, cell, rounded, remedy) =>
    `${at}: ${cell} wird in 32-Bit-Gleitkomma zu ${rounded}, und die Werte der Spalte unterscheiden sich zu wenig für diese Rundung: Das Modell könnte sie nicht unterscheiden. ${remedy}`,
  subtractOffset: (offset) =>
    `Ziehen Sie von der Spalte einen gemeinsamen Versatz ab (z. B. ${offset}), damit sich ihre Unterschiede in den ersten Stellen zeigen.`,
  changeUnit:
    'Multiplizieren Sie die Spalte mit einer Zehnerpotenz (andere Einheit), damit ihre Werte nicht so nahe bei 0 liegen.',
  tinySpread: (column, spread, min) =>
    `Spalte „${column}“: Ihre Werte unterscheiden sich nur um ${spread}, weniger als ${min}, zu wenig für 32-Bit-Gleitkomma nach der Standardisierung. Multiplizieren Sie die Spalte mit einer Zehnerpotenz (andere Einheit).`,
  constantTarget: (column, value) =>
    `Spalte „${column}“ enthält in jeder Zeile dieselbe Zahl (${value}): Es gibt nichts vorherzusagen. Wählen Sie eine andere Spalte als Ziel.`,
  storedDamaged: (id, reason) =>
    `Der in diesem Browser gespeicherte Datensatz ${id} kann nicht verwendet werden (${reason}); er bleibt unverändert im Speicher. Laden Sie seine CSV-Datei erneut, um seine Probleme Zeile für Zeile zu sehen.`,
  exampleInstead: 'Der Lauf verwendet stattdessen die Beispieldaten.',
  storedShape: 'seine Arrays passen nicht zu seiner Zahl von Zeilen und Spalten',
  storedId: 'sein Inhalt passt nicht zu seiner Id',
  storedLabels: 'eine Klassenbezeichnung liegt außerhalb des Bereichs',
};
