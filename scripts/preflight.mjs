// Checks what `npm start`, `npm test` and the benchmark need before they start, and stops at
// once with a plain message when something is missing: an older Node fails only deep inside
// `vite build` (with an error about `styleText` that names no version), and a missing
// Chromium only after minutes of lint and unit tests.
//
//   node scripts/preflight.mjs             Node only (npm start)
//   node scripts/preflight.mjs --chromium  Node and the system Chromium (npm test, bench)
//
// Written for any Node: it must run, and explain, on the old versions it refuses.
// Plain 'fs' and 'url' (not 'node:fs'): very old Node versions know only these names.
import { accessSync, constants } from 'fs';
import { pathToFileURL } from 'url';

/** The Node versions Vite 8 supports (its package.json's engines). */
export const NODE_RANGE = '^20.19.0 || >=22.12.0';
export const CHROMIUM = '/usr/bin/chromium';

/** Whether a Node version (e.g. "20.19.2") is in NODE_RANGE. */
export function nodeSupported(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  if (major === 20) return minor >= 19;
  if (major === 22) return minor >= 12;
  return major > 22;
}

/** The problems found, each a paragraph for the person at the terminal. */
export function problems({ nodeVersion, chromium, chromiumPath = CHROMIUM }) {
  const found = [];
  if (!nodeSupported(nodeVersion)) {
    found.push(
      `Node ${nodeVersion} is too old: this project needs Node 20.19 or newer (on the 22 line, ` +
        `22.12 or newer), which Vite requires.\n` +
        `Debian 12's own package is Node 18. Install a newer one, e.g. from NodeSource:\n` +
        `  curl -fsSL https://deb.nodesource.com/setup_22.x | sudo -E bash - && sudo apt-get install -y nodejs\n` +
        `or with nvm (https://github.com/nvm-sh/nvm): nvm install 22`,
    );
  }
  if (chromium) {
    let ok = true;
    try {
      accessSync(chromiumPath, constants.X_OK);
    } catch {
      ok = false;
    }
    if (!ok) {
      found.push(
        `Chromium is missing: the end-to-end tests and the benchmark drive ${chromiumPath} ` +
          `(Playwright cannot download its own browsers here).\n` +
          `Debian: sudo apt-get install -y chromium  (.ci/run installs it when it is missing)`,
      );
    }
  }
  return found;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const found = problems({
    nodeVersion: process.versions.node,
    chromium: process.argv.includes('--chromium'),
  });
  if (found.length > 0) {
    console.error(`\nCannot start:\n\n${found.join('\n\n')}\n`);
    process.exit(1);
  }
}
