/**
 * Where each tour target is on the page, and how the tour takes the student there: a phase
 * panel is opened as if picked on the phase rail, the Scale view is unfolded, a sidebar field
 * is focused, and every target is scrolled into view and highlighted for a moment. Targets are
 * found by the markers their components render (data-testid, class, element id), so the unit
 * test (./tour.test.ts) can check every marker against the source.
 */
import type { FieldKey } from '../../config/schema';
import type { TourPanelId, TourTarget } from '../../content/tour';
import type { PhaseId } from '../../protocol/phases';

/** A panel's element, and the phase whose panel must be open for it to be on the page. */
export interface PanelPlace {
  /** A CSS selector of one of the markers: `[data-testid="…"]` or `.class`. */
  selector: string;
  phase?: PhaseId;
  /** A `<details>` that holds the panel, opened first (its content renders once open). */
  open?: string;
  /** A control clicked once the holder is open (a radio that shows the panel), if any. */
  click?: string;
}

/** Each panel a stop can point at. */
export const PANEL_PLACES = {
  checkpoints: { selector: '[data-testid="checkpoints"]', phase: 'checkpoint' },
  faults: { selector: '.fault-menu' },
  modelCardExport: { selector: '.records-actions' },
  configFile: { selector: '[data-testid="config-file"]' },
  runCost: { selector: '[data-testid="run-cost"]' },
  timeline: { selector: '.timeline' },
  lossCharts: { selector: '.charts' },
  modelSummary: { selector: '[data-testid="model-summary"]' },
  runs: { selector: '[data-testid="runs-view"]' },
  lineage: { selector: '[data-testid="runs-lineage"]', open: '[data-testid="runs-view"]' },
  // The Studies view (src/ui/studies/StudiesView.tsx) and its form set to a kind of study.
  studies: { selector: '[data-testid="studies-view"]', open: '[data-testid="studies-view"]' },
  studyScaling: {
    selector: '[data-testid="study-sizes"]',
    open: '[data-testid="studies-view"]',
    click: '[data-testid="study-kind-scaling"]',
  },
  studyAblation: {
    selector: '[data-testid="study-components"]',
    open: '[data-testid="studies-view"]',
    click: '[data-testid="study-kind-ablation"]',
  },
} as const satisfies Record<TourPanelId, PanelPlace>;

/** The Scale view's element (a `<details>`). */
export const SCALE_SELECTOR = '[data-testid="scale"]';

/** The element id of a sidebar field's control (src/ui/Sidebar.tsx). */
export const fieldElementId = (key: FieldKey) => `field-${key}`;

/** The selector of a phase's panel (src/ui/phases/index.tsx). */
export const phasePanelSelector = (phase: PhaseId) => `[data-testid="phase-panel-${phase}"]`;

/** The class that marks the element a tour stop points at. */
export const HIGHLIGHT_CLASS = 'tour-highlight';
/** How long the highlight stays (ms). */
const HIGHLIGHT_MS = 2500;
/** How long to wait for an element to appear after opening its phase (ms). */
const APPEAR_MS = 1500;

/** The element `selector` names, once it is on the page, or null after `ms` milliseconds. */
function appear(selector: string, ms: number): Promise<HTMLElement | null> {
  return new Promise((resolve) => {
    const until = performance.now() + ms;
    const look = () => {
      const el = document.querySelector<HTMLElement>(selector);
      if (el || performance.now() > until) resolve(el);
      else requestAnimationFrame(look);
    };
    look();
  });
}

/** Scrolls `el` into view, focuses `focus` (or `el` itself) and highlights `el` for a while. */
function present(el: HTMLElement, focus: HTMLElement = el): void {
  if (focus === el && el.tabIndex < 0 && !el.hasAttribute('tabindex'))
    el.setAttribute('tabindex', '-1');
  for (const old of document.querySelectorAll(`.${HIGHLIGHT_CLASS}`))
    old.classList.remove(HIGHLIGHT_CLASS);
  el.scrollIntoView({ block: 'center' });
  focus.focus({ preventScroll: true });
  el.classList.add(HIGHLIGHT_CLASS);
  window.setTimeout(() => el.classList.remove(HIGHLIGHT_CLASS), HIGHLIGHT_MS);
}

/**
 * Takes the student to a stop's target. `showPhase` opens a phase's panel (the phase rail's
 * callback). Resolves to the element shown, or null when the target is not on the page now (a
 * field hidden for the task, a panel that waits for the model).
 */
export async function goToTarget(
  target: TourTarget,
  showPhase: (phase: PhaseId) => void,
): Promise<HTMLElement | null> {
  if (target.kind === 'phase') {
    showPhase(target.phase);
    const el = await appear(phasePanelSelector(target.phase), APPEAR_MS);
    if (el) present(el);
    return el;
  }
  if (target.kind === 'field') {
    const input = document.getElementById(fieldElementId(target.field));
    if (!input) return null;
    const el = (input.closest('.field') as HTMLElement | null) ?? input;
    present(el, input);
    return el;
  }
  if (target.kind === 'scale') {
    const el = document.querySelector<HTMLDetailsElement>(SCALE_SELECTOR);
    if (!el) return null;
    el.open = true;
    present(el, el.querySelector('summary') ?? el);
    return el;
  }
  const place: PanelPlace = PANEL_PLACES[target.panel];
  if (place.phase) showPhase(place.phase);
  const holder = place.open ? document.querySelector<HTMLDetailsElement>(place.open) : null;
  if (holder) holder.open = true;
  if (place.click) (await appear(place.click, APPEAR_MS))?.click();
  const el = await appear(place.selector, place.phase || holder ? APPEAR_MS : 0);
  if (el) present(el);
  return el;
}
