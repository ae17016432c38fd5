/**
 * The bare-loop benchmark page (bench.html).
 *
 * `?backend=webgpu|webgl|wasm|cpu` picks the backend, `?model=` the model (default
 * `classify2d-mlp`, see BARE_MODELS), `?bs=` the batch size (default: the model's) and
 * `?warmup=` the untimed steps before timing (default 20). The loop runs in a dedicated
 * worker, like the app's engine, so both are measured under the same conditions.
 *
 * Once the loop is prepared the title becomes `ready` and `window.benchWindow(seconds)`
 * runs one timed window and resolves to its result; `bench/run.mjs` calls it several times,
 * between windows of the app. Opened by hand (without `?manual`), the page runs one window
 * of `?seconds=` (default 8), writes the result as JSON into `<pre id="out">` and sets the
 * title to `done`.
 */
import { parseNumberText } from '../config/number-text';
// Types only: a value import would pull the worker's code (and tfjs) into this page.
import type {
  BareLoopCommand,
  BareLoopReply,
  BareLoopRequest,
  BenchBackend,
} from './bare-loop.worker';
import { BARE_MODELS, type BareModel } from './bare-models';

declare global {
  interface Window {
    benchWindow?: (seconds: number) => Promise<BareLoopReply>;
  }
}

const BENCH_BACKENDS: readonly BenchBackend[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

const DEFAULT_SECONDS = 8;
const DEFAULT_WARMUP_STEPS = 20;

/** A positive number from the URL, in the app's one number syntax; `fallback` when absent. */
function positiveNumber(params: URLSearchParams, key: string, fallback: number): number {
  const text = params.get(key);
  if (text === null) return fallback;
  const n = parseNumberText(text);
  if (!n.ok || n.value <= 0) throw new Error(`?${key}=${text} is not a positive decimal number.`);
  return n.value;
}

function readRequest(params: URLSearchParams): BareLoopRequest {
  const asked = params.get('backend') ?? 'webgpu';
  if (!(BENCH_BACKENDS as readonly string[]).includes(asked)) {
    throw new Error(`Unknown backend "${asked}"; use one of ${BENCH_BACKENDS.join(', ')}.`);
  }
  const model = params.get('model') ?? 'classify2d-mlp';
  if (!(BARE_MODELS as readonly string[]).includes(model)) {
    throw new Error(`Unknown model "${model}"; use one of ${BARE_MODELS.join(', ')}.`);
  }
  return {
    backend: asked as BenchBackend,
    model: model as BareModel,
    batchSize: params.has('bs') ? Math.round(positiveNumber(params, 'bs', 1)) : undefined,
    warmupSteps: Math.round(positiveNumber(params, 'warmup', DEFAULT_WARMUP_STEPS)),
  };
}

/** The worker behind a call-and-answer function: one command at a time, one reply each. */
function startWorker(backend: string): (command: BareLoopCommand) => Promise<BareLoopReply> {
  const worker = new Worker(new URL('./bare-loop.worker.ts', import.meta.url), {
    type: 'module',
  });
  let answer: ((reply: BareLoopReply) => void) | null = null;
  worker.onmessage = (event: MessageEvent<BareLoopReply>) => answer?.(event.data);
  // A worker that fails to load or throws outside its handler never answers.
  worker.onerror = (event: ErrorEvent) =>
    answer?.({ ok: false, backend, error: event.message || 'worker error' });
  return (command) =>
    new Promise((resolve) => {
      answer = resolve;
      worker.postMessage(command);
    });
}

function show(result: unknown, title: string): void {
  const out = document.getElementById('out');
  if (out) out.textContent = JSON.stringify(result, null, 2);
  document.title = title;
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  let request: BareLoopRequest;
  let seconds: number;
  try {
    request = readRequest(params);
    seconds = positiveNumber(params, 'seconds', DEFAULT_SECONDS);
  } catch (error) {
    show({ ok: false, error: error instanceof Error ? error.message : String(error) }, 'done');
    return;
  }
  const out = document.getElementById('out');
  if (out) out.textContent = `preparing the bare loop of ${request.model} on ${request.backend}…`;
  const call = startWorker(request.backend);
  const ready = await call({ type: 'prepare', request });
  if (!ready.ok) {
    show(ready, 'done');
    return;
  }
  window.benchWindow = (seconds) => call({ type: 'window', seconds });
  show(ready, 'ready');
  if (params.has('manual')) return;
  show({ ...ready, ...(await window.benchWindow(seconds)) }, 'done');
}

void main();
