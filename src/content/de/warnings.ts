/**
 * Die Sätze der Frühwarnungen, nach ID (src/protocol/timeline.ts). `{name|num}`, `{name|times}`
 * und `{name|pct}` sind Zahlen, die die Seite in ihrer Sprache schreibt (../numbers.ts).
 */
import type { WarningTextId } from '../../protocol/timeline';

export const warningTexts: Record<WarningTextId, string> = {
  divergenceNonFinite:
    'Der Trainingsverlust ist bei Schritt {step} {loss}: Die Zahlen sind übergelaufen, und sobald ein Gewicht NaN ist, ist jeder spätere Schritt ebenfalls NaN.',
  divergenceRising:
    'Der Trainingsverlust steigt: Der Median der letzten {window} Schritte ist {recent|num}, das {ratio|times} des anfänglichen Werts {start|num}.',
  divergenceRemedy:
    'Senken Sie die Lernrate (versuchen Sie ein Zehntel) oder verwenden Sie Adam: Die Aktualisierungen schießen über das Minimum hinaus.',
  lossSpike:
    'Der Trainingsverlust sprang bei Schritt {step} auf {loss|num}, das {ratio|times} des Medians {median|num} der {window} Schritte davor.',
  lossSpikeAboveMedian:
    'Der Trainingsverlust sprang bei Schritt {step} auf {loss|num}, über den Median {median|num} der {window} Schritte davor.',
  lossSpikeRemedy:
    'Ein einzelner Ausreißer kann ein schwieriger Batch sein; wiederholt er sich, senken Sie die Lernrate oder vergrößern Sie die Batch-Größe.',
  plateauImproved:
    'Der geglättete Validierungsverlust hat sich über die letzten {evaluations} Evaluierungen nur um {change|pct} verbessert ({before|num} → {now|num}) und liegt noch bei {share|pct} des anfänglichen Verlusts {initial|num}.',
  plateauWorse:
    'Der geglättete Validierungsverlust ist über die letzten {evaluations} Evaluierungen um {change|pct} schlechter geworden ({before|num} → {now|num}) und liegt noch bei {share|pct} des anfänglichen Verlusts {initial|num}.',
  plateauRemedy:
    'Das Modell steckt fest: Versuchen Sie eine andere Lernrate (größer, wenn die Kurve flach ist, kleiner, wenn sie verrauscht ist), eine andere Initialisierung oder Aktivierung oder mehr Einheiten.',
  explodingNotFinite:
    'Die Gradientennorm von {layer} erreichte bei Schritt {step} {norm|num} und ist damit nicht endlich.',
  explodingAbove:
    'Die Gradientennorm von {layer} erreichte bei Schritt {step} {norm|num} und liegt damit über {limit|num}.',
  explodingRatio:
    'Die Gradientennorm von {layer} erreichte bei Schritt {step} {norm|num}, das {ratio|times} ihres gleitenden Medians {median|num}.',
  explodingAboveMedian:
    'Die Gradientennorm von {layer} erreichte bei Schritt {step} {norm|num} und liegt damit über ihrem gleitenden Median {median|num}.',
  explodingRemedy:
    'Senken Sie die Lernrate; Frameworks beschneiden außerdem die Gradientennorm (z. B. Keras clipnorm=1), damit einzelne Schritte begrenzt bleiben.',
  vanishingZero:
    'Der Gradient, der die erste Schicht ({first}) erreicht, ist genau 0: Dort kommt überhaupt kein Gradient an.',
  vanishingNorm:
    'Der Gradient, der die erste Schicht ({first}) erreicht, hat die Norm {norm|num}: Die ersten Schichten lernen kaum.',
  vanishingNormRatio:
    'Der Gradient, der die erste Schicht ({first}) erreicht, hat die Norm {norm|num}, {ratio|num} × die der letzten Schicht ({last}, {lastNorm|num}): Die ersten Schichten lernen kaum.',
  vanishingReluRemedy:
    'Tote ReLUs geben keinen Gradienten zurück: Senken Sie die Lernrate oder verwenden Sie die He-Initialisierung und setzen Sie dann zurück.',
  vanishingSaturatedRemedy:
    'Gesättigte Einheiten geben kaum Gradienten zurück: Verwenden Sie ReLU mit He-Initialisierung (oder tanh mit Glorot), weniger Schichten oder eine kleinere Lernrate.',
  deadRelu:
    '{share|pct} der Einheiten von {layer} ({count} von {units}) geben bei jedem Validierungsbeispiel 0 aus: Sie sind tot und erhalten keinen Gradienten.',
  deadReluOneMore:
    '{share|pct} der Einheiten von {layer} ({count} von {units}) geben bei jedem Validierungsbeispiel 0 aus: Sie sind tot und erhalten keinen Gradienten; 1 weitere Schicht liegt über {limit|pct}.',
  deadReluMore:
    '{share|pct} der Einheiten von {layer} ({count} von {units}) geben bei jedem Validierungsbeispiel 0 aus: Sie sind tot und erhalten keinen Gradienten; {others} weitere Schichten liegen über {limit|pct}.',
  deadReluRemedy:
    'Senken Sie die Lernrate oder verwenden Sie die He-Initialisierung; tote Einheiten erholen sich selten, setzen Sie das Modell also nach der Änderung zurück.',
  overfitting:
    'Der geglättete Validierungsverlust (entzerrter EMA, Gewicht {smoothing|num}) stieg um {rise|pct} vom Minimum der geglätteten Kurve {best|num} bei Schritt {bestStep} auf {now|num}, während der Trainingsverlust von {trainThen|num} auf {trainNow|num} fiel: Das Modell lernt das Rauschen der Trainingsdaten (Überanpassung). Ungeglättet war der niedrigste Validierungsverlust {lowest|num} bei Schritt {lowestStep}: der beste Wert, den Early Stopping meldet.',
  overfittingNoRise:
    'Der geglättete Validierungsverlust (entzerrter EMA, Gewicht {smoothing|num}) stieg vom Minimum der geglätteten Kurve {best|num} bei Schritt {bestStep} auf {now|num}, während der Trainingsverlust von {trainThen|num} auf {trainNow|num} fiel: Das Modell lernt das Rauschen der Trainingsdaten (Überanpassung). Ungeglättet war der niedrigste Validierungsverlust {lowest|num} bei Schritt {lowestStep}: der beste Wert, den Early Stopping meldet.',
  overfittingRemedy:
    'Behalten Sie den besten Schritt (Early Stopping mit Wiederherstellung der besten Gewichte), verwenden Sie mehr Daten oder ein kleineres Modell.',
};
