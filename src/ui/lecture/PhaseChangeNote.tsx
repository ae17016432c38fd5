/**
 * Lecture mode's line over the phase panel: what the phase that ran last just changed, drawn
 * anew (and briefly highlighted: the page keys it by phase and step) with every phase.
 */
import type { PhaseReport } from '../../protocol/reports';
import { stopReasonText } from '../../content';
import { useLocale, useTexts } from '../locale';
import { phaseChange } from './phase-change';

export function PhaseChangeNote({ report }: { report: PhaseReport }) {
  const t = useTexts();
  const { locale } = useLocale();
  return (
    <p className="phase-change" data-testid="phase-change" aria-live="polite">
      <strong>
        {t.phases[report.phase].title} · {t.lecture.justChanged}:
      </strong>{' '}
      {phaseChange(report, t.lecture.changed, (r) => stopReasonText(r, locale))}
    </p>
  );
}
