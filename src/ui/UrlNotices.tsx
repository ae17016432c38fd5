/** The keys of the page's URL that were ignored, each with its reason, until dismissed. */
import { useState } from 'react';
import type { UrlNotice } from '../config/url';
import type { UrlNoticeTexts } from '../content/types';
import { useTexts } from './locale';

/** One notice's sentence, from the texts of its kind. */
function sentence(t: UrlNoticeTexts, n: UrlNotice): string {
  switch (n.kind) {
    case 'unknownKey':
      return t.unknownKey(n);
    case 'repeatedKey':
      return t.repeatedKey(n);
    case 'notApplicable':
      return t.notApplicable(n);
    case 'unknownBackend':
      return t.unknownBackend(n);
    case 'unknownLang':
      return t.unknownLang(n);
    case 'badPresent':
      return t.badPresent(n);
    case 'unknownScenario':
      return t.unknownScenario(n);
  }
}

/** The URL's notices as one list with a Dismiss button; nothing when there are none. */
export function UrlNotices({ notices }: { notices: readonly UrlNotice[] }) {
  const [dismissed, setDismissed] = useState(false);
  const t = useTexts().urlNotices;
  if (dismissed || notices.length === 0) return null;
  return (
    <div className="notice notice-warn url-notices" role="status" data-testid="url-notices">
      <strong>{t.heading}</strong>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{sentence(t, n)}</li>
        ))}
      </ul>
      <button type="button" className="inline" onClick={() => setDismissed(true)}>
        {t.dismiss}
      </button>
    </div>
  );
}
