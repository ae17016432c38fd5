/**
 * The top bar's backend menu: the usual order, `auto` (the fastest, measured) or one backend.
 * It sits beside the backend badge, which already says "Backend", so its label is for screen
 * readers only and its options are short (the long names are in its title and the table).
 */
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
  return (
    <span className="backend-menu" title={t.menuTitle}>
      <select
        aria-label={t.menuLabel}
        value={requested ?? DEFAULT}
        disabled={disabled}
        data-testid="backend-select"
        onChange={(e) =>
          onChange(e.target.value === DEFAULT ? null : (e.target.value as BackendRequest))
        }
      >
        <option value={DEFAULT}>{t.menuOptions.default}</option>
        {BACKEND_REQUESTS.map((r) => (
          <option key={r} value={r}>
            {t.menuOptions[r]}
          </option>
        ))}
      </select>
    </span>
  );
}
