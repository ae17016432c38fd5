import { fmt, fmtFixed, fmtInt, fmtPct } from '../../viz/format';
import { Note, Stat, Stats } from '../common';
import type { PhaseViewProps } from '../types';
import { useTexts } from '../../locale';
import { fill } from '../../../content/fill';

/** Nats per character below ln V from which the panel says the model has learned something. */
const LEARNED_MARGIN = 0.1;

/**
 * How surprised the model is by unseen names (nats, bits per character, perplexity) against
 * knowing nothing (ln V), and names sampled from it now and at earlier evaluations.
 */
export function CharsEvaluationView({ report, dataset }: PhaseViewProps<'evaluation'>) {
  const ui = useTexts().ui;
  const V = dataset.classes;
  const baseline = Math.log(V);
  const samples = report.samples;
  // Below the baseline by a clear margin: the model has learned something about names.
  const gain = baseline - report.valLoss;
  return (
    <div className="pv-view">
      <Stats>
        <Stat
          label={ui.pvValidationLoss}
          value={fill(ui.pvNats, { value: fmt(report.valLoss) })}
          big
        />
        <Stat label={ui.pvBitsPerChar} value={fmt(report.valLoss / Math.LN2)} big />
        <Stat
          label={ui.pvPerplexity}
          value={fmt(Math.exp(report.valLoss), 3)}
          hint={ui.pvPerplexityHint}
        />
        <Stat
          label={ui.pvUniformBaseline}
          value={fill(ui.pvNats, { value: fmtFixed(baseline, 3) })}
          hint={fill(ui.pvUniformHint, { v: V })}
        />
        <Stat label={ui.pvNextCharAccuracy} value={fmtPct(report.valAccuracy)} />
        <Stat label={ui.pvAtStep} value={fmtInt(report.step)} />
      </Stats>
      <Note tone={gain > LEARNED_MARGIN ? 'ok' : 'warn'}>
        {gain > LEARNED_MARGIN ? fill(ui.pvLearned, { gain: fmt(gain, 3) }) : ui.pvNotLearned}
      </Note>
      {samples && (
        <figure className="pv-figure">
          <figcaption>
            <strong>{fill(ui.pvNamesSampled, { step: fmtInt(report.step) })}</strong>{' '}
            <span className="pv-muted">
              {fill(ui.pvSampleTemperature, { t: fmt(samples.temperature, 3) })}
            </span>
          </figcaption>
          <ul className="cv-samples" data-testid="sampled-names">
            {samples.words.map((w, i) => (
              <li key={i}>{w === '' ? <em className="pv-muted">{ui.pvEmpty}</em> : w}</li>
            ))}
          </ul>
          {samples.earlier.length > 0 && (
            <table className="pv-table cv-earlier">
              <caption className="pv-muted">{ui.pvEarlier}</caption>
              <tbody>
                {samples.earlier.map((s) => (
                  <tr key={s.step}>
                    <th scope="row">{fill(ui.pvStepN, { step: fmtInt(s.step) })}</th>
                    <td>{s.words.slice(0, 8).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </figure>
      )}
    </div>
  );
}
