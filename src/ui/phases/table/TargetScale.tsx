/**
 * A regression on the user's data learns its standardized target z = (y − μ) / σ: its loss L
 * is on that scale, and these pieces give it back in the target's own units (MSE = L · σ²,
 * RMSE = √L · σ) and say so.
 */
import { texts } from '../../../content';
import type { DatasetView, TargetScale } from '../../../protocol/messages';
import { fmt } from '../../viz/format';
import { Note, Stat } from '../common';

/** The target scale of the data set, when its loss is on the standardized target. */
export function targetScaleOf(dataset: DatasetView): TargetScale | undefined {
  return dataset.classes === 0 ? dataset.source?.targetScale : undefined;
}

/** The loss `loss` (standardized) as the MSE and RMSE in the target's units. */
export function UnitStats({
  scale,
  loss,
  target,
}: {
  scale: TargetScale;
  loss: number | null;
  target: string;
}) {
  const t = texts().targetScale;
  const mse = loss === null ? null : loss * scale.std * scale.std;
  const rmse = loss === null ? null : Math.sqrt(loss) * scale.std;
  return (
    <>
      <Stat
        label={t.rmseInUnits(target)}
        value={<span data-testid="rmse-units">{fmt(rmse)}</span>}
        hint={t.unitsHint}
      />
      <Stat label={t.mseInUnits(target)} value={fmt(mse)} />
    </>
  );
}

/** What the loss is: the squared error of the standardized target, with μ and σ. */
export function TargetScaleNote({ scale, target }: { scale: TargetScale; target: string }) {
  return (
    <Note>
      <span data-testid="target-scale-note">
        {texts().targetScale.note(target, fmt(scale.mean), fmt(scale.std))}
      </span>
    </Note>
  );
}
