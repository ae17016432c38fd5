/** Das Menü „Fehler simulieren“: jeder Fehler und wie die App ihn erkennt. */
import type { FaultTexts } from '../types';

export const faults: FaultTexts = {
  label: 'Fehler simulieren',
  trigger: 'Auslösen',
  webgpuOnly: 'Nur das WebGPU-Backend hat ein GPU-Gerät, das verloren gehen kann',
  choices: {
    workerCrash: {
      label: 'Absturz des Workers',
      how: 'der Worker wird beendet; die Seite bemerkt, dass er verstummt ist',
    },
    deviceLost: {
      label: 'GPU-Gerät verloren',
      how: 'das WebGPU-Gerät wird zerstört; sein „lost“-Promise wird erfüllt',
    },
    pageReload: {
      label: 'Seite neu laden',
      how: 'der Tab lädt neu; er findet seinen eigenen unvollendeten Lauf im Speicher und übernimmt ihn wieder',
    },
    nanWeights: {
      label: 'NaN in den Gewichten',
      how: 'die Gewichte der ersten Schicht werden NaN; der Verlust wird nicht endlich, und da der Lauf nicht von selbst divergiert ist, startet ihn die automatische Fortsetzung neu',
    },
  },
};
