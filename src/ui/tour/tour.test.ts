/**
 * The guided tour's data: every chapter of the glossary with its stops, texts in both
 * languages, and every target resolving to a place the page really has (a phase, a field of
 * the sidebar's schema that the default task shows, a panel whose marker a component
 * renders). A renamed phase, field, test id or class fails here. The test lists which stops
 * have a live target and which are still to come.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, fieldAppliesTo, FIELDS, toRaw } from '../../config/schema';
import { content } from '../../content';
import { TOUR, TOUR_PANELS, TOUR_STOPS } from '../../content/tour';
import { isPhaseId } from '../../protocol/phases';
import { FORM_KINDS } from '../studies/study-form-state';
import { PANEL_PLACES, type PanelPlace, SCALE_SELECTOR } from './targets';

/** The source of every component under src/ui, by path. */
function sources(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const [p, s] of sources(path)) out.set(p, s);
    else if (name.endsWith('.tsx')) out.set(path, readFileSync(path, 'utf8'));
  }
  return out;
}
const UI = sources(join(__dirname, '..'));
const allSource = [...UI.values()].join('\n');

/** Whether some component renders the marker a selector looks for. */
function rendered(selector: string): boolean {
  const testId = /^\[data-testid="([\w-]+)"\]$/.exec(selector);
  if (testId) return allSource.includes(`data-testid="${testId[1]}"`);
  const cls = /^\.([\w-]+)$/.exec(selector);
  if (!cls) throw new Error(`unexpected selector ${selector}`);
  return [...allSource.matchAll(/className="([^"]*)"/g)].some((m) =>
    m[1].split(/\s+/).includes(cls[1]),
  );
}

/** Sentences of a text: ends of `.`, `!`, `?` before a capital letter or the end. */
const sentences = (text: string) => text.split(/[.!?](?:\s+(?=[A-ZÄÖÜ„])|$)/).filter(Boolean);

const defaultRaw = toRaw(DEFAULT_CONFIG);
const fieldKeys = new Set<string>(FIELDS.map((f) => f.key));

describe('the guided tour', () => {
  it('follows the glossary: five chapters, 35 stops, each stop once', () => {
    expect(TOUR.map((c) => c.id)).toEqual([
      'components',
      'technical',
      'efficiency',
      'governance',
      'practice',
    ]);
    expect(TOUR.map((c) => c.stops.length)).toEqual([9, 7, 7, 6, 6]);
    expect(new Set(TOUR_STOPS.map((s) => s.id)).size).toBe(TOUR_STOPS.length);
  });

  it('visits the nine phases in order in its first chapter', () => {
    expect(TOUR[0].stops.map((s) => s.target.kind === 'phase' && s.target.phase)).toEqual([
      'initialization',
      'data',
      'forward',
      'loss',
      'backward',
      'update',
      'evaluation',
      'checkpoint',
      'stopping',
    ]);
  });

  it.each(['en', 'de'] as const)('explains every stop in 2 to 4 sentences (%s)', (locale) => {
    const t = content[locale].tour;
    for (const c of TOUR) expect(t.chapters[c.id].trim(), c.id).not.toBe('');
    for (const s of TOUR_STOPS) {
      expect(t.stops[s.id].title.trim(), s.id).not.toBe('');
      const n = sentences(t.stops[s.id].text).length;
      expect(n, `${locale} ${s.id}: ${n} sentences`).toBeGreaterThanOrEqual(2);
      expect(n, `${locale} ${s.id}: ${n} sentences`).toBeLessThanOrEqual(4);
    }
  });

  it('points every live target at a place the page has', () => {
    const live = TOUR_STOPS.flatMap(({ id, target }) => (target ? [{ id, target }] : []));
    const coming = TOUR_STOPS.filter((s) => s.target === null);
    const kinds = new Map<string, number>();
    for (const { id, target } of live) {
      kinds.set(target.kind, (kinds.get(target.kind) ?? 0) + 1);
      switch (target.kind) {
        case 'phase':
          expect(isPhaseId(target.phase), `${id}: phase ${target.phase}`).toBe(true);
          break;
        case 'field': {
          expect(fieldKeys.has(target.field), `${id}: field ${target.field}`).toBe(true);
          // On the page a student opens first, so the button finds it.
          const field = FIELDS.find((f) => f.key === target.field)!;
          expect(fieldAppliesTo(field, defaultRaw), `${id}: ${target.field} shown`).toBe(true);
          break;
        }
        case 'scale':
          expect(rendered(SCALE_SELECTOR), `${id}: ${SCALE_SELECTOR}`).toBe(true);
          break;
        case 'panel': {
          expect(TOUR_PANELS, id).toContain(target.panel);
          const place: PanelPlace = PANEL_PLACES[target.panel];
          expect(rendered(place.selector), `${id}: ${place.selector}`).toBe(true);
          if (place.open) expect(rendered(place.open), `${id}: ${place.open}`).toBe(true);
          if (place.click) {
            // The study form's kind radios carry `study-kind-<kind>` (StudyDefinitionForm.tsx).
            const kind = /^\[data-testid="study-kind-(\w+)"\]$/.exec(place.click)?.[1];
            expect(FORM_KINDS as readonly string[], `${id}: ${place.click}`).toContain(kind);
            expect(allSource).toContain('data-testid={`study-kind-${k}`}');
          }
          break;
        }
      }
    }
    // The markers the page's own components put on phase panels and fields.
    expect(UI.get(join(__dirname, '..', 'phases', 'index.tsx'))).toContain(
      'data-testid={`phase-panel-${phase}`}',
    );
    expect(UI.get(join(__dirname, '..', 'Sidebar.tsx'))).toContain(
      'const id = `field-${field.key}`',
    );
    // Every panel place is used by some stop, so none is left behind by a rename.
    const used = new Set(live.flatMap((s) => (s.target.kind === 'panel' ? [s.target.panel] : [])));
    expect([...used].sort()).toEqual([...TOUR_PANELS].sort());

    console.log(
      [
        `Tour: ${TOUR_STOPS.length} stops, ${live.length} with a live target, ${coming.length} coming.`,
        `Live targets by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}.`,
        `Live: ${live.map((s) => s.id).join(', ')}.`,
        `Coming: ${coming.map((s) => s.id).join(', ')}.`,
      ].join('\n'),
    );
    expect(live.length + coming.length).toBe(35);
    expect(coming.map((s) => s.id)).toEqual([]);
  });

  it.each(['en', 'de'] as const)(
    'sends the research-practice stops to the Studies view, which their texts name (%s)',
    (locale) => {
      const t = content[locale].tour;
      const view = locale === 'en' ? /Studies view/ : /Ansicht „Studien“/;
      const notYet = locale === 'en' ? /\byet\b/ : /noch nicht/;
      for (const id of ['academicIndustrial', 'scalingLaws', 'ablations'] as const) {
        const { target } = TOUR_STOPS.find((s) => s.id === id)!;
        const place: PanelPlace | null =
          target?.kind === 'panel' ? PANEL_PLACES[target.panel] : null;
        expect(place?.open, id).toBe('[data-testid="studies-view"]');
        expect(t.stops[id].text, id).toMatch(view);
        expect(t.stops[id].text, id).not.toMatch(notYet);
      }
    },
  );
});
