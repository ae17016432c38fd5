/**
 * The Runs view's reproduction and audit parts: what a reproduction found (bit-identical
 * losses, or the first step that differs and the likely reason), the note of the last action
 * (a refused reproduction, an exported audit record), and why such records are kept.
 */
import { memo } from 'react';
import { fill } from '../../content/fill';
import type { RunRecord } from '../../data/run-record';
import type { Setup } from '../../data/reproduce';
import { useTexts } from '../locale';
import { fmtInt } from '../viz/format';
import { verdictOf, verdictText } from './reproduction';

/** A note of the last reproduce or export action: information, or a refusal. */
export interface ActionNote {
  error: boolean;
  text: string;
}

export const ReproductionStatus = memo(function ReproductionStatus({
  parent,
  child,
  stopped,
  setup,
}: {
  parent: RunRecord | undefined;
  /** The reproducing run's record; undefined until it has trained a step. */
  child: RunRecord | undefined;
  stopped: boolean;
  setup: Setup;
}) {
  const t = useTexts().reproduce;
  if (!parent) return null;
  if (!child)
    return (
      <p className="notice" role="status" data-testid="runs-reproduction">
        {fill(t.started, { name: parent.name })}
      </p>
    );
  const verdict = verdictOf(parent, child, stopped, setup);
  const { text, reasons } = verdictText(t, verdict, parent.name, fmtInt);
  const notFloat32 = verdict.comparison.notFloat32;
  return (
    <div
      className={`notice runs-reproduction ${verdict.kind === 'differs' ? 'notice-error' : ''}`}
      role="status"
      data-testid="runs-reproduction"
      data-verdict={verdict.kind}
    >
      <p>{text}</p>
      {reasons.length > 0 && (
        <p>
          {t.reasonsHeading} {reasons.join('; ')}.
        </p>
      )}
      {notFloat32 > 0 && <p>{fill(t.notFloat32, { count: fmtInt(notFloat32) })}</p>}
    </div>
  );
});

export function ActionNoteLine({ note }: { note: ActionNote | null }) {
  if (!note) return null;
  return (
    <p
      className={`notice ${note.error ? 'notice-error' : ''}`}
      role={note.error ? 'alert' : 'status'}
      data-testid="runs-action-note"
    >
      {note.text}
    </p>
  );
}

/** Why a run's audit record is worth keeping (teaching text). */
export function AuditWhy() {
  const t = useTexts().reproduce;
  return (
    <details className="runs-audit-why" data-testid="runs-audit-why">
      <summary>{t.auditWhyHeading}</summary>
      <p>{t.auditWhy}</p>
    </details>
  );
}
