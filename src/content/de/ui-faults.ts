/** Was die Seite über einen Fehler sagt, den sie selbst erkennt: ein abgestürzter oder verstummter Worker, ein Neuladen mitten im Lauf. */
import type { faultsUi as en } from '../en/ui-faults';

export const faultsUi: Record<keyof typeof en, string> = {
  faultWorkerFailed: 'Der Engine-Worker ist abgestürzt: {detail}.',
  faultUncaught: 'nicht abgefangener Fehler',
  faultWorkerSilent:
    'Der Engine-Worker antwortet nicht mehr (seit {seconds} s kein Lebenszeichen).',
  faultPageReloaded: 'Die Seite wurde bei Schritt {step} neu geladen.',
  faultPageClosed: 'Die Seite wurde bei Schritt {step} geschlossen oder neu geladen.',
};
