/**
 * "Export model card (Markdown / HTML)": the card of the run on screen, from what the page
 * has now (config, model summary, data set, status metrics, backend, the cost panel's
 * assumptions). Test-set metrics, per-class accuracy and the confusion matrix join the card
 * when the engine reports them.
 */
import { memo } from 'react';
import type { LabConfig } from '../../config/schema';
import { MODELS_OF } from '../../config/schema';
import { DEFAULT_LOCALE, type Locale, stopReasonText, texts } from '../../content';
import { useLocale, useTexts } from '../locale';
import { runCost } from '../../data/compute-cost';
import {
  confusionMetrics,
  describeTrainingData,
  type ModelCardInput,
  modelCardHtml,
  modelCardMarkdown,
} from '../../data/model-card';
import type { DatasetView, EngineStatus, ModelSummary } from '../../protocol/messages';
import type { EvaluationReport, PhaseReport } from '../../protocol/reports';
import { type ChosenAssumptions, useCostAssumptions } from './cost-assumptions';
import { downloadText } from './download';
import './records.css';

/** A measurement on the test split, as the engine reports it (accuracy NaN for a regression). */
export interface TestMeasurement {
  runId: string;
  step: number;
  loss: number;
  accuracy: number;
}

/** An option's label in a language (the value itself when the catalogue has none). */
/** What the card reads of an evaluation report: its step and a classifier's confusion counts. */
export type CardEvaluation = Pick<EvaluationReport, 'step' | 'confusion'>;

const label = (key: 'task' | 'model', value: string, locale: Locale) =>
  (texts(locale).sidebar.fields[key] as { options?: Record<string, string> }).options?.[value] ??
  value;

/** The card's input from the page's state (plain data; no tensors). */
export function cardInput(
  config: LabConfig,
  model: ModelSummary,
  dataset: DatasetView,
  status: EngineStatus,
  backend: { name: string; adapter: { description: string; vendor: string } | null },
  assumptions: ChosenAssumptions | null,
  createdAt: Date,
  /** The run's one measurement on the test split, if it was made (of this run and step). */
  test: TestMeasurement | null = null,
  /** The card's language: the page's. */
  locale: Locale = DEFAULT_LOCALE,
  /** The last evaluation's confusion counts (validation split), for a classifier. */
  evaluation: CardEvaluation | null = null,
): ModelCardInput {
  const t = texts(locale).modelCardDoc.units;
  const language = config.task === 'names';
  const kind = language ? 'language' : dataset.classes === 0 ? 'regression' : 'classifier';
  const perExample = Math.max(1, dataset.inputSize);
  const sizes = dataset.words
    ? {
        train: dataset.words.train,
        validation: dataset.words.validation,
        test: dataset.words.test,
        unit: t.names,
      }
    : {
        train: Math.round(dataset.trainX.length / perExample),
        validation: Math.round(dataset.valX.length / perExample),
        test: dataset.testSize,
        unit: config.task === 'table' ? t.rows : t.examples,
      };
  const confusion =
    kind === 'classifier' && evaluation?.confusion && evaluation.step <= status.step
      ? {
          ...confusionMetrics(evaluation.confusion.classes, evaluation.confusion.counts),
          confusionStep: evaluation.step,
        }
      : {};
  const cost = assumptions
    ? runCost(
        { flopsPerStep: model.flopsPerStep, steps: status.step, elapsedMs: status.elapsedMs },
        assumptions,
      )
    : null;
  const adapter = backend.adapter
    ? backend.adapter.description || backend.adapter.vendor || null
    : null;
  return {
    createdAt,
    config,
    model,
    modelName: MODELS_OF[config.task] ? label('model', config.model, locale) : t.defaultModel,
    taskName: label('task', config.task, locale),
    locale,
    data: {
      description: describeTrainingData(config, dataset.source, locale),
      sizes,
      features: dataset.source
        ? { inputs: dataset.source.features, target: dataset.source.target }
        : undefined,
      classNames: kind === 'classifier' ? dataset.classNames : undefined,
    },
    metrics: {
      kind,
      validation: {
        loss: status.valLoss,
        accuracy: kind === 'classifier' ? status.valAccuracy : undefined,
      },
      train: status.trainLoss,
      ...confusion,
      test:
        test && test.runId === status.runId && test.step === status.step
          ? {
              loss: Number.isFinite(test.loss) ? test.loss : null,
              accuracy:
                kind === 'classifier' && Number.isFinite(test.accuracy) ? test.accuracy : undefined,
            }
          : undefined,
    },
    training: {
      steps: status.step,
      epochs: status.epoch,
      elapsedMs: status.elapsedMs,
      backend: backend.name,
      adapter,
      stopReason: status.finished ? stopReasonText(status.finished.reason, locale) : null,
    },
    compute:
      cost && assumptions
        ? {
            flops: cost.flops,
            energyKWh: cost.energyKWh,
            co2Grams: cost.co2Grams,
            device: assumptions.device,
            powerW: assumptions.powerW,
            pue: assumptions.pue,
            gramsPerKWh: assumptions.gramsPerKWh,
          }
        : undefined,
  };
}

export const ModelCardExport = memo(function ModelCardExport({
  config,
  model,
  dataset,
  status,
  backend,
  test = null,
  evaluation = null,
}: {
  config: LabConfig;
  model: ModelSummary;
  dataset: DatasetView | null;
  status: EngineStatus | null;
  backend: { name: string; adapter: { description: string; vendor: string } | null } | null;
  test?: TestMeasurement | null;
  /** The page's report of the evaluation phase: its confusion counts give per-class accuracy. */
  evaluation?: PhaseReport | null;
}) {
  const assumptions = useCostAssumptions();
  const ui = useTexts().ui;
  const { locale } = useLocale();
  if (!dataset || !status || !backend) return null;
  const save = (format: 'md' | 'html') => {
    const now = new Date();
    const input = cardInput(
      config,
      model,
      dataset,
      status,
      backend,
      assumptions,
      now,
      test,
      locale,
      evaluation?.phase === 'evaluation' ? evaluation : null,
    );
    const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
    const name = `model-card-${config.task}-seed${config.seed}-${stamp}.${format}`;
    if (format === 'md') downloadText(name, modelCardMarkdown(input), 'text/markdown');
    else downloadText(name, modelCardHtml(input), 'text/html');
  };
  return (
    <div className="records-actions" title={ui.modelCardExportTitle}>
      <button type="button" onClick={() => save('md')}>
        {ui.modelCardExportMarkdown}
      </button>
      <button type="button" onClick={() => save('html')}>
        {ui.modelCardExportHtml}
      </button>
    </div>
  );
});
