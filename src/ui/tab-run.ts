/**
 * The run this tab trains, kept in sessionStorage: it survives a reload of the tab but is
 * not shared with other tabs, so a reloaded tab takes back its own run and no other.
 */
const KEY = 'training-run-lab:tab-run';

/** The run this tab trained last, or null (a new tab, or no sessionStorage). */
export function readTabRun(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Remembers the run this tab now trains. */
export function rememberTabRun(runId: string): void {
  try {
    sessionStorage.setItem(KEY, runId);
  } catch {
    // Without sessionStorage a reload offers the run instead of taking it back.
  }
}
