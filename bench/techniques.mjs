/**
 * Cost of each training technique per step: the default two-circles config (MLP 2-8-8-2, Adam,
 * batch 32) in run mode without evaluation or checkpoints, plain and with one technique at a
 * time, then with all of them together, measured in ONE browser context and one run so that
 * the ratios against the plain step mean something on a busy machine.
 *
 * Every row's page is opened and warmed up once; then the windows are interleaved: plain,
 * technique 1, plain, technique 2, plain, …, for a few rounds. Each technique window is
 * compared with the mean of the two plain windows around it, and the ratio is the median over
 * the rounds (as run.mjs compares the app with the bare tfjs loop), so a burst of load from
 * other processes moves one round, not the result. Only the page in front trains.
 *
 * Per row: optimizer steps/s, examples/s (steps × batch × micro-batches), the time of one
 * optimizer step and of one example against the plain step, main-thread long tasks
 * (> 50 ms) per 10 s of the timed windows, and the drift of the tensor count from the start
 * of the row's first timed window to the end of its last (0 when no step leaks a tensor).
 * Kernels per step are not visible from the page (the engine runs in a worker): run.mjs counts
 * them in Node on tfjs's cpu backend (bench/kernels.mjs) and adds them to the rows.
 *
 * Run alone with `node bench/run.mjs [backend …] techniques`, or one technique against the
 * plain step with its row id (e.g. `node bench/run.mjs wasm tech-clip`).
 */

/** The model every row trains; its batch size is the micro-batch of the accumulating rows. */
export const TECHNIQUE_MODEL = {
  id: 'techniques',
  title: 'two circles, MLP 2-8-8-2, Adam, batch 32 (the default config)',
  query: '',
  batchSize: 32,
};

/**
 * The rows: URL keys of src/config/technique-fields.ts. `accumulation` multiplies the
 * examples per optimizer step (micro-batch 32 × 4 = an effective batch of 128); `field` names
 * the schema field a row turns on where the results are looked up by it (`workers`: 4
 * simulated data-parallel workers, the batch of 32 split into shards of 8; `gradCheckpoint`:
 * gradient checkpointing).
 */
export const TECHNIQUE_ROWS = [
  { id: 'tech-plain', title: 'plain step (every technique off)', query: '', accumulation: 1 },
  {
    id: 'tech-warmup-cosine',
    title: 'linear warm-up (100 steps), then cosine',
    query: 'sched=warmupCosine&warmup=100',
    accumulation: 1,
  },
  {
    id: 'tech-accum4',
    title: 'gradient accumulation, 4 micro-batches of 32 (effective batch 128)',
    query: 'accum=4',
    accumulation: 4,
  },
  {
    id: 'tech-clip',
    title: 'clipping by global norm (max norm 1)',
    query: 'clip=norm&clipnorm=1',
    accumulation: 1,
  },
  {
    id: 'tech-fp16',
    title: 'fp16 mixed precision (simulated) with dynamic loss scaling',
    query: 'prec=fp16&lscale=dynamic',
    accumulation: 1,
  },
  {
    id: 'tech-workers4',
    title: '4 simulated data-parallel workers (shards of 8, all-reduce of the gradients)',
    query: 'workers=4',
    accumulation: 1,
    field: 'workers',
  },
  {
    id: 'tech-gradckpt',
    title: 'gradient checkpointing (activations recomputed in backward)',
    query: 'gc=on',
    accumulation: 1,
    field: 'gradCheckpoint',
  },
  {
    id: 'tech-all',
    title: 'schedule, accumulation, clipping and fp16 together',
    query: 'sched=warmupCosine&warmup=100&accum=4&clip=norm&clipnorm=1&prec=fp16&lscale=dynamic',
    accumulation: 4,
  },
];
/** The backends of the technique rows when none is named (SwiftShader's GPUs are slow). */
export const TECHNIQUE_BACKENDS = ['wasm', 'cpu'];
export const TECHNIQUE_IDS = ['techniques', ...TECHNIQUE_ROWS.map((r) => r.id)];

