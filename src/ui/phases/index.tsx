/** One panel per phase: its teaching text and a view of what the phase really computed. */
import { memo, type JSX } from 'react';
import { phaseText, type TextContext } from '../../content';
import { useLocale, useTexts } from '../locale';
import type { DatasetKind, DatasetView, ModelSummary } from '../../protocol/messages';
import type { PhaseId } from '../../protocol/phases';
import type { PhaseReport } from '../../protocol/reports';
import type { StampInfo } from '../report-stamp';
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
import { PhaseTechniques } from './PhaseTechniques';
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
  const { ui } = useTexts();
  const t = phaseText(phase, context, useLocale().locale);
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
  /** When the report was computed, and whether the run has moved on since. */
  stamp?: StampInfo | null;
}

/** The panel of one phase: heading, when it was computed, its view, and the explanation. */
export function PhaseView({ stamp, ...props }: PhaseViewPanelProps) {
  const { phases } = useTexts();
  const { phase } = props;
  const headingId = `phase-panel-${phase}-title`;
  return (
    <section className="pv-panel" data-testid={`phase-panel-${phase}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="pv-title">
        {phases[phase].title}
      </h2>
      {stamp && props.report && <PhaseStamp stamp={stamp} />}
      <PhaseBody {...props} />
    </section>
  );
}

/** "Computed at step s …", and, when the run has moved on, where it is and why. */
export function PhaseStamp({ stamp }: { stamp: StampInfo }) {
  return (
    <p
      className={stamp.lag ? 'pv-stamp pv-stamp-lag' : 'pv-stamp'}
      data-testid="phase-stamp"
      data-step={stamp.step}
      data-lags={stamp.lag ? 'true' : 'false'}
      role="status"
    >
      {stamp.text}
      {stamp.lag && (
        <>
          {' '}
          <strong>{stamp.lag}</strong>
        </>
      )}
    </p>
  );
}

/** What the phase computed first, so it is on screen on a projector; then the why. */
const PhaseBody = memo(function PhaseBody({
  phase,
  report,
  dataset,
  model,
  context,
  onDeleteCheckpoint,
}: Omit<PhaseViewPanelProps, 'stamp'>) {
  const { phases, ui } = useTexts();
  const ready = report !== undefined && report.phase === phase && dataset && model;
  const View = ((dataset && KIND_VIEWS[dataset.kind][phase]) ?? PHASE_VIEWS[phase]) as (
    props: PhaseViewProps<PhaseId>,
  ) => JSX.Element;
  return (
    <>
      {ready ? (
        <PanelBoundary name={phases[phase].title} resetKey={report}>
          <PhaseTechniques report={report} />
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
    </>
  );
});
