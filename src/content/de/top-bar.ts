/** Die Schaltflächen der oberen Leiste und die Hinweise darunter. */
import type { topBar as en } from '../en/top-bar';

export const topBar: Record<keyof typeof en, string> = {
  appTitle: 'Training Run Lab',
  runControls: 'Steuerung des Laufs',
  runButton: 'Start',
  pauseButton: 'Pause',
  nextPhaseButton: 'Nächste Phase',
  resetButton: 'Zurücksetzen',
  resetTitle: 'Ein neues Modell aus den Einstellungen der Seitenleiste',
  fixField: 'Korrigieren Sie das markierte Feld, um zu trainieren.',
  fixFields: 'Korrigieren Sie die markierten Felder, um zu trainieren.',
  runStopped: 'Lauf beendet.',
  faultLabel: 'Fehler:',
  resumingFromCheckpoint: 'Wird vom letzten Checkpoint fortgesetzt …',
  autoResumeOff: 'Automatisches Fortsetzen ist aus.',
  resumeFromCheckpoint: 'Vom letzten Checkpoint fortsetzen',
  unfinishedRun:
    'In diesem Browser wurde ein nicht beendeter Lauf gefunden: Er erreichte Schritt {step}{checkpoint, , letzter Checkpoint bei Schritt {checkpoint}}.',
  resumeIt: 'Fortsetzen',
  discard: 'Verwerfen',
  restoredNote:
    'Aus dem Checkpoint bei Schritt {step} wiederhergestellt: Gewichte, Zustand des Optimierers, Position in den Daten, Zufallsgeneratoren und Verlauf sind wie damals.',
  preparingData: 'Der Datensatz wird vorbereitet …',
  simplificationsHeading: 'Wo dieser Simulator vereinfacht',
  offlineReady:
    'Für die Offline-Nutzung in diesem Browser gespeichert: Ab jetzt öffnet und trainiert das Labor auch ohne Netz, die MNIST-Ziffern eingeschlossen.',
  offlineReadyDismiss: 'Schließen',
};
