import type { DatasetView, ModelSummary } from '../../protocol/messages';
import type { PhaseId } from '../../protocol/phases';
import type { ReportOf } from '../../protocol/reports';

/** Props every phase view gets: its phase's latest report and the run's data set. */
export interface PhaseViewProps<P extends PhaseId> {
  report: ReportOf<P>;
  dataset: DatasetView;
  model: ModelSummary;
  /** Sends a command the view needs (e.g. deleting a checkpoint). */
  onDeleteCheckpoint?: (id: string) => void;
}
