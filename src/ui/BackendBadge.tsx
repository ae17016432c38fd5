/** Which tfjs backend trains the model, on which adapter, and why another was not used. */
import type { EngineState } from './engine-client';
import { fillText } from '../content/fill';
import { noticeText } from '../content/notices';
import { useLocale, useTexts } from './locale';

export function BackendBadge({ backend }: { backend: EngineState['backend'] }) {
  const ui = useTexts().ui;
  if (!backend) {
    return (
      <span className="badge badge-loading" role="status">
        {ui.backendStarting}
      </span>
    );
  }
  const a = backend.adapter;
  const adapter = a ? [a.vendor, a.architecture, a.description].filter(Boolean).join(' · ') : null;
  return (
    <span className={`badge badge-${backend.name}`} title={adapter ?? undefined}>
      <span className="badge-label">{ui.backendLabel}</span>{' '}
      <strong data-testid="backend">{backend.name}</strong>
      {adapter && (
        <span className="badge-adapter" data-testid="adapter">
          {adapter}
        </span>
      )}
    </span>
  );
}

/** Shown when the engine fell back from the backend asked for (or from WebGPU). */
export function FallbackNotice({ backend }: { backend: EngineState['backend'] }) {
  const ui = useTexts().ui;
  const { locale } = useLocale();
  if (!backend || backend.fallbackReasons.length === 0) return null;
  const [before, after] = ui.backendFallback.split('{backend}');
  return (
    <p className="notice notice-warn" role="status" data-testid="fallback-reason">
      {fillText(before, {
        reasons: backend.fallbackReasons.map((r) => noticeText(r, locale)).join('. '),
      })}
      <strong>{backend.name}</strong>
      {after}
    </p>
  );
}
