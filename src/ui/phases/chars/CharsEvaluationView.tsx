import { fmt, fmtFixed, fmtInt, fmtPct } from '../../viz/format';
import { Note, Stat, Stats } from '../common';
import type { PhaseViewProps } from '../types';

/** Nats per character below ln V from which the panel says the model has learned something. */
const LEARNED_MARGIN = 0.1;

/**
 * How surprised the model is by unseen names (nats, bits per character, perplexity) against
 * knowing nothing (ln V), and names sampled from it now and at earlier evaluations.
 */
export function CharsEvaluationView({ report, dataset }: PhaseViewProps<'evaluation'>) {
  const V = dataset.classes;
  const baseline = Math.log(V);
  const samples = report.samples;
  // Below the baseline by a clear margin: the model has learned something about names.
  const gain = baseline - report.valLoss;
  return (
    <div className="pv-view">
      <Stats>
        <Stat label="Validation loss" value={`${fmt(report.valLoss)} nats`} big />
        <Stat label="Bits per character" value={fmt(report.valLoss / Math.LN2)} big />
        <Stat
          label="Perplexity"
          value={fmt(Math.exp(report.valLoss), 3)}
          hint="as unsure as choosing among this many letters"
        />
        <Stat
          label="Uniform baseline"
          value={`${fmtFixed(baseline, 3)} nats`}
          hint={`ln ${V}: every character equally likely`}
        />
        <Stat label="Next-character accuracy" value={fmtPct(report.valAccuracy)} />
        <Stat label="At step" value={fmtInt(report.step)} />
      </Stats>
      <Note tone={gain > LEARNED_MARGIN ? 'ok' : 'warn'}>
        {gain > LEARNED_MARGIN
          ? `The model is ${fmt(gain, 3)} nats per character below the uniform guess: it has learned which letters tend to follow which.`
          : 'The model is not yet clearly better than guessing every character uniformly: its samples are close to random letters.'}
      </Note>
      {samples && (
        <figure className="pv-figure">
          <figcaption>
            <strong>Names sampled at step {fmtInt(report.step)}</strong>{' '}
            <span className="pv-muted">
              temperature {fmt(samples.temperature, 3)}; each starts from ‘.’ and ends when the
              model draws ‘.’ (… = still going after 20 letters)
            </span>
          </figcaption>
          <ul className="cv-samples" data-testid="sampled-names">
            {samples.words.map((w, i) => (
              <li key={i}>{w === '' ? <em className="pv-muted">(empty)</em> : w}</li>
            ))}
          </ul>
          {samples.earlier.length > 0 && (
            <table className="pv-table cv-earlier">
              <caption className="pv-muted">Earlier evaluations, newest first</caption>
              <tbody>
                {samples.earlier.map((s) => (
                  <tr key={s.step}>
                    <th scope="row">step {fmtInt(s.step)}</th>
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
