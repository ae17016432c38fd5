/** Die Steuerung eigener Daten: eine CSV-Datei, die vorherzusagende Spalte und in die Ebene gezeichnete Punkte. */
import type { ownDataUi as en } from '../en/ui-own-data';

export const ownDataUi: Record<keyof typeof en, string> = {
  odNotLoaded: '{file} wurde nicht geladen; der aktuelle Datensatz bleibt unverändert.',
  odCannotLearn: '{file} kann so nicht gelernt werden; der aktuelle Datensatz bleibt unverändert.',
  odDataSet: 'Datensatz',
  odRows: '{rows} Zeilen',
  odOneInput: '1 Eingabe',
  odInputs: '{count} Eingaben',
  odId: 'ID {id}',
  odNone: 'Noch kein Datensatz.',
  odCsvFile: 'CSV-Datei',
  odCsvHelp:
    'Kommas zwischen den Werten, eine erste Zeile mit den Spaltennamen (z. B. x1,x2,class), bis zu 20.000 Zeilen und 50 Spalten; Dezimalzahlen mit Dezimalpunkt statt Komma.',
  odColumns: '{count} Spalten',
  odColumnToPredict: 'Vorherzusagende Spalte',
  odPredictAs: 'Vorhersagen als',
  odClassification: 'Klassifikation (Klassen)',
  odRegression: 'Regression (eine Zahl)',
  odKindClassification: 'Klassifikation',
  odKindRegression: 'Regression',
  odTrain: 'Mit diesen Daten trainieren',
  odCancel: 'Abbrechen',
  odDrawInstead: 'Stattdessen Punkte zeichnen',
  odClassGroup: 'Klasse des nächsten Punkts',
  odClass: 'Klasse {class}',
  odPlaneAria:
    'Zeichenfläche von −1 bis 1 auf beiden Achsen: Klicken fügt einen Punkt der Klasse {class} hinzu. {count} Punkte gezeichnet.',
  odCount:
    '{count} Punkte: {zero} der Klasse 0, {one} der Klasse 1 (mindestens {min}, beide Klassen)',
  odUsePoints: 'Diese Punkte verwenden',
  odClear: 'Leeren',
};
