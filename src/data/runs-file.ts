/**
 * The run history as one JSON file: `{ "format": "training-run-lab/runs@1", "exportedAt":
 * ISO 8601, "runs": [RunRecord, …] }`. Reading checks the whole file with zod
 * ({@link runRecordSchema}) before anything is used: a bad file yields its problems, each
 * with its place (`line 3, column 5` for JSON syntax, `format`, `runs[2].series.valLosses`),
 * and no run of it is applied.
 */
import { z } from '../config/zod';
import { jsonErrorPlace } from '../config/config-file';
import { jsonErrorOffset, lineColumn } from './json-place';
import { type RunRecord, runRecordSchema } from './run-record';

export const RUNS_FORMAT = 'training-run-lab/runs@1';
/** The largest runs file read, bytes (a record is tens of kB; see run-record.ts). */
export const RUNS_FILE_MAX_BYTES = 50_000_000;

/** What is wrong with a runs file: `kind` names the problem (worded by the page), `at` where. */
export interface RunsFileProblem {
  kind: 'tooLarge' | 'json' | 'format' | 'missing' | 'type' | 'value' | 'duplicate';
  /** `line 3, column 5`, `format`, `runs[2].series.valLosses`; '' for the whole file. */
  at: string;
  /**
   * The detail: the parser's message (json), the expected type (type), the schema's message
   * (value), the id's first place (duplicate), the file's size in bytes (tooLarge).
   */
  detail: string;
}

/** At most this many problems are listed (the first ones, in the file's order). */
export const MAX_PROBLEMS = 20;

export type RunsFileResult =
  { ok: true; runs: RunRecord[] } | { ok: false; problems: RunsFileProblem[] };

/** The file's text for `runs` (non-finite numbers are already null in a record). */
export function runsFileText(runs: readonly RunRecord[], exportedAt = new Date()): string {
  return JSON.stringify(
    { format: RUNS_FORMAT, exportedAt: exportedAt.toISOString(), runs },
    null,
    1,
  );
}

/** A zod issue path as written in the file: `runs[2].series.valLosses[4]`. */
export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path)
    out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

const fileSchema = z.object({
  format: z.literal(RUNS_FORMAT),
  exportedAt: z.string().optional(),
  runs: z.array(runRecordSchema),
});

/** Parses and checks a runs file; nothing of it is used unless every run passes. */
export function readRunsFile(text: string): RunsFileResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > RUNS_FILE_MAX_BYTES)
    return { ok: false, problems: [{ kind: 'tooLarge', at: '', detail: String(bytes) }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    // The parser's place, or where a scan finds the error when the parser names none.
    const offset = jsonErrorOffset(text);
    const place = jsonErrorPlace(text, e) ?? (offset === null ? null : lineColumn(text, offset));
    return {
      ok: false,
      problems: [
        {
          kind: 'json',
          at: place ? `line ${place.line}, column ${place.column}` : '',
          detail: e instanceof Error ? e.message : String(e),
        },
      ],
    };
  }
  const parsed = fileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue): RunsFileProblem => {
        const at = pathText(issue.path);
        if (issue.path[0] === 'format') return { kind: 'format', at, detail: issue.message };
        if (issue.code === 'invalid_type')
          return issue.input === undefined
            ? { kind: 'missing', at, detail: issue.expected }
            : { kind: 'type', at, detail: issue.expected };
        return { kind: 'value', at, detail: issue.message };
      }),
    };
  }
  const seen = new Map<string, number>();
  const problems: RunsFileProblem[] = [];
  parsed.data.runs.forEach((r, i) => {
    const first = seen.get(r.id);
    if (first !== undefined)
      problems.push({ kind: 'duplicate', at: `runs[${i}].id`, detail: `runs[${first}].id` });
    else seen.set(r.id, i);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, runs: parsed.data.runs };
}
