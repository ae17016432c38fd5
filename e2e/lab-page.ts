/**
 * Page Object for Training Run Lab, written against the app's test contract:
 * data-testids (backend, adapter, phase, step, train-loss, val-loss, phase-panel-<id>,
 * stop-reason, tensors, tensor-bytes), buttons by accessible name, sidebar fields by exact
 * label, and a role="alert" message inside a field's own wrapper when its value is invalid.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export type Backend = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/** The nine phases in step-mode order, as the contract names them. */
export const PHASE_IDS = [
  'initialization',
  'data',
  'forward',
  'loss',
  'backward',
  'update',
  'evaluation',
  'checkpoint',
  'stopping',
] as const;

export type PhaseId = (typeof PHASE_IDS)[number];

export type ButtonName = 'Run' | 'Pause' | 'Next phase' | 'Reset';

/** The run controls' test ids (their names are in the page's language). */
const BUTTON_IDS: Record<ButtonName, string> = {
  Run: 'run-button',
  Pause: 'pause-button',
  'Next phase': 'next-phase-button',
  Reset: 'reset-button',
};

/** URL keys of the contract: `backend` plus the config's short keys. */
export interface LabQuery {
  backend?: Backend;
  lr?: number | string;
  bs?: number | string;
  seed?: number | string;
  opt?: string;
  data?: string;
  steps?: number | string;
  eval?: number | string;
  [key: string]: number | string | undefined;
}

/** SwiftShader WebGPU compiles every kernel on the CPU: the first step can take seconds. */
const READY_TIMEOUT_MS = 90_000;

/** Numbers as the UI may print them: "1,234", "1 234" (also narrow no-break spaces). */
function parseNumber(text: string | null): number | null {
  const t = (text ?? '').replace(/[\s,\u202f]/g, '');
  if (t === '' || t === '—' || t === '–' || t === '-') return null;
  return Number(t);
}

