/**
 * Export the sidebar's config as a JSON file, and import one into the sidebar. An imported
 * file goes the same way as typed values (`onImport` → the page's field-change path), so its
 * reset and live fields behave as if typed; a refused file changes nothing and lists every
 * problem at its key.
 */
import { memo, useId, useMemo, useState } from 'react';
import {
  type ConfigProblem,
  configFileName,
  configFileSizeProblem,
  configFileText,
  readConfigFile,
} from '../../config/config-file';
import { type RawConfig, validate } from '../../config/schema';
import { useLocale, useTexts } from '../locale';
import { downloadText } from './download';
import './records.css';

type Outcome =
  | { ok: true; name: string; notices: ConfigProblem[] }
  | { ok: false; name: string; problems: ConfigProblem[] };

export const ConfigFileControls = memo(function ConfigFileControls({
  raw,
  onImport,
}: {
  raw: RawConfig;
  onImport: (raw: RawConfig) => void;
}) {
  const t = useTexts().configFile;
  const { locale } = useLocale();
  const inputId = useId();
  const config = useMemo(() => validate(raw).config, [raw]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const load = async (file: File | undefined) => {
    if (!file) return;
    const tooLarge = configFileSizeProblem(file.size, locale);
    if (tooLarge) return setOutcome({ ok: false, name: file.name, problems: [tooLarge] });
    const r = readConfigFile(await file.text(), undefined, undefined, locale);
    if (r.ok) {
      setOutcome({ ok: true, name: file.name, notices: r.notices });
      onImport(r.raw);
    } else setOutcome({ ok: false, name: file.name, problems: r.problems });
  };

  return (
    <div className="config-file" data-testid="config-file">
      <div className="config-file-buttons">
        <button
          type="button"
          disabled={!config}
          title={config ? t.exportTitle : t.exportDisabled}
          onClick={() => {
            if (!config) return;
            const now = new Date();
            downloadText(
              configFileName(config, now),
              configFileText(config, now),
              'application/json',
            );
          }}
        >
          {t.exportLabel}
        </button>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          aria-label={t.importInputLabel}
          aria-invalid={outcome && !outcome.ok ? true : undefined}
          onChange={(e) => {
            void load(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <label className="button-like" htmlFor={inputId} title={t.importTitle}>
          {t.importLabel}
        </label>
      </div>
      {outcome?.ok === false && (
        <div className="field-error" role="alert" data-testid="config-file-errors">
          <p>{t.refused(outcome.name)}</p>
          <ul>
            {outcome.problems.map((p) => (
              <li key={`${p.at}:${p.message}`}>
                <code>{p.at}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {outcome?.ok && (
        <div className="config-file-loaded muted" role="status" data-testid="config-file-status">
          <p>{t.loaded(outcome.name)}</p>
          {outcome.notices.length > 0 && (
            <ul>
              {outcome.notices.map((p) => (
                <li key={`${p.at}:${p.message}`}>
                  <code>{p.at}</code>: {p.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
});
