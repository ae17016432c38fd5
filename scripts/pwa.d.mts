import type { ManifestTransform } from 'workbox-build';
import type { PluginOption } from 'vite';

export const PRECACHE_ROOTS: string[];
export const MAX_PRECACHED_FILE_BYTES: number;
export function reachableFiles(
  roots: string[],
  files: string[],
  readText: (file: string) => string,
): string[];
export function keepReachable(outDir: () => string): ManifestTransform;
export const WEB_APP_MANIFEST: Record<string, unknown>;
export function progressiveWebApp(): PluginOption[];
