/**
 * Die Meldungen der Engine (src/protocol/notices.ts) in Worten: ein erkannter Fehler, warum
 * ein Backend nicht verwendet wurde, warum ein Befehl, eine Datei oder ein gespeicherter
 * Datensatz abgelehnt wurde.
 */
import type { CheckpointSchemaIssue } from '../../protocol/notices';
import type { NoticeTexts } from '../en/notices';

const schemaIssue: Record<CheckpointSchemaIssue, (expected: string) => string> = {
  format: (expected) =>
    `er ist kein Checkpoint dieser Version (erwartet wird das Format „${expected}“)`,
  noWeights: () => 'er enthält keine Gewichte',
  tensorValues: () => 'ein Tensor hat mehr oder weniger Werte, als seine Form angibt',
  notSeries: () => 'eine Reihe der Metriken ist keine Reihe von Schritten',
  value: () => 'ein Wert fehlt oder hat den falschen Typ',
};

const withDetail = (detail: string) => (detail ? `: ${detail}` : '');

export const notices: NoticeTexts = {
  say: {
    deviceLost: ({ destroyed, detail }) =>
      `Das GPU-Gerät ging verloren (${destroyed ? 'zerstört' : 'Treiber- oder Hardwarefehler'}${withDetail(detail)}).`,
    nonFiniteLoss: ({ loss, value, step }, { n }) =>
      `Der ${loss === 'training' ? 'Trainingsverlust' : 'Validierungsverlust'} wurde bei Schritt ${step} zu ${n.metric(value ?? Number.NaN)}: Die Gewichte enthalten NaN oder Inf.`,
    workerFailed: ({ detail }) =>
      `Der Engine-Worker ist abgestürzt: ${detail || 'nicht abgefangener Fehler'}.`,
    workerSilent: ({ seconds }, { n }) =>
      `Der Engine-Worker antwortet nicht mehr (seit ${n.seconds(seconds * 1000)} kein Lebenszeichen).`,
    pageReloaded: ({ step }) => `Die Seite wurde bei Schritt ${step} neu geladen.`,
    pageClosed: ({ step }) => `Die Seite wurde bei Schritt ${step} geschlossen oder neu geladen.`,
    noWebGpu: () => 'WebGPU ist in diesem Browser nicht verfügbar',
    noOffscreenCanvas: () =>
      'WebGL ist in diesem Browser in einem Worker nicht verfügbar (kein OffscreenCanvas)',
    noGpuAdapter: () => 'WebGPU ist nicht verfügbar: Der Browser bietet keinen GPU-Adapter an',
    backendFailed: ({ backend, detail }) =>
      `Das Backend ${backend} konnte nicht starten${withDetail(detail)}`,
    wasmNoConv: () =>
      'Das wasm-Backend kann keine Faltungen trainieren (tfjs-backend-wasm hat in dieser Version keinen Conv2DBackpropFilter-Kernel), daher trainiert das CNN auf dem cpu-Backend',
    noBackend: ({ reasons }, { say }) =>
      `Kein tfjs-Backend konnte starten: ${reasons.map(say).join('; ')}.`,
    readOnly: () =>
      'Dieser Lauf gehört einem anderen Tab und wird nur angezeigt: Drücken Sie „Zurücksetzen“, um hier einen neuen Lauf zu trainieren.',
    lrFindWhileRunning: () =>
      'Die Lernratensuche beginnt dort, wo der Lauf steht: Pausieren Sie den Lauf zuerst.',
    trainedElsewhere: () =>
      'Ein anderer Tab trainiert diesen Lauf, daher wird er hier nicht fortgesetzt: Öffnen Sie ihn schreibgeschützt oder starten Sie einen neuen Lauf.',
    checkpointGone: () => 'Dieser Checkpoint ist nicht mehr gespeichert.',
    noTestSplit: () => 'Diese Aufgabe hat keinen Testdatensatz.',
    dataMismatch: () => 'Der Datensatz passt nicht zu seiner Id.',
    noGoodCheckpoint: () => 'Der Lauf hat keinen intakten Checkpoint, von dem er fortsetzen kann.',
    noRun: () => 'Die Engine hat noch keinen Lauf.',
    stepHalfDone: () =>
      'Ein Schritt ist halb ausgeführt: Schließen Sie ihn mit „Nächste Phase“ ab.',
    notResumed: ({ cause }, { say }) =>
      `Der Lauf konnte nicht fortgesetzt werden (${say(cause)}); ein neuer Lauf wurde gestartet.`,
    exampleInstead: ({ cause }, { say, exampleInstead }) => `${say(cause)} ${exampleInstead}`,
    mnistNotMnist: () => 'Dies ist keine Datei mit MNIST-Ziffern.',
    mnistSize: ({ bytes, expected }) =>
      `Die Datei mit den MNIST-Ziffern hat ${bytes} Bytes; erwartet: ${expected}.`,
    mnistFetch: ({ path, status }) =>
      `Die MNIST-Ziffern konnten nicht geladen werden (${path}: ${status}).`,
    mnistNotLoaded: () => 'Die MNIST-Ziffern sind noch nicht geladen.',
    dataNotStored: ({ dataId }) =>
      `Der Datensatz ${dataId} ist in diesem Browser nicht gespeichert: Laden Sie seine CSV-Datei erneut oder zeichnen Sie die Punkte.`,
    dataNotLoaded: ({ dataId }) => `Der Datensatz ${dataId} wurde nicht geladen.`,
    dataStoredDamaged: ({ dataId, problem }, { storedData }) => storedData(dataId, problem),
    checkpointDamaged: ({ part, detail }) =>
      `Die Datei ist beschädigt oder abgeschnitten: ${
        part === 'json'
          ? detail
          : part === 'arrayEncoding'
            ? 'ein Array ist nicht wie erwartet kodiert'
            : 'ein Array hat eine Länge, die keine ganze Zahl von Werten ist'
      }.`,
    notACheckpoint: () => 'Dies ist keine Checkpoint-Datei des Training Run Lab.',
    checkpointInvalid: ({ issue, path, expected }) =>
      `Der Checkpoint kann nicht verwendet werden: ${schemaIssue[issue](expected)}${path ? ` (bei ${path})` : ''}.`,
    checkpointConfig: ({ field: key, issue, path }, { field }) => {
      const f = key && issue ? field(key, issue) : null;
      return `Die Konfiguration des Checkpoints ist hier nicht gültig: ${f ? `${f.label} – ${f.text}` : `der Wert bei ${path || 'der obersten Ebene'} ist nicht gültig.`}`;
    },
    checkpointTask: ({ task, expected }) =>
      `Der Checkpoint gehört zur Aufgabe „${task}“, nicht zu „${expected}“.`,
    checkpointDataPosition: ({ examples, cursor, expectedExamples, batches }) =>
      `Die Datenposition des Checkpoints (${examples} Beispiele, Batch ${cursor}) passt nicht zu diesem Datensatz (${expectedExamples} Beispiele, ${batches} Batches).`,
    checkpointModel: () => 'Der Checkpoint gehört zu einem anderen Modell.',
    checkpointShape: ({ param, shape, expected }) =>
      `Der Parameter ${param} hat im Checkpoint die Form ${notices.shape(shape)}, im Modell aber ${notices.shape(expected)}.`,
    checkpointOptimizer: ({ optimizer, expected }) =>
      `Der Optimizer-Zustand des Checkpoints gehört zu ${optimizer}, dieser Lauf trainiert aber mit ${expected}.`,
    checkpointProblem: ({ problem: p }, { problem }) => problem(p),
    internal: ({ detail }) => `Die Engine hat mit einem Fehler angehalten: ${detail}`,
  },
  notResumed: 'Nicht fortgesetzt.',
  resumedFrom: 'Vom Checkpoint bei Schritt {step} fortgesetzt.',
  shape: (shape) => (shape.length ? shape.join(' × ') : 'Skalar'),
};
