import { CurveLossView } from '../curve/CurveLossView';
import { LossView } from '../LossView';
import type { PhaseViewProps } from '../types';

/** A table's loss: cross-entropy per row for classes, squared error for a number. */
export function TableLossView(props: PhaseViewProps<'loss'>) {
  return props.dataset.classes > 0 ? <LossView {...props} /> : <CurveLossView {...props} />;
}
