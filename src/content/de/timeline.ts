/** Namen der Ereignisse der Zeitleiste: Frühwarnungen der Detektoren und Zwischenfälle. */
import type { TimelineTexts } from '../types';
import { warningTexts } from './warnings';

export const timeline: TimelineTexts = {
  sentences: warningTexts,
  warnings: {
    divergence: 'Divergenz',
    lossSpike: 'Verlustspitze',
    plateau: 'Plateau',
    explodingGradients: 'Explodierende Gradienten',
    vanishingGradients: 'Verschwindende Gradienten',
    deadRelu: 'Tote ReLUs',
    overfitting: 'Überanpassung',
  },
  incidents: {
    workerCrash: 'Worker abgestürzt',
    deviceLost: 'GPU-Gerät verloren',
    pageReload: 'Seite neu geladen',
    nanWeights: 'Gewichte wurden NaN',
  },
  empty:
    'Noch nichts zu berichten. Nach jeder Evaluierung suchen die Detektoren nach Verlustspitzen, Divergenz, Plateaus, explodierenden oder verschwindenden Gradienten, toten ReLUs und Überanpassung; auch Fehler und Wiederherstellungen erscheinen hier.',
  remedy: 'Versuchen Sie',
  cutShortBy:
    'Seine Wiederherstellung wurde durch einen weiteren Fehler ({fault}) abgebrochen, der als Nächstes verzeichnet ist.',
  againAfterResume: 'Es geschah nach dem Fortsetzen erneut, also hilft Fortsetzen nicht.',
  againBeforeResume: 'Es geschah erneut, bevor der Lauf fortgesetzt werden konnte.',
};
