/**
 * The lecture scenarios (src/config/scenarios.ts): a menu of one-click presets, each loading
 * its config link (and its contrast, where it has one), and a note of what to watch in the
 * scenario loaded last.
 */
import { useRef } from 'react';
import { LANG_KEY } from '../../config/locale';
import { PRESENT_KEY } from '../../config/present';
import { SCENARIO_KEY, type ScenarioId, SCENARIO_LIST } from '../../config/scenarios';
import { useLocale, useTexts } from '../locale';

/** The link of a scenario's config, in this page's language and mode, naming the scenario. */
function href(id: ScenarioId, query: string, lang: string, present: boolean): string {
  const params = new URLSearchParams(query);
  params.set(SCENARIO_KEY, id);
  params.set(LANG_KEY, lang);
  if (present) params.set(PRESENT_KEY, '1');
  return `?${params.toString()}`;
}

export function ScenarioMenu({
  canLoad,
  present,
  onLoad,
}: {
  /** Loading starts a new run: only when Reset is enabled (src/ui/controls.ts). */
  canLoad: boolean;
  present: boolean;
  onLoad: (id: ScenarioId, query: string) => void;
}) {
  const t = useTexts().scenarios;
  const { locale } = useLocale();
  const menu = useRef<HTMLDetailsElement>(null);
  const load = (id: ScenarioId, query: string) => {
    onLoad(id, query);
    if (menu.current) menu.current.open = false;
  };
  return (
    <details className="scenario-menu" ref={menu}>
      <summary title={t.menuTitle}>{t.menu}</summary>
      <ol>
        {SCENARIO_LIST.map((s) => {
          const text = t.items[s.id];
          return (
            <li key={s.id} data-scenario={s.id}>
              <strong>{text.title}</strong>
              <p>{text.watch}</p>
              <div className="scenario-actions">
                <button type="button" disabled={!canLoad} onClick={() => load(s.id, s.query)}>
                  {t.load}
                </button>
                {s.contrast && (
                  <button type="button" disabled={!canLoad} onClick={() => load(s.id, s.contrast!)}>
                    {t.loadContrast}: {text.contrast}
                  </button>
                )}
                <a href={href(s.id, s.query, locale, present)}>{t.link}</a>
              </div>
            </li>
          );
        })}
      </ol>
    </details>
  );
}

/** What to watch in the scenario loaded last, until it is closed. */
export function ScenarioNote({ id, onClose }: { id: ScenarioId; onClose: () => void }) {
  const t = useTexts().scenarios;
  const text = t.items[id];
  return (
    <aside className="notice scenario-note" data-testid="scenario-note" aria-live="polite">
      <strong>
        {text.title} · {t.watchHeading}:
      </strong>{' '}
      {text.watch}{' '}
      <button type="button" className="inline" onClick={onClose}>
        {t.close}
      </button>
    </aside>
  );
}
