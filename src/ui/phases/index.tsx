/** One panel per phase: its teaching text and a view of what the phase really computed. */
import { memo, type JSX } from 'react';
import { phaseText, type TextContext, texts } from '../../content';
import type { DatasetKind, DatasetView, ModelSummary } from '../../protocol/messages';
import type { PhaseId } from '../../protocol/phases';
import type { PhaseReport } from '../../protocol/reports';
import { BackwardView } from './BackwardView';
import { CharsDataView } from './chars/CharsDataView';
import { CharsEvaluationView } from './chars/CharsEvaluationView';
import { CharsForwardView } from './chars/CharsForwardView';
import { PanelBoundary } from '../PanelBoundary';
import { CheckpointView } from './CheckpointView';
import { CurveDataView } from './curve/CurveDataView';
import { CurveEvaluationView } from './curve/CurveEvaluationView';
import { CurveForwardView } from './curve/CurveForwardView';
import { CurveLossView } from './curve/CurveLossView';
import { DataView } from './DataView';
import { EvaluationView } from './EvaluationView';
import { ForwardView } from './ForwardView';
import { ImageBackwardView } from './images/ImageBackwardView';
import { ImageDataView } from './images/ImageDataView';
import { ImageEvaluationView } from './images/ImageEvaluationView';
import { ImageForwardView } from './images/ImageForwardView';
import { ImageInitializationView } from './images/ImageInitializationView';
import { InitializationView } from './InitializationView';
import { LossView } from './LossView';
import './phases.css';
import './tasks.css';
import { StoppingView } from './StoppingView';
import { TableDataView } from './table/TableDataView';
import { TableEvaluationView } from './table/TableEvaluationView';
import { TableForwardView } from './table/TableForwardView';
import { TableLossView } from './table/TableLossView';
import type { PhaseViewProps } from './types';
import { UpdateView } from './UpdateView';

export const PHASE_VIEWS: { [P in PhaseId]: (props: PhaseViewProps<P>) => JSX.Element } = {
  initialization: InitializationView,
  data: DataView,
  forward: ForwardView,
  loss: LossView,
  backward: BackwardView,
  update: UpdateView,
  evaluation: EvaluationView,
  checkpoint: CheckpointView,
  stopping: StoppingView,
};

/** Views of a kind of data that replace the generic ones (the others serve every kind). */
export const KIND_VIEWS: {
  [K in DatasetKind]: { [P in PhaseId]?: (props: PhaseViewProps<P>) => JSX.Element };
} = {
  points2d: {},
  images: {
    initialization: ImageInitializationView,
    data: ImageDataView,
    forward: ImageForwardView,
    backward: ImageBackwardView,
    evaluation: ImageEvaluationView,
  },
  chars: {
    data: CharsDataView,
    forward: CharsForwardView,
    evaluation: CharsEvaluationView,
  },
  table: {
    data: TableDataView,
    forward: TableForwardView,
    loss: TableLossView,
    evaluation: TableEvaluationView,
  },
  curve1d: {
    data: CurveDataView,
    forward: CurveForwardView,
    loss: CurveLossView,
    evaluation: CurveEvaluationView,
  },
};

/**
 * What the phase does, why, its formula and how the two modes differ, as true of the task,
 * model and loss of the run on screen (`context`).
 */
export function PhaseExplanation({ phase, context }: { phase: PhaseId; context: TextContext }) {
  const { ui } = texts();
  const t = phaseText(phase, context);
  return (
    <details className="pv-explain" open>
      <summary>{ui.howItWorks}</summary>
      <div className="pv-explain-grid">
        <div>
          <p>
            <strong>{ui.whatHeading}.</strong> {t.what}
          </p>
          <p>
            <strong>{ui.whyHeading}.</strong> {t.why}
          </p>
        </div>
        <div>
          <pre className="pv-formula" aria-label={ui.formulaHeading}>
            {t.formula}
          </pre>
          <p>
            <strong>{ui.modesHeading}.</strong> {t.modes}
          </p>
        </div>
      </div>
    </details>
  );
}

export interface PhaseViewPanelProps {
  phase: PhaseId;
  report: PhaseReport | undefined;
  dataset: DatasetView | null | undefined;
  model: ModelSummary | null | undefined;
  /** The task, model and loss of the run on screen, which choose the teaching texts. */
  context: TextContext;
  onDeleteCheckpoint?: (id: string) => void;
}

/** The panel of one phase: heading, explanation, and the view of its latest report. */
export const PhaseView = memo(function PhaseView({
  phase,
  report,
  dataset,
  model,
  context,
  onDeleteCheckpoint,
}: PhaseViewPanelProps) {
  const { phases, ui } = texts();
  const headingId = `phase-panel-${phase}-title`;
  const ready = report !== undefined && report.phase === phase && dataset && model;
  const View = ((dataset && KIND_VIEWS[dataset.kind][phase]) ?? PHASE_VIEWS[phase]) as (
    props: PhaseViewProps<PhaseId>,
  ) => JSX.Element;
  return (
    <section className="pv-panel" data-testid={`phase-panel-${phase}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="pv-title">
        {phases[phase].title}
      </h2>
      {/* What the phase computed first, so it is on screen on a projector; then the why. */}
      {ready ? (
        <PanelBoundary name={phases[phase].title} resetKey={report}>
          <View
            report={report}
            dataset={dataset}
            model={model}
            onDeleteCheckpoint={onDeleteCheckpoint}
          />
        </PanelBoundary>
      ) : (
        <p className="pv-empty">{ui.notRunYet}</p>
      )}
      <PhaseExplanation phase={phase} context={context} />
    </section>
  );
});
