/**
 * What a tab keeps across its own reloads, in sessionStorage (which survives a reload but is
 * not shared with other tabs): the run it trains, so a reloaded tab takes back its own run
 * and no other, and a recovery still in progress, so reloads in a row are one incident.
 */
import type { RecoverySnapshot } from './recovery';

const KEY = 'training-run-lab:tab-run';
const RECOVERY_KEY = 'training-run-lab:open-recovery';

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

/** Keeps the recovery in progress (null: none) so that a reload of the tab continues it. */
export function rememberRecovery(snapshot: RecoverySnapshot | null): void {
  try {
    if (snapshot) sessionStorage.setItem(RECOVERY_KEY, JSON.stringify(snapshot));
    else sessionStorage.removeItem(RECOVERY_KEY);
  } catch {
    // Without sessionStorage each reload is an incident of its own.
  }
}

/** The recovery that was in progress when this tab last reloaded, if any. */
export function openRecovery(): RecoverySnapshot | null {
  try {
    const text = sessionStorage.getItem(RECOVERY_KEY);
    return text ? (JSON.parse(text) as RecoverySnapshot) : null;
  } catch {
    return null;
  }
}
