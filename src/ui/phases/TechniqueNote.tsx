/**
 * A training technique's teaching text (what, why, formula, when to use it; keyed by id in
 * src/content/<locale>/techniques.ts), shown in the panel of the phase where it acts: the
 * title and what it does at once, the rest one click away.
 */
import type { TechniqueId } from '../../content/types';
import { useTexts } from '../locale';

export function TechniqueNote({ id }: { id: TechniqueId }) {
  const { ui, techniques } = useTexts();
  const t = techniques[id];
  return (
    <details className="pv-technique" data-testid={`technique-${id}`}>
      <summary>
        <strong>{t.title}.</strong> {t.what}
      </summary>
      <p>
        <strong>{ui.whyHeading}.</strong> {t.why}
      </p>
      <pre className="pv-formula" aria-label={ui.formulaHeading}>
        {t.formula}
      </pre>
      <p>
        <strong>{ui.whenHeading}.</strong> {t.when}
      </p>
    </details>
  );
}