/** The rows that `asked` (argument ids) names: all for `techniques`; plain always comes first. */
export function techniqueRowsOf(asked) {
  return TECHNIQUE_ROWS.filter(
    (r) => r.id === 'tech-plain' || asked.includes('techniques') || asked.includes(r.id),
  );
}

/**
 * Timing of the technique rows, on every backend: each page's untimed warm-up (steps, then
 * seconds), the length of a timed window (s) and the rounds.
 */
const TIMING = { warmupSteps: 20, warmupSeconds: 2, seconds: 3, rounds: 3 };

const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const round = (v, digits = 1) =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Number(v.toFixed(digits));

/**
 * The technique rows on one backend. `asked` are the row ids to measure (the plain row is
 * always measured: the others are compared with it); `tools` are run.mjs's page helpers
 * (installProbe, openApp, appWindow, appQuery). Returns one result per row; a row that
 * fails carries `error` and the others go on.
 */
export async function benchTechniques(browser, baseUrl, backend, asked, tools) {
  const timing = TIMING;
  const rows = techniqueRowsOf(asked);
  const log = (text) => console.log(`[techniques ${backend}] ${text}`);
  const context = await browser.newContext();
  await context.addInitScript(tools.installProbe);
  const state = rows.map((r) => ({ row: r, app: null, windows: [], error: null }));
  try {
    for (const s of state) {
      log(`opening ${s.row.id}: ${s.row.title}`);
      try {
        const c = { ...TECHNIQUE_MODEL, query: s.row.query };
        s.app = await tools.openApp(context, baseUrl, backend, c, tools.appQuery);
        const notices = s.app.page.getByTestId('url-notices');
        if ((await notices.count()) > 0) {
          throw new Error(`the app set URL keys aside: ${(await notices.textContent())?.trim()}`);
        }
      } catch (error) {
        s.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
        log(`  failed: ${s.error}`);
      }
    }
    const plain = state[0];
    if (plain.error) throw new Error(`the plain row failed: ${plain.error}`);
    const once = async (s, first) => {
      if (s.error) return null;
      try {
        const w = first
          ? await tools.appWindow(s.app, timing.seconds, timing.warmupSteps, timing.warmupSeconds)
          : await tools.appWindow(s.app, timing.seconds, 1, 0);
        if (!first) s.windows.push(w);
        log(`  ${s.row.id.padEnd(18)} ${round(w.stepsPerSecond, 2)} steps/s on ${s.app.backend}`);
        return w;
      } catch (error) {
        s.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
        log(`  ${s.row.id} failed: ${s.error}`);
        return null;
      }
    };
    // Each page's first window is its warm-up and is not counted. Then plain, and after each
    // technique's window plain again: every technique window lies between two plain windows
    // and is compared with their mean.
    log(
      `${timing.rounds} rounds of ${timing.seconds} s windows, each technique between two ` +
        'windows of the plain step',
    );
    for (const s of state) await once(s, true);
    let plainBefore = await once(plain, false);
    for (let r = 0; r < timing.rounds; r++) {
      for (const s of state.slice(1)) {
        const w = await once(s, false);
        if (w === null) continue;
        const plainAfter = await once(plain, false);
        if (plainBefore && plainAfter) {
          w.plainStepsPerSecond = (plainBefore.stepsPerSecond + plainAfter.stepsPerSecond) / 2;
        }
        plainBefore = plainAfter;
      }
    }
  } finally {
    for (const s of state) await s.app?.page.close().catch(() => {});
    await context.close();
  }
  return summarize(state, backend, timing);
}

