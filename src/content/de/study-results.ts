/** Texte der Ergebnisse einer Studie (src/ui/studies/); siehe den englischen Katalog. */
import type { StudyResultsTexts } from '../types';

export const studyResults: StudyResultsTexts = {
  metrics: { valLoss: 'Validierungsverlust', valAccuracy: 'Validierungsgenauigkeit' },
  metricHeadings: { valLoss: 'Validierungsverlust', valAccuracy: 'Validierungsgenauigkeit' },
  metricLabel: 'Läufe vergleichen nach',
  progress: '{done} von {total} Läufen aufgezeichnet.',
  noRuns:
    'Noch kein Lauf dieser Studie ist fertig; die Ergebnisse erscheinen hier, sobald Läufe fertig werden.',
  refused:
    '{count} geplante Läufe haben die Prüfungen der Seitenleiste abgelehnt; sie laufen nicht.',
  open: 'Öffnen',
  openTitle: 'Die Konfiguration dieses Laufs in die Seitenleiste übernehmen',
  openBest: 'Beste Konfiguration öffnen',
  openBestTitle:
    'Die Konfiguration des besten Laufs in die Seitenleiste übernehmen (ein neuer Lauf beginnt damit)',

  sweep: {
    heading: 'Ergebnisse des Sweeps',
    tableCaption:
      'Alle Läufe des Sweeps; eine Spaltenüberschrift wählen, um zu sortieren. Der beste Lauf ist hervorgehoben.',
    run: 'Lauf',
    steps: 'Schritte',
    time: 'Zeit',
    best: 'bester',
    bestLine: 'Bester Lauf: Nr. {index} mit {metric} {value} ({settings}).',
    scatterHeading: 'Streudiagramm: {metric} gegen jeden variierten Parameter',
    scatterTitle: '{metric} gegen {field}',
    scatterLabel: '{metric} gegen {field}, ein Punkt pro Lauf{log, (logarithmische Achse)}',
    logAxis: 'logarithmische Achse',
    parallelHeading: 'Parallele Koordinaten',
    parallelWhat:
      'Jede Linie ist ein Lauf; sie kreuzt die Achse jedes Parameters bei seinem Wert (unten der kleinste, oben der größte variierte Wert; logarithmisch, wo der Parameter log-uniform gezogen wird) und endet bei seiner Metrik. Der beste Lauf ist fett gezeichnet; dunklere Linien sind bessere Läufe.',
    parallelLabel: 'Parallele Koordinaten von {count} Läufen über {axes}',
    scaled: '0 = kleinster, 1 = größter Wert',
  },

  ablation: {
    heading: 'Ergebnisse der Ablation',
    what: 'Jeder Balken ist die Änderung der Metrik ({metric}), wenn eine Komponente abgeschaltet oder ersetzt wird, gegenüber der Basis, gemittelt über die Seeds; der Fehlerbalken ist ± eine Standardabweichung der Änderung über die Seeds, jeder Punkt ein Seed.',
    chartLabel:
      'Änderung der Metrik ({metric}) gegenüber der Basis für {count} Komponenten, mit der Streuung über die Seeds',
    deltaAxis: 'Δ {metric} gegenüber der Basis',
    meanLegend: 'mittleres Δ ± sd',
    seedLegend: 'ein Seed',
    base: 'Basis: {metric} {mean} ± {sd} (Mittelwert ± sd über {n} Seeds).',
    larger:
      '„{component}“ ändert die Metrik ({metric}) um {mean} ± {sd} über {n} Seeds: größer als das Rauschen der Seeds (|mittleres Δ| > 2 × SE = {twoSe}).',
    within:
      '„{component}“ ändert die Metrik ({metric}) um {mean} ± {sd} über {n} Seeds: innerhalb des Rauschens der Seeds (|mittleres Δ| ≤ 2 × SE = {twoSe}); diese Seeds können es nicht vom Zufall unterscheiden.',
    waiting: '„{component}“: wartet auf mindestens 2 Seeds, die auch die Basis hat.',
    better: 'besser',
    worse: 'schlechter',
  },

  scaling: {
    heading: 'Ergebnisse der Skalierung',
    what: 'Validierungsverlust gegen Modellgröße, Daten und Rechenaufwand auf doppelt logarithmischen Achsen, jeweils mit dem angepassten Potenzgesetz L = a·X^(−α) + c durch den besten Lauf jeder Größe (beim Rechenaufwand: die Läufe, die jeden billigeren Lauf schlagen).',
    axes: {
      parameters: 'Parameter N',
      data: 'gesehene Beispiele D',
      dataPoints: 'Trainingsbeispiele D',
      compute: 'Trainingsaufwand C (FLOPs)',
    },
    loss: 'Validierungsverlust',
    runs: 'Läufe',
    fitLegend: 'Anpassung',
    optimalLegend:
      'Gestrichelte Linien: das rechenoptimale N für das Budget, das jede nennt (FLOPs).',
    chartTitle: 'Validierungsverlust gegen {axis}',
    chartLabel:
      'Validierungsverlust gegen {axis}, doppelt logarithmisch, {count} Läufe mit dem angepassten Potenzgesetz',
    formulas: { exponent: '{symbol} = {alpha} ± {se} (c = {c} ± {cse})' },
    fewPoints:
      'Keine Anpassung gegen {axis}: Ein Potenzgesetz mit Versatz braucht {needed} verschiedene Werte, diese Studie hat {count}.',
    failed: 'Keine Anpassung gegen {axis}: {message}',
    parametersNote:
      'N ist die Parameterzahl des Modells (mit Embeddings, wie Hoffmann et al. 2022 zählen; Kaplan et al. 2020 lassen sie weg); für einen Lauf, der vor dieser Zahl gespeichert wurde, die Zahl, die seine FLOPs ergeben (FLOPs pro Schritt ÷ 6 pro Beispiel, C ≈ 6·N·D).',
    kaplanHeading: 'Im Vergleich mit Kaplan et al. 2020',
    kaplan:
      '{symbol} = {alpha} hier gegenüber ≈ {kaplan} bei den Sprachmodellen von Kaplan et al.: {comparison}.',
    comparison: {
      similar: 'von derselben Größenordnung',
      steeper: 'steiler: Der Verlust fällt in diesem winzigen Bereich schneller mit der Größe',
      shallower: 'flacher: Der Verlust fällt in diesem winzigen Bereich langsamer mit der Größe',
    },
    optimalHeading: 'Rechenoptimale Größe (Hoffmann et al. 2022)',
    optimal:
      'Bei {flops} FLOPs: N ≈ {parameters} Parameter, trainiert auf D ≈ {tokens} Beispielen, {ratio} Beispiele pro Parameter ({vs} × die ≈ 20 Tokens pro Parameter von Hoffmann et al.).',
    noOptimal:
      'Die rechenoptimale Aufteilung braucht Anpassungen gegen die Parameter und gegen die gesehenen Daten (Datengrößen als Lauflängen).',
    small:
      'Wie klein das ist: Das größte Modell hier hat {parameters} Parameter, und die ganze Studie brauchte {flops} FLOPs. Chinchilla (Hoffmann et al. 2022) hatte 70 Milliarden Parameter, trainiert auf 1,4 Billionen Tokens, etwa {chinchilla} FLOPs für einen Lauf: das {factor}-Fache dieser Studie. Gesetze, die über {decades} Größenordnungen mit einer Handvoll Läufe angepasst werden, sind grob; die veröffentlichten Exponenten wurden über 7 Größenordnungen gemessen.',
  },

  cost: {
    heading: 'Kosten dieser Studie',
    total: '{runs} Läufe: {flops} FLOPs Training in {time} Trainingszeit auf diesem Gerät.',
    projection:
      'Dieselbe Studie im industriellen Maßstab: {runs} Läufe wie {reference} (je {perRun} FLOPs, zusammen {total}), in {precision} bei {mfu} Auslastung der Modell-FLOPs (MFU).',
    caption: 'Diese Studie und dieselbe Studie im industriellen Maßstab auf jedem Beschleuniger',
    device: 'Beschleuniger',
    thisStudy: 'Diese Studie auf einem',
    industrialOne: 'Industrielle Studie auf einem',
    devicesFor: 'Geräte für 30 Tage',
    energy: 'Energie',
    units: { years: 'Jahre', days: 'Tage' },
    notPublished: 'nicht veröffentlicht',
    scaleLink: 'Hardware, Speicher und Datenparallelität: die Ansicht „Skalierung“',
    note: 'Schätzungen aus der Spitzenleistung in FLOP/s bei angenommener Auslastung; Kommunikation, Eingabepipelines und Ausfälle sind nicht mitgezählt.',
  },
};
