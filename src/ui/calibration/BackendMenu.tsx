/** The top bar's backend menu: the usual order, `auto` (the fastest, measured) or one backend. */
import { useId } from 'react';
import { BACKEND_REQUESTS, type BackendRequest } from '../../protocol/calibration';
import { useTexts } from '../locale';

const DEFAULT = 'default';

export function BackendMenu({
  requested,
  disabled,
  onChange,
}: {
  /** What the page asked for last; null: the usual order. */
  requested: BackendRequest | null;
  disabled: boolean;
  onChange: (request: BackendRequest | null) => void;
}) {
  const t = useTexts().calibration;
  const id = useId();
  return (
    <label htmlFor={id} className="backend-menu" title={t.menuTitle}>
      {t.menuLabel}{' '}
      <select
        id={id}
        value={requested ?? DEFAULT}
        disabled={disabled}
        data-testid="backend-select"
        onChange={(e) =>
          onChange(e.target.value === DEFAULT ? null : (e.target.value as BackendRequest))
        }
      >
        <option value={DEFAULT}>{t.requests.default}</option>
        {BACKEND_REQUESTS.map((r) => (
          <option key={r} value={r}>
            {t.requests[r]}
          </option>
        ))}
      </select>
    </label>
  );
}