/** Rates, ratios against the plain windows around each window, long tasks and tensor drift. */
function summarize(state, backend, timing) {
  const { batchSize } = TECHNIQUE_MODEL;
  return state.map((s, index) => {
    const row = s.row;
    const result = {
      case: row.id,
      backend,
      title: row.title,
      query: row.query,
      field: row.field ?? null,
      accumulation: row.accumulation,
      timing,
      ok: s.error === null,
      error: s.error,
      appBackend: s.app?.backend ?? null,
      consoleErrors: s.app?.consoleErrors.slice(0, 5) ?? [],
    };
    const timed = s.windows;
    if (timed.length === 0) return result;
    const steps = timed.reduce((sum, w) => sum + w.measuredSteps, 0);
    const ms = timed.reduce((sum, w) => sum + w.measuredMs, 0);
    const stepsPerSecond = (steps * 1000) / ms;
    const longTasks = timed.some((w) => w.longTasks === null)
      ? null
      : timed.reduce((sum, w) => sum + w.longTasks, 0);
    // Step-time ratios (technique / plain; > 1 = slower), one per window.
    const rounds = timed
      .filter((w) => w.plainStepsPerSecond !== undefined)
      .map((w) => w.plainStepsPerSecond / w.stepsPerSecond);
    const first = s.windows[0];
    const last = s.windows.at(-1);
    Object.assign(result, {
      stepsPerSecond: round(stepsPerSecond, 2),
      samplesPerSecond: round(stepsPerSecond * batchSize * row.accumulation, 0),
      measuredMs: round(ms, 0),
      stepTimeVsPlain: index === 0 ? 1 : rounds.length > 0 ? round(median(rounds), 3) : null,
      stepTimeVsPlainRounds: rounds.map((v) => round(v, 3)),
      exampleTimeVsPlain:
        index === 0 ? 1 : rounds.length > 0 ? round(median(rounds) / row.accumulation, 3) : null,
      longTasks,
      longTasksPer10s: longTasks === null ? null : round((longTasks * 10_000) / ms, 1),
      tensorsAtStart: first?.startTensors ?? null,
      tensorsAtEnd: last?.endTensors ?? null,
      tensorDrift:
        first?.startTensors == null || last?.endTensors == null
          ? null
          : last.endTensors - first.startTensors,
    });
    return result;
  });
}

/** The table of one backend's technique rows. */
export function printTechniqueTable(results) {
  const fmt = (v) => (v === null || v === undefined ? '—' : v.toLocaleString('en-US'));
  const head = [
    'case',
    'backend',
    'steps/s',
    'samples/s',
    'step time ×plain (rounds)',
    'per example ×plain',
    'kernels/step (cpu)',
    'long tasks /10 s',
    'tensors (drift)',
  ];
  const body = results.map((r) => [
    r.case,
    r.appBackend && r.appBackend !== r.backend ? `${r.backend}→${r.appBackend}` : r.backend,
    r.ok || r.stepsPerSecond != null ? fmt(r.stepsPerSecond) : 'failed',
    fmt(r.samplesPerSecond),
    r.stepTimeVsPlain == null
      ? '—'
      : r.stepTimeVsPlainRounds?.length > 0
        ? `${r.stepTimeVsPlain.toFixed(2)} (${Math.min(...r.stepTimeVsPlainRounds).toFixed(2)}–` +
          `${Math.max(...r.stepTimeVsPlainRounds).toFixed(2)})`
        : r.stepTimeVsPlain.toFixed(2),
    r.exampleTimeVsPlain == null ? '—' : r.exampleTimeVsPlain.toFixed(2),
    typeof r.kernelsPerStep === 'number' ? fmt(r.kernelsPerStep) : '—',
    fmt(r.longTasksPer10s),
    r.tensorsAtEnd == null
      ? '—'
      : `${fmt(r.tensorsAtEnd)} (${r.tensorDrift > 0 ? '+' : ''}${fmt(r.tensorDrift)})`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const pad = (cells) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
  console.log(pad(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(pad(b));
  for (const r of results.filter((x) => x.error)) console.log(`  ${r.case}: ${r.error}`);
  for (const r of results.filter((x) => typeof x.kernelsPerStep === 'string')) {
    console.log(`  ${r.case}: kernels not counted: ${r.kernelsPerStep}`);
  }
}
