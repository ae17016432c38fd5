/**
 * The "Your own data" block of the sidebar: the data set the run trains on, a CSV file field
 * with the choice of target column and problem, and a plane to draw points on. A file is
 * checked here first; a bad one shows its problems at the file field and changes nothing.
 */
import { memo, useId, useState } from 'react';
import { type CsvTable, parseCsv } from '../../data/csv';
import {
  type DataChoice,
  defaultChoice,
  type OwnData,
  PROBLEM_KINDS,
  type ProblemKind,
  toOwnData,
} from '../../data/own-data';
import type { DataSource } from '../../protocol/messages';
import { fill } from '../../content/fill';
import { useLocale, useTexts } from '../locale';
import { fmtInt } from '../viz/format';
import { PointDrawer } from './PointDrawer';
import './own-data.css';

interface Props {
  /** The data set of the current run (null before the engine has one). */
  source: DataSource | null;
  /** The engine can take a new data set now (it is ready and not training). */
  canUse: boolean;
  /** Stores the data set and starts a new run on it. */
  onUse: (data: OwnData) => void;
}

/** A file read and parsed, waiting for its target column to be chosen. */
interface Staged {
  fileName: string;
  table: CsvTable;
  choice: DataChoice;
}

/** The catalogue's label of each kind of problem. */
const KIND_LABELS = {
  classification: 'odClassification',
  regression: 'odRegression',
} as const satisfies Record<ProblemKind, string>;

/** The catalogue's short name of each kind of problem. */
const KIND_NAMES = {
  classification: 'odKindClassification',
  regression: 'odKindRegression',
} as const satisfies Record<ProblemKind, string>;

/** Problems as one message, or a list when there are several. */
function Problems({ id, title, errors }: { id: string; title: string; errors: string[] }) {
  return (
    <div className="field-error od-errors" role="alert" id={id}>
      <p>{title}</p>
      {errors.length === 1 ? (
        <p>{errors[0]}</p>
      ) : (
        <ul>
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const DataLoader = memo(function DataLoader({ source, canUse, onUse }: Props) {
  const id = useId();
  const ui = useTexts().ui;
  const { locale } = useLocale();
  const [staged, setStaged] = useState<Staged | null>(null);
  const [fileErrors, setFileErrors] = useState<{ fileName: string; errors: string[] } | null>(null);

  const read = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseCsv(await file.text(), locale);
    if (!parsed.ok) {
      setFileErrors({ fileName: file.name, errors: parsed.errors });
      setStaged(null);
      return;
    }
    setFileErrors(null);
    setStaged({ fileName: file.name, table: parsed.table, choice: defaultChoice(parsed.table) });
  };

  const checked = staged ? toOwnData(staged.table, staged.choice, staged.fileName, locale) : null;
  // A file's problems show at the file field: those of reading it, or of learning the chosen
  // column from it (which another choice of column may solve).
  const problems = fileErrors
    ? {
        title: fill(ui.odNotLoaded, { file: fileErrors.fileName }),
        errors: fileErrors.errors,
      }
    : staged && checked && !checked.ok
      ? {
          title: fill(ui.odCannotLearn, { file: staged.fileName }),
          errors: checked.errors,
        }
      : null;
  const choose = (patch: Partial<DataChoice>) =>
    setStaged((s) => (s ? { ...s, choice: { ...s.choice, ...patch } } : s));

  return (
    <div className="od-loader" data-testid="own-data">
      <div className="field-head">
        <span className="od-title">{ui.odDataSet}</span>
      </div>
      <p className="od-current" data-testid="own-data-current">
        {source ? (
          <>
            <strong>{source.name}</strong>: {fill(ui.odRows, { rows: fmtInt(source.rows) })},{' '}
            {source.features.length === 1
              ? ui.odOneInput
              : fill(ui.odInputs, { count: fmtInt(source.features.length) })}{' '}
            → <em>{source.target}</em> ({ui[KIND_NAMES[source.kind]]})
            {source.id && <span className="od-id"> · {fill(ui.odId, { id: source.id })}</span>}
          </>
        ) : (
          ui.odNone
        )}
      </p>

      <div className={`field${problems ? ' field-invalid' : ''}`}>
        <div className="field-head">
          <label htmlFor={`${id}-file`}>{ui.odCsvFile}</label>
        </div>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-invalid={problems ? true : undefined}
          aria-describedby={problems ? `${id}-file-error` : `${id}-file-help`}
          onChange={(e) => {
            void read(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        {problems ? (
          <Problems id={`${id}-file-error`} title={problems.title} errors={problems.errors} />
        ) : (
          <p className="field-help" id={`${id}-file-help`}>
            {ui.odCsvHelp}
          </p>
        )}
      </div>

      {staged && checked && (
        <div className="od-staged" data-testid="own-data-staged">
          <p className="od-staged-head">
            <strong>{staged.fileName}</strong>:{' '}
            {fill(ui.odRows, { rows: fmtInt(staged.table.rows.length) })},{' '}
            {fill(ui.odColumns, { count: fmtInt(staged.table.columns.length) })}
          </p>
          <div className="field">
            <div className="field-head">
              <label htmlFor={`${id}-target`}>{ui.odColumnToPredict}</label>
            </div>
            <select
              id={`${id}-target`}
              value={staged.choice.target}
              onChange={(e) => choose({ target: Number(e.target.value) })}
            >
              {staged.table.columns.map((c, j) => (
                <option key={c} value={j}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <div className="field-head">
              <label htmlFor={`${id}-kind`}>{ui.odPredictAs}</label>
            </div>
            <select
              id={`${id}-kind`}
              value={staged.choice.kind}
              onChange={(e) => choose({ kind: e.target.value as ProblemKind })}
            >
              {PROBLEM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {ui[KIND_LABELS[k]]}
                </option>
              ))}
            </select>
          </div>
          <div className="od-actions">
            <button
              type="button"
              className="primary"
              disabled={!checked.ok || !canUse}
              onClick={() => {
                if (!checked.ok) return;
                onUse(checked.data);
                setStaged(null);
              }}
            >
              {ui.odTrain}
            </button>
            <button type="button" onClick={() => setStaged(null)}>
              {ui.odCancel}
            </button>
          </div>
        </div>
      )}

      <details className="od-draw">
        <summary>{ui.odDrawInstead}</summary>
        <PointDrawer canUse={canUse} onUse={onUse} />
      </details>
    </div>
  );
});
