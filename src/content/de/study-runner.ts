/** Texte des Studien-Läufers (src/ui/studies/); siehe den englischen Katalog. */
import type { StudyRunnerTexts } from '../en/study-runner';

export const studyRunner: StudyRunnerTexts = {
  heading: 'Studien',
  count: '{count} Studien',
  intro:
    'Eine Studie trainiert viele Läufe nacheinander, in einer eigenen Engine neben dem Lauf dieser Seite und ohne die Schritt-für-Schritt-Ansichten. Jeder Lauf wird unter „Läufe“ mit einem Verweis auf seine Studie gespeichert. Nach einem Neuladen setzt eine laufende Studie dort fort, wo sie stand: Der Lauf, der gerade trainierte, wird von vorn trainiert.',
  advanced: 'Erweitert: eine Studiendefinition als JSON',
  startRefused:
    'Nicht gestartet: {count} Läufe dieser Studie bestehen die Prüfungen der Seitenleiste nicht (oben aufgeführt); ändern Sie diese zuerst.',
  definitionLabel: 'Studiendefinition (JSON)',
  start: 'Studie starten',
  notJson: 'Die Definition ist kein gültiges JSON: {detail}',
  refusedRun: 'Lauf {index} ({settings}) besteht die Prüfungen der Seitenleiste nicht: {issues}',
  noStudies: 'Noch keine Studien.',
  progressLabel: 'Fortschritt der Studie „{name}“',
  runOf: 'Lauf {current} von {total}, Schritt {step} von {steps}',
  runsDone: '{done} von {total} Läufen fertig',
  timeLeft: 'noch etwa {time}',
  timeLeftUnknown: 'Restzeit: bekannt, sobald der erste Lauf fertig ist',
  pause: 'Studie pausieren',
  resume: 'Studie fortsetzen',
  delete: 'Studie löschen',
  states: { running: 'läuft', waiting: 'wartet', paused: 'pausiert', done: 'fertig' },
  totals: '{runs} Läufe gespeichert · {flops} Trainingsrechenaufwand · {time} Trainingszeit',
  pruned: '{count} Läufe durch Successive Halving früh beendet',
  quota:
    'Der Speicher ist voll: Die Studie „{name}“ ist pausiert, und nichts Gespeichertes wurde verändert ({detail}). Lösche alte Läufe oder Checkpoints und setze sie dann fort; der Lauf, der nicht gespeichert werden konnte, wird erneut trainiert.',
  storageError:
    'Die Studie „{name}“ konnte nicht gespeichert werden und ist pausiert ({detail}); was vorher gespeichert war, bleibt erhalten.',
  engineError:
    'Die Studie „{name}“ wurde angehalten: Ihre Engine meldete „{detail}“. Fortsetzen trainiert den Lauf erneut.',
  damaged: 'Die Studie „{name}“: {reason}',
  prunedReason:
    'Durch Successive Halving bei Schritt {step} früh beendet: nicht unter dem besten 1/{eta} der dort bewerteten Versuche.',
};
