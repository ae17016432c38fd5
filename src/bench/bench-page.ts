/**
 * The bare-loop benchmark page (bench.html).
 *
 * `?backend=webgpu|webgl|wasm|cpu` picks the backend, `?model=` the model (default
 * `classify2d-mlp`, see BARE_MODELS), `?bs=` the batch size (default: the model's),
 * `?seconds=` the timed length (default 8) and `?warmup=` the untimed steps before it
 * (default 20). The loop runs in a dedicated
 * worker, like the app's engine, so both are measured under the same conditions. The result
 * is written as JSON into `<pre id="out">`, then the title becomes `done`.
 */
// Types only: a value import would pull the worker's code (and tfjs) into this page.
import type { BareLoopRequest, BareLoopResult, BenchBackend } from './bare-loop.worker';
import { BARE_MODELS, type BareModel } from './bare-models';

const BENCH_BACKENDS: readonly BenchBackend[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

const DEFAULT_SECONDS = 8;
const DEFAULT_WARMUP_STEPS = 20;

function positiveNumber(text: string | null, fallback: number): number {
  const value = Number(text);
  return text !== null && Number.isFinite(value) && value > 0 ? value : fallback;
}

function readRequest(search: string): BareLoopRequest {
  const params = new URLSearchParams(search);
  const asked = params.get('backend') ?? 'webgpu';
  if (!(BENCH_BACKENDS as readonly string[]).includes(asked)) {
    throw new Error(`Unknown backend "${asked}"; use one of ${BENCH_BACKENDS.join(', ')}.`);
  }
  const model = params.get('model') ?? 'classify2d-mlp';
  if (!(BARE_MODELS as readonly string[]).includes(model)) {
    throw new Error(`Unknown model "${model}"; use one of ${BARE_MODELS.join(', ')}.`);
  }
  const batchSize = params.get('bs');
  return {
    backend: asked as BenchBackend,
    model: model as BareModel,
    batchSize: batchSize === null ? undefined : Math.round(positiveNumber(batchSize, 1)),
    seconds: positiveNumber(params.get('seconds'), DEFAULT_SECONDS),
    warmupSteps: Math.round(positiveNumber(params.get('warmup'), DEFAULT_WARMUP_STEPS)),
  };
}

function runInWorker(request: BareLoopRequest): Promise<BareLoopResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./bare-loop.worker.ts', import.meta.url), {
      type: 'module',
    });
    const finish = (result: BareLoopResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<BareLoopResult>) => finish(event.data);
    // A worker that fails to load or throws outside its handler never answers.
    worker.onerror = (event: ErrorEvent) =>
      finish({ ok: false, backend: request.backend, error: event.message || 'worker error' });
    worker.postMessage(request);
  });
}

function show(result: BareLoopResult | { ok: false; error: string }): void {
  const out = document.getElementById('out');
  if (out) out.textContent = JSON.stringify(result, null, 2);
  document.title = 'done';
}

async function main(): Promise<void> {
  let request: BareLoopRequest;
  try {
    request = readRequest(location.search);
  } catch (error) {
    show({ ok: false, error: error instanceof Error ? error.message : String(error) });
    return;
  }
  const out = document.getElementById('out');
  if (out) out.textContent = `running the bare loop of ${request.model} on ${request.backend}…`;
  show(await runInWorker(request));
}

void main();
