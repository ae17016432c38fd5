/** Die Abbruchkriterien und der Grund, aus dem ein Lauf endet (Daten: src/protocol/stopping.ts). */
import type { StoppingTexts } from '../types';

const METRIC = {
  val_loss: 'Validierungsverlust',
  val_accuracy: 'Validierungsgenauigkeit',
} as const;

export const stopping: StoppingTexts = {
  heading: 'Der Lauf endet',
  fallback: 'Ein Abbruchkriterium hat ausgelöst.',
  caption: 'Abbruchkriterien, in dieser Reihenfolge geprüft',
  columns: { criterion: 'Kriterium', enabled: 'Aktiv', now: 'Jetzt', fires: 'Löst aus' },
  on: 'an',
  off: 'aus',
  yes: '● ja',
  no: '○ nein',
  progress: (pct) => `${pct} % des Wegs bis zum Auslösen`,
  label: (c) => {
    switch (c.id) {
      case 'nonFinite':
        return 'Verlust ist NaN oder unendlich';
      case 'target':
        return `Zielwert ${c.facts.metric}`;
      case 'divergence':
        return `Divergenzschwelle auf ${c.facts.monitor}`;
      case 'earlyStopping':
        return `Early Stopping auf ${c.facts.monitor} (${c.facts.direction})`;
      case 'maxSteps':
        return 'Max. Schritte';
      case 'maxEpochs':
        return 'Max. Epochen';
      case 'maxTime':
        return 'Max. Trainingszeit';
    }
  },
  detail: (c, n) => {
    switch (c.id) {
      case 'nonFinite': {
        const f = c.facts;
        return (
          (f.on ? '' : 'aus · ') +
          (f.trainLoss === null
            ? 'noch kein Verlust gelesen'
            : `Trainingsverlust ${n.metric(f.trainLoss)}`) +
          (f.valLoss === null ? '' : `, Validierungsverlust ${n.metric(f.valLoss)}`)
        );
      }
      case 'target': {
        const f = c.facts;
        if (!c.enabled) return 'aus (Zielwert 0)';
        const bound = `Ziel ${f.metric === 'val_loss' ? '≤' : '≥'} ${n.value(f.target)}`;
        return `${f.value === null ? 'noch nicht evaluiert' : `${f.metric} ${n.metric(f.value)}`} (${bound})`;
      }
      case 'divergence': {
        const f = c.facts;
        if (!c.enabled) return 'aus (Schwelle 0)';
        return `${f.value === null ? 'noch nicht evaluiert' : `${f.monitor} ${n.metric(f.value)}`} (endet ${f.direction === 'min' ? 'über' : 'unter'} ${n.value(f.threshold)})`;
      }
      case 'earlyStopping': {
        const f = c.facts;
        return (
          (f.on ? '' : 'aus · ') +
          `Geduld ${f.wait}/${f.patience}` +
          (f.best === null
            ? ', noch keine Evaluierung'
            : `, bester Wert ${n.metric(f.best)} bei Schritt ${f.bestStep}`) +
          (f.minDelta > 0 ? `, Mindestverbesserung ${n.value(f.minDelta)}` : '') +
          (f.baseline !== null ? `, Basiswert ${n.value(f.baseline)}` : '') +
          (f.restoreBest
            ? f.keptStep === null
              ? ', stellt die besten Gewichte wieder her'
              : `, Gewichte von Schritt ${f.keptStep} aufbewahrt`
            : '')
        );
      }
      case 'maxSteps':
        return `Schritt ${c.facts.step} von ${c.facts.maxSteps}`;
      case 'maxEpochs':
        return `${c.facts.epoch} von ${c.facts.maxEpochs} Epochen abgeschlossen`;
      case 'maxTime':
        return c.enabled
          ? `${n.seconds(c.facts.elapsedMs)} von ${n.value(c.facts.maxTime)} s trainiert`
          : `aus (0) · ${n.seconds(c.facts.elapsedMs)} trainiert`;
    }
  },
  reason: (r, n) => {
    switch (r.id) {
      case 'nonFinite': {
        const f = r.facts;
        const train = f.trainLoss !== null && !Number.isFinite(f.trainLoss);
        const value = train ? f.trainLoss : f.valLoss;
        return `Der ${train ? 'Trainingsverlust' : 'Validierungsverlust'} wurde bei Schritt ${r.step} zu ${value}: Das Training ist divergiert (Abbruch bei NaN/Inf).`;
      }
      case 'target':
        return `${METRIC[r.facts.metric]} ${n.metric(r.facts.value ?? NaN)} hat den Zielwert ${n.value(r.facts.target)} erreicht.`;
      case 'divergence': {
        const f = r.facts;
        return `Divergenzschwelle: ${f.monitor} ${n.metric(f.value ?? NaN)} liegt ${f.direction === 'min' ? 'über' : 'unter'} ${n.value(f.threshold)}; das Training wird sich voraussichtlich nicht mehr erholen.`;
      }
      case 'earlyStopping': {
        const f = r.facts;
        const by = f.minDelta > 0 ? ` um mehr als ${n.value(f.minDelta)}` : '';
        const restored =
          f.keptStep === null
            ? ''
            : f.keptStep === f.bestStep
              ? ` Die besten Gewichte, von Schritt ${f.keptStep}, wurden wiederhergestellt.`
              : ` Die bei Schritt ${f.keptStep} aufbewahrten Gewichte wurden wiederhergestellt (die des besten Schritts, ${f.bestStep}, wurden nicht aufbewahrt).`;
        return `Early Stopping: ${f.monitor} hat sich seit ${f.wait} Evaluierungen nicht${by} verbessert (Geduld ${f.patience}); bester Wert ${n.metric(f.best ?? NaN)} bei Schritt ${f.bestStep}.${restored}`;
      }
      case 'maxSteps':
        return `Max. Schritte erreicht (${r.facts.maxSteps}).`;
      case 'maxEpochs':
        return `Max. Epochen erreicht (${r.facts.maxEpochs}).`;
      case 'maxTime':
        return `Max. Trainingszeit (${n.value(r.facts.maxTime)} s) nach ${n.seconds(r.facts.elapsedMs)} Training erreicht, bei Schritt ${r.step}.`;
    }
  },
};
