/**
 * A study's results, whatever its kind: the recorded runs joined with the study's plan
 * (../../data/study/study-results.ts), how many are recorded, the view of its kind (sweep,
 * ablation, scaling) and the study's cost. Pure props in, nothing fetched: the page that
 * runs studies passes the study and the run records it has.
 */
import { memo, useId, useMemo, useState } from 'react';
import type { LabConfig } from '../../config/schema';
import { fill } from '../../content/fill';
import type { RunRecord } from '../../data/run-record';
import { expandStudy } from '../../data/study/expand';
import { joinStudyRuns, type StudyMetric } from '../../data/study/study-results';
import type { StudyRecord } from '../../data/study/study-record';
import { useTexts } from '../locale';
import { fmtInt } from '../viz/format';
import { AblationResults } from './AblationResults';
import { ScalingResults } from './ScalingResults';
import { StudyCost } from './StudyCost';
import { SweepResults } from './SweepResults';
import './studies.css';

export interface StudyResultsProps {
  study: StudyRecord;
  /** Run records; those of other studies are ignored. */
  runs: readonly RunRecord[];
  /** Takes a run's config into the sidebar (as loading a config file does). */
  onOpenConfig: (config: LabConfig) => void;
  /**
   * Whether to say how many of the planned runs are recorded; a page that shows the study's
   * progress beside the results already says it.
   */
  showCount?: boolean;
}

export const StudyResults = memo(function StudyResults({
  study,
  runs,
  onOpenConfig,
  showCount = true,
}: StudyResultsProps) {
  const t = useTexts().studyResults;
  const metricId = useId();
  const def = study.definition;
  const [chosen, setChosen] = useState<StudyMetric>('valLoss');
  // A scaling law is a law of the loss; an accuracy only where some run measured one.
  const hasAccuracy =
    def.kind !== 'scaling' &&
    runs.some((r) => r.study?.studyId === study.id && r.final.valAccuracy !== null);
  const metric: StudyMetric = hasAccuracy ? chosen : 'valLoss';
  const join = useMemo(() => joinStudyRuns(study, runs, metric), [study, runs, metric]);
  const refused = useMemo(() => expandStudy(def).refused.length, [def]);
  const recorded = join.rows.map((r) => r.record);
  const total = join.rows.length + join.pending.length;
  return (
    <div className="study-results" data-testid="study-results" data-kind={def.kind}>
      <div className="study-results-head">
        {showCount && (
          <p data-testid="study-results-progress">
            {fill(t.progress, { done: fmtInt(join.rows.length), total: fmtInt(total) })}
            {refused > 0 && ` ${fill(t.refused, { count: fmtInt(refused) })}`}
          </p>
        )}
        {hasAccuracy && (
          <label htmlFor={metricId}>
            {t.metricLabel}{' '}
            <select
              id={metricId}
              value={metric}
              data-testid="study-metric"
              onChange={(e) => setChosen(e.target.value as StudyMetric)}
            >
              <option value="valLoss">{t.metrics.valLoss}</option>
              <option value="valAccuracy">{t.metrics.valAccuracy}</option>
            </select>
          </label>
        )}
      </div>
      {join.rows.length === 0 ? (
        <p className="muted">{t.noRuns}</p>
      ) : def.kind === 'sweep' ? (
        <SweepResults
          definition={def}
          rows={join.rows}
          metric={metric}
          onOpenConfig={onOpenConfig}
        />
      ) : def.kind === 'ablation' ? (
        <AblationResults definition={def} rows={join.rows} metric={metric} />
      ) : (
        <ScalingResults definition={def} rows={join.rows} />
      )}
      {recorded.length > 0 && <StudyCost runs={recorded} />}
    </div>
  );
});
