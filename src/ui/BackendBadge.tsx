/** Which tfjs backend trains the model, on which adapter, and why another was not used. */
import type { EngineState } from './engine-client';

export function BackendBadge({ backend }: { backend: EngineState['backend'] }) {
  if (!backend) {
    return (
      <span className="badge badge-loading" role="status">
        Starting the engine…
      </span>
    );
  }
  const a = backend.adapter;
  const adapter = a ? [a.vendor, a.architecture, a.description].filter(Boolean).join(' · ') : null;
  return (
    <span className={`badge badge-${backend.name}`} title={adapter ?? undefined}>
      <span className="badge-label">Backend</span>{' '}
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
  if (!backend || backend.fallbackReasons.length === 0) return null;
  return (
    <p className="notice notice-warn" role="status" data-testid="fallback-reason">
      {backend.fallbackReasons.join('. ')}. Training runs on <strong>{backend.name}</strong>{' '}
      instead.
    </p>
  );
}
