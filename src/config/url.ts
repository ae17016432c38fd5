/** The config and the forced backend live in the page URL, derived from the field schema. */
import { BACKENDS, type BackendName } from '../protocol/messages';
import {
  DEFAULT_CONFIG,
  FIELD_BY_KEY,
  FIELDS,
  type LabConfig,
  type RawConfig,
  type TaskId,
  taskDefaults,
  toRaw,
} from './schema';

/** The task a query string asks for, when it names a known one. */
function taskFromParams(params: URLSearchParams): TaskId {
  const r = FIELD_BY_KEY.task.schema.safeParse(params.get(FIELD_BY_KEY.task.url));
  return r.success ? (r.data as TaskId) : DEFAULT_CONFIG.task;
}

/**
 * Reads the raw text of every field from a query string; absent keys get the defaults of
 * the task it names.
 */
export function rawFromSearch(search: string): RawConfig {
  const params = new URLSearchParams(search);
  const raw = toRaw(taskDefaults(taskFromParams(params)));
  for (const f of FIELDS) {
    const v = params.get(f.url);
    if (v !== null) raw[f.key] = v;
  }
  return raw;
}

export function backendFromSearch(search: string): BackendName | undefined {
  const v = new URLSearchParams(search).get('backend');
  return (BACKENDS as readonly string[]).includes(v ?? '') ? (v as BackendName) : undefined;
}

/** The query string for a config: only the values that differ from its task's defaults. */
export function searchFromConfig(config: LabConfig, backend?: BackendName): string {
  const params = new URLSearchParams();
  if (backend) params.set('backend', backend);
  // The task itself is compared with the overall default; every other field with the task's.
  const defaults = { ...taskDefaults(config.task), task: DEFAULT_CONFIG.task };
  for (const f of FIELDS) {
    if (config[f.key] !== defaults[f.key]) params.set(f.url, String(config[f.key]));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