export class LabPage {
  /** Console errors and uncaught page errors since the page object was created. */
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(`console.error: ${msg.text()}`);
    });
    page.on('pageerror', (error) => this.errors.push(`pageerror: ${error.message}`));
  }

  // ---- locators ------------------------------------------------------------------------

  get backendBadge(): Locator {
    return this.page.getByTestId('backend');
  }

  /** The WebGPU adapter's description, shown next to the backend badge. */
  get adapter(): Locator {
    return this.page.getByTestId('adapter');
  }

  get phaseLabel(): Locator {
    return this.page.getByTestId('phase');
  }

  get stepCounter(): Locator {
    return this.page.getByTestId('step');
  }

  get stopReason(): Locator {
    return this.page.getByTestId('stop-reason');
  }

  /** A run control by its English name, found by its test id so it works in every language. */
  button(name: ButtonName): Locator {
    return this.page.getByTestId(BUTTON_IDS[name]);
  }

  phasePanel(id: PhaseId): Locator {
    return this.page.getByTestId(`phase-panel-${id}`);
  }

  /** A sidebar field (input or select) by its exact label. */
  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /**
   * The error message of a field: a role="alert" inside the field's own wrapper, i.e. the
   * outermost ancestor of the control that holds no other form control.
   */
  fieldError(label: string): Locator {
    const controls =
      './/input[not(@type="hidden") and not(@type="range")] | .//select | .//textarea';
    return this.field(label)
      .locator(`xpath=ancestor::*[count(${controls}) = 1][last()]`)
      .getByRole('alert');
  }

  // ---- navigation ----------------------------------------------------------------------

  /** Opens the app; `query` is a query string or the contract's URL keys. */
  async goto(query: LabQuery | string = {}): Promise<void> {
    const search =
      typeof query === 'string'
        ? query.replace(/^\?/, '')
        : new URLSearchParams(
            Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
          ).toString();
    await this.page.goto(search ? `/?${search}` : '/');
  }

  /** Ready: the engine reported its backend and step mode is available. */
  async waitReady(timeout = READY_TIMEOUT_MS): Promise<void> {
    await expect(this.backendBadge).toBeVisible({ timeout });
    await expect(this.backendBadge).toHaveText(/\w/, { timeout });
    await expect(this.button('Next phase')).toBeEnabled({ timeout });
  }

  // ---- actions -------------------------------------------------------------------------

  /**
   * Runs the next phase and waits until the phase label shows a new phase (`expected`
   * when given). Consecutive phases always differ, so a change means it has run.
   */
  async nextPhase(expected?: PhaseId): Promise<string> {
    const before = await this.phase();
    await this.button('Next phase').click();
    if (expected) await expect(this.phaseLabel).toHaveAttribute('data-phase', expected);
    else await expect(this.phaseLabel).not.toHaveAttribute('data-phase', before);
    return this.phase();
  }

  /** Shows a phase's panel by its button in the phase rail (title as shown, e.g. "Data"). */
  async showPhase(title: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Phases of a training step' })
      .getByRole('button', { name: title })
      .click();
  }

  /** Runs the nine phases of one full cycle from a fresh start, checking their order. */
  async fullCycle(): Promise<void> {
    for (const id of PHASE_IDS) await this.nextPhase(id);
  }

  /** A later cycle: initialization runs once per run, so it is data … stopping. */
  async nextCycle(): Promise<void> {
    for (const id of PHASE_IDS.slice(1)) await this.nextPhase(id);
  }

  async run(): Promise<void> {
    await this.button('Run').click();
  }

  /** Pauses and waits until the run has really stopped (Run is offered again). */
  async pause(): Promise<void> {
    await this.button('Pause').click();
    await expect(this.button('Run')).toBeEnabled();
  }

  async reset(): Promise<void> {
    await this.button('Reset').click();
  }

  /**
   * Sets a sidebar field as a user would. Text that a number input cannot hold (such as
   * "abc") is typed key by key, which is what the browser lets a user do there.
   */
  async setField(label: string, value: string): Promise<void> {
    const field = this.field(label);
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') {
      await field.selectOption(value);
      return;
    }
    const type = await field.getAttribute('type');
    if (type === 'number' && value.trim() !== '' && !Number.isFinite(Number(value))) {
      await field.fill('');
      await field.pressSequentially(value);
    } else {
      await field.fill(value);
    }
  }

  // ---- readings ------------------------------------------------------------------------

  async backend(): Promise<string> {
    return ((await this.backendBadge.textContent()) ?? '').trim();
  }

  /** Id of the phase last run ('' or '—' before any). */
  async phase(): Promise<string> {
    return (await this.phaseLabel.getAttribute('data-phase')) || '—';
  }

  /** Optimizer steps completed; NaN when the counter is not a number. */
  async step(): Promise<number> {
    return parseNumber(await this.stepCounter.textContent()) ?? Number.NaN;
  }

  /** Latest training loss, or null when there is none yet. */
  async trainLoss(): Promise<number | null> {
    return parseNumber(await this.page.getByTestId('train-loss').textContent());
  }

  /** Latest validation loss, or null when there is none yet. */
  async valLoss(): Promise<number | null> {
    return parseNumber(await this.page.getByTestId('val-loss').textContent());
  }

  /** Live tensors, as tf.memory() reports them. */
  async tensors(): Promise<number | null> {
    return parseNumber(await this.page.getByTestId('tensors').textContent());
  }

  async tensorBytes(): Promise<number | null> {
    return parseNumber(await this.page.getByTestId('tensor-bytes').textContent());
  }

  /** Waits until at least `n` steps are done. */
  async waitForStep(n: number, timeout = 60_000): Promise<number> {
    await expect
      .poll(() => this.step(), { timeout, intervals: [100, 250, 500] })
      .toBeGreaterThanOrEqual(n);
    return this.step();
  }
}

/** `test` with a `lab` fixture: a LabPage on the test's page. */
export const test = base.extend<{ lab: LabPage }>({
  lab: async ({ page }, use) => {
    await use(new LabPage(page));
  },
});

export { expect };
