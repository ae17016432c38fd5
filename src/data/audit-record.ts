/**
 * A run's audit record: one JSON document that says what was trained, on what, with which
 * code, when, what came out (a hash of the final weights) and what went wrong on the way, so
 * that someone else can check a model against its documentation or train it again. Pure
 * apart from hashing (SHA-256 through the Web Crypto API, `crypto.subtle`, present in
 * browsers, workers and Node ≥ 19).
 *
 * Hashes: the config's is over its canonical JSON (keys sorted); the data's is the content
 * hash the app gives the user's own data (own-data.ts, 16 hex digits) or, for a built-in data
 * set, SHA-256 of its identity (task, generator, seed: the generator draws the same points
 * from the same seed); the weights' is SHA-256 over the bytes of every weight tensor as
 * float32, little-endian, in the model's parameter order (see {@link weightsBytes}).
 */
import type { RunRecord } from './run-record';

/** The format tag of an audit record (changes when its fields change meaning). */
export const AUDIT_FORMAT = 'training-run-lab/audit-record@1';

/** The final weights' hash, as the engine measured it (null fields: not available). */
export interface WeightsDigest {
  /** SHA-256 of the weights' bytes, 64 hex digits. */
  sha256: string;
  /** The step (optimizer updates) the weights are from. */
  step: number;
  /** Bytes hashed (4 per float32). */
  bytes: number;
  /** The live model, or the run's latest stored checkpoint. */
  source: 'live' | 'checkpoint';
}

export interface AuditRecord {
  format: typeof AUDIT_FORMAT;
  /** When this record was written, ISO 8601. */
  exportedAt: string;
  run: { id: string; name: string; reproducedFrom: string | null };
  code: { appVersion: string; backend: string | null; adapter: string | null };
  /** ISO 8601; end null while the run may go on. */
  time: { startedAt: string; endedAt: string | null; lastRecordedAt: string; wallMs: number };
  seed: number;
  config: Record<string, number | string>;
  configSha256: string;
  data: {
    task: string;
    dataset: string;
    kind: 'builtIn' | 'own';
    /** What the hash is of: the content (own data) or the generator's identity. */
    hashOf: 'content' | 'identity';
    /** Own data: the app's 16-hex-digit content hash; built-in: SHA-256 of `identity`. */
    hash: string;
    identity: { task: string; generator: string; seed: number } | null;
  };
  /** `final`: the weights are from the run's last recorded step. */
  weights: ({ available: true; final: boolean } & WeightsDigest) | { available: false };
  training: {
    steps: number;
    stopReason: string | null;
    final: RunRecord['final'];
    test: RunRecord['test'];
    flops: number;
  };
  incidents: RunRecord['incidents'];
}

const hex = (buf: ArrayBuffer) =>
  Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 of `bytes` as 64 lowercase hex digits (FIPS 180-4, via `crypto.subtle`). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/** JSON with object keys sorted at every level, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

/**
 * The weight tensors' bytes, one after another in the order given (the model's parameter
 * order), as float32 little-endian: the bytes the weights hash is taken over.
 */
export function weightsBytes(tensors: readonly Float32Array[]): Uint8Array {
  const total = tensors.reduce((n, t) => n + t.length, 0);
  const out = new Uint8Array(total * 4);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const t of tensors)
    for (let i = 0; i < t.length; i++, at += 4) view.setFloat32(at, t[i], true);
  return out;
}

/** SHA-256 of the weights (see {@link weightsBytes}) and the bytes hashed. */
export async function weightsSha256(
  tensors: readonly Float32Array[],
): Promise<{ sha256: string; bytes: number }> {
  const bytes = weightsBytes(tensors);
  return { sha256: await sha256Hex(bytes), bytes: bytes.length };
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The audit record of `run`, written at `exportedAt` (ms since 1970). `weights` is the digest
 * of the run's weights when the engine had them (null: none, e.g. a run of another browser
 * without checkpoints); they count as final when they are from the run's last recorded step.
 */
export async function buildAuditRecord(
  run: RunRecord,
  weights: WeightsDigest | null,
  exportedAt: number,
): Promise<AuditRecord> {
  const own = run.data.contentHash !== null;
  const identity = own
    ? null
    : { task: run.data.task, generator: run.data.dataset, seed: run.seed };
  const text = (s: string) => new TextEncoder().encode(s);
  return {
    format: AUDIT_FORMAT,
    exportedAt: iso(exportedAt),
    run: { id: run.id, name: run.name, reproducedFrom: run.reproducedFrom ?? null },
    code: { appVersion: run.appVersion, backend: run.backend, adapter: run.adapter },
    time: {
      startedAt: iso(run.startedAt),
      endedAt: run.endedAt === null ? null : iso(run.endedAt),
      lastRecordedAt: iso(run.updatedAt),
      wallMs: run.compute.wallMs,
    },
    seed: run.seed,
    config: { ...run.config },
    configSha256: await sha256Hex(text(canonicalJson(run.config))),
    data: {
      task: run.data.task,
      dataset: run.data.dataset,
      kind: own ? 'own' : 'builtIn',
      hashOf: own ? 'content' : 'identity',
      hash: own ? run.data.contentHash! : await sha256Hex(text(canonicalJson(identity))),
      identity,
    },
    weights: weights
      ? { available: true, final: weights.step === run.step, ...weights }
      : { available: false },
    training: {
      steps: run.step,
      stopReason: run.stopReason,
      final: run.final,
      test: run.test,
      flops: run.compute.trainingFlops,
    },
    incidents: run.incidents.map((i) => ({ ...i })),
  };
}
