/** The keys of the page, as a strip in lecture mode and as a list that ? opens. */
import { KEY_MAP } from '../controls';
import { useTexts } from '../locale';

/** One line of every key and what it does. */
export function KeysStrip() {
  const t = useTexts().lecture;
  return (
    // A complementary landmark of its own: every part of the page sits in a landmark.
    <aside className="lecture-keys" data-testid="lecture-keys" aria-label={t.keysHeading}>
      {KEY_MAP.map((k) => (
        <span key={k.id}>
          <kbd>{t.keyNames[k.id]}</kbd> {t.keys[k.id]}
        </span>
      ))}
    </aside>
  );
}

/** The list of keys in a dialog over the page; Escape, ? or the button closes it. */
export function KeysHelp({ onClose }: { onClose: () => void }) {
  const t = useTexts().lecture;
  return (
    <div
      className="lecture-help"
      role="dialog"
      aria-modal="true"
      aria-label={t.keysHeading}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <h2>{t.keysHeading}</h2>
      <dl>
        {KEY_MAP.map((k) => (
          <div key={k.id}>
            <dt>
              <kbd>{t.keyNames[k.id]}</kbd>
            </dt>
            <dd>{t.keys[k.id]}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose} autoFocus>
        {t.keysClose}
      </button>
    </div>
  );
}
