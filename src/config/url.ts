/** The config and the forced backend live in the page URL, derived from the field schema. */
import { BACKENDS, type BackendName } from '../protocol/messages';
import { DEFAULT_CONFIG, FIELDS, type LabConfig, type RawConfig, toRaw } from './schema';

/** Reads the raw text of every field from a query string; absent keys get their defaults. */
export function rawFromSearch(search: string): RawConfig {
  const params = new URLSearchParams(search);
  const raw = toRaw(DEFAULT_CONFIG);
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

/** The query string for a config: only the values that differ from the defaults. */
export function searchFromConfig(config: LabConfig, backend?: BackendName): string {
  const params = new URLSearchParams();
  if (backend) params.set('backend', backend);
  for (const f of FIELDS) {
    if (config[f.key] !== DEFAULT_CONFIG[f.key]) params.set(f.url, String(config[f.key]));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
