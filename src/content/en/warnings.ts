/**
 * The early warnings' sentences, by id (src/protocol/timeline.ts). `{name|num}`, `{name|times}`
 * and `{name|pct}` are numbers the page writes in its language (../numbers.ts); `{name}` is a
 * step, a count or a layer's name as given.
 */
import type { WarningTextId } from '../../protocol/timeline';

export const warningTexts: Record<WarningTextId, string> = {
  divergenceNonFinite:
    'The training loss is {loss} at step {step}: the numbers overflowed, and once a weight is NaN every later step is NaN too.',
  divergenceRising:
    'The training loss is rising: the median of the last {window} steps is {recent|num}, {ratio|times} the initial {start|num}.',
  divergenceRemedy:
    'Lower the learning rate (try a tenth of it) or use Adam: the updates overshoot the minimum.',
  lossSpike:
    'The training loss jumped to {loss|num} at step {step}, {ratio|times} the median {median|num} of the {window} steps before.',
  lossSpikeAboveMedian:
    'The training loss jumped to {loss|num} at step {step}, above the median {median|num} of the {window} steps before.',
  lossSpikeRemedy:
    'One spike can be a hard batch; if they recur, lower the learning rate or use larger batches.',
  plateauImproved:
    'The smoothed validation loss improved by only {change|pct} over the last {evaluations} evaluations ({before|num} → {now|num}), still {share|pct} of the initial loss {initial|num}.',
  plateauWorse:
    'The smoothed validation loss got {change|pct} worse over the last {evaluations} evaluations ({before|num} → {now|num}), still {share|pct} of the initial loss {initial|num}.',
  plateauRemedy:
    'The model is stuck: try another learning rate (larger if the curve is flat, smaller if it is noisy), another initializer or activation, or more units.',
  explodingNotFinite:
    'The gradient norm of {layer} reached {norm|num} at step {step}, which is not finite.',
  explodingAbove:
    'The gradient norm of {layer} reached {norm|num} at step {step}, which is above {limit|num}.',
  explodingRatio:
    'The gradient norm of {layer} reached {norm|num} at step {step}, which is {ratio|times} its running median {median|num}.',
  explodingAboveMedian:
    'The gradient norm of {layer} reached {norm|num} at step {step}, which is above its running median {median|num}.',
  explodingRemedy:
    'Lower the learning rate; frameworks also clip the gradient norm (e.g. Keras clipnorm=1) to keep single steps bounded.',
  vanishingZero:
    'The gradient reaching the first layer ({first}) is exactly 0: no gradient reaches it at all.',
  vanishingNorm:
    'The gradient reaching the first layer ({first}) has norm {norm|num}: the first layers barely learn.',
  vanishingNormRatio:
    'The gradient reaching the first layer ({first}) has norm {norm|num}, {ratio|num} × that of the last layer ({last}, {lastNorm|num}): the first layers barely learn.',
  vanishingReluRemedy:
    'Dead ReLUs pass no gradient back: lower the learning rate or use He initialization, then reset.',
  vanishingSaturatedRemedy:
    'Saturated units pass little gradient back: use ReLU with He initialization (or tanh with Glorot), fewer layers, or a smaller learning rate.',
  deadRelu:
    '{share|pct} of the units of {layer} ({count} of {units}) output 0 on every validation example: they are dead and get no gradient.',
  deadReluOneMore:
    '{share|pct} of the units of {layer} ({count} of {units}) output 0 on every validation example: they are dead and get no gradient; 1 more layer is past {limit|pct}.',
  deadReluMore:
    '{share|pct} of the units of {layer} ({count} of {units}) output 0 on every validation example: they are dead and get no gradient; {others} more layers are past {limit|pct}.',
  deadReluRemedy:
    'Lower the learning rate or use He initialization; dead units rarely come back, so reset the model after the change.',
  overfitting:
    "The smoothed validation loss (debiased EMA, weight {smoothing|num}) rose {rise|pct} from the smoothed curve's minimum {best|num} at step {bestStep} to {now|num}, while the training loss fell from {trainThen|num} to {trainNow|num}: the model is fitting the training set's noise. Unsmoothed, the lowest validation loss was {lowest|num} at step {lowestStep}: the best value early stopping reports.",
  overfittingNoRise:
    "The smoothed validation loss (debiased EMA, weight {smoothing|num}) rose from the smoothed curve's minimum {best|num} at step {bestStep} to {now|num}, while the training loss fell from {trainThen|num} to {trainNow|num}: the model is fitting the training set's noise. Unsmoothed, the lowest validation loss was {lowest|num} at step {lowestStep}: the best value early stopping reports.",
  overfittingRemedy:
    'Keep the best step (early stopping with restore best weights), use more data, or a smaller model.',
};
