/** The run history's table: sortable columns, star, editable name, tags and note, delete. */
import { memo, useState } from 'react';
import { fill } from '../../content/fill';
import { type RunAnnotations, type RunRecord, runParents } from '../../data/run-record';
import { useLocale, useTexts } from '../locale';
import { fmt, fmtInt, fmtPct } from '../viz/format';
import { parseTags, type SortKey } from './runs-table';

/** Brings a row opened from the lineage graph into view (once, when it mounts or changes). */
const scrollIntoView = (row: HTMLTableRowElement | null) =>
  row?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });

/** A text field that commits its value on blur or Enter (not on every key). */
function EditField({
  value,
  label,
  placeholder,
  onCommit,
  className,
}: {
  value: string;
  label: string;
  placeholder?: string;
  onCommit: (text: string) => void;
  className?: string;
}) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  return (
    <input
      type="text"
      className={className}
      value={text}
      aria-label={label}
      placeholder={placeholder}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => text !== value && onCommit(text)}
      onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
    />
  );
}

export interface RunsTableProps {
  runs: RunRecord[];
  liveId: string | null;
  liveRunning: boolean;
  selected: ReadonlySet<string>;
  onSelect: (id: string, on: boolean) => void;
  sort: { key: SortKey; descending: boolean };
  onSort: (key: SortKey) => void;
  onAnnotate: (id: string, patch: Partial<RunAnnotations>) => void;
  onDelete: (id: string) => void;
  /** Trains the run's config, seed and data again (absent: no Reproduce button). */
  onReproduce?: (run: RunRecord) => void;
  /** Why no run can be reproduced now (e.g. a step is half done); null when one can. */
  reproduceBlocked?: string | null;
  /** Exports the run's audit record. */
  onExportAudit?: (run: RunRecord) => void;
  /** The run opened from the lineage graph: outlined and scrolled into view. */
  focusId?: string | null;
}

export const RunsTable = memo(function RunsTable(p: RunsTableProps) {
  const t = useTexts().runs;
  const tr = useTexts().reproduce;
  const tl = useTexts().lineage;
  const { locale } = useLocale();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  const header = (key: SortKey | null, label: string) => {
    if (!key) return <th scope="col">{label}</th>;
    const active = p.sort.key === key;
    return (
      <th
        scope="col"
        aria-sort={active ? (p.sort.descending ? 'descending' : 'ascending') : undefined}
      >
        <button
          type="button"
          className="runs-sort"
          title={fill(t.sortBy, { column: label })}
          onClick={() => p.onSort(key)}
        >
          {label}
          {active ? (p.sort.descending ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    );
  };
  const status = (r: RunRecord) =>
    r.id === p.liveId
      ? p.liveRunning
        ? t.statusLive
        : r.stopReason
          ? fill(t.statusStopped, { reason: r.stopReason })
          : t.statusCurrent
      : r.stopReason
        ? fill(t.statusStopped, { reason: r.stopReason })
        : fill(t.statusInterrupted, { step: fmtInt(r.step) });
  return (
    <div className="runs-table-wrap">
      <table className="runs-table" data-testid="runs-table">
        <thead>
          <tr>
            {header(null, t.colSelect)}
            {header(null, t.colStar)}
            {header('name', t.colName)}
            {header('data', t.colData)}
            {header('learningRate', t.colLearningRate)}
            {header(null, t.colOptimizer)}
            {header('steps', t.colSteps)}
            {header('bestValLoss', t.colBestValLoss)}
            {header('bestValAccuracy', t.colBestValAccuracy)}
            {header('test', t.colTest)}
            {header(null, t.colStatus)}
            {header('started', t.colStarted)}
            {header(null, t.colTags)}
            {header(null, t.colNote)}
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {p.runs.map((r) => {
            const live = r.id === p.liveId;
            return (
              <tr
                key={r.id}
                data-run-id={r.id}
                className={
                  [live ? 'runs-live' : '', r.id === p.focusId ? 'runs-focus' : '']
                    .join(' ')
                    .trim() || undefined
                }
                ref={r.id === p.focusId ? scrollIntoView : undefined}
              >
                <td>
                  <input
                    type="checkbox"
                    checked={p.selected.has(r.id)}
                    aria-label={fill(t.selectLabel, { name: r.name })}
                    onChange={(e) => p.onSelect(r.id, e.target.checked)}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="runs-star"
                    aria-pressed={r.starred}
                    title={r.starred ? t.unstar : t.star}
                    aria-label={r.starred ? t.unstar : t.star}
                    onClick={() => p.onAnnotate(r.id, { starred: !r.starred })}
                  >
                    {r.starred ? '★' : '☆'}
                  </button>
                </td>
                <td>
                  <EditField
                    className="runs-name"
                    value={r.name}
                    label={fill(t.nameLabel, { name: r.name })}
                    onCommit={(name) => name.trim() && p.onAnnotate(r.id, { name: name.trim() })}
                  />
                  {runParents(r).map((parent) => (
                    <div
                      key={`${parent.kind}-${parent.runId}`}
                      className="muted runs-lineage"
                      data-kind={parent.kind}
                    >
                      {fill(tl.parentsOf, {
                        kind: tl.derivations[parent.kind],
                        name: p.runs.find((x) => x.id === parent.runId)?.name ?? parent.runId,
                      })}
                    </div>
                  ))}
                </td>
                <td title={r.data.contentHash ?? undefined}>{r.data.dataset}</td>
                <td className="num">{fmt(Number(r.config.learningRate))}</td>
                <td>{String(r.config.optimizer)}</td>
                <td className="num">{fmtInt(r.step)}</td>
                <td className="num">{fmt(r.best.valLoss?.value, 4)}</td>
                <td className="num">{fmtPct(r.best.valAccuracy?.value)}</td>
                <td className="num">
                  {r.test ? fill(t.testCell, { loss: fmt(r.test.loss, 4) }) : '—'}
                </td>
                <td>
                  <span className="runs-status" title={status(r)}>
                    {status(r)}
                  </span>
                </td>
                <td>{date.format(r.startedAt)}</td>
                <td>
                  <EditField
                    value={r.tags.join(', ')}
                    label={fill(t.tagsLabel, { name: r.name })}
                    placeholder={t.tagsPlaceholder}
                    onCommit={(text) => p.onAnnotate(r.id, { tags: parseTags(text) })}
                  />
                </td>
                <td>
                  <EditField
                    value={r.note}
                    label={fill(t.noteLabel, { name: r.name })}
                    onCommit={(note) => p.onAnnotate(r.id, { note })}
                  />
                </td>
                <td className="runs-actions">
                  {p.onReproduce && (
                    <button
                      type="button"
                      className="inline"
                      disabled={!!p.reproduceBlocked}
                      title={p.reproduceBlocked || tr.reproduceHelp}
                      aria-label={fill(tr.reproduceLabel, { name: r.name })}
                      onClick={() => p.onReproduce?.(r)}
                    >
                      {tr.reproduce}
                    </button>
                  )}
                  {p.onExportAudit && (
                    <button
                      type="button"
                      className="inline"
                      aria-label={fill(tr.exportAuditLabel, { name: r.name })}
                      onClick={() => p.onExportAudit?.(r)}
                    >
                      {tr.exportAudit}
                    </button>
                  )}
                  <button
                    type="button"
                    className="inline"
                    disabled={live}
                    title={live ? t.liveNoDelete : undefined}
                    aria-label={fill(t.deleteLabel, { name: r.name })}
                    onClick={() => p.onDelete(r.id)}
                  >
                    {t.delete}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
