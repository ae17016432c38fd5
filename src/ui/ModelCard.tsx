import { memo } from 'react';
/** The model's layers, parameter counts and compute per training step. */
import type { ModelSummary } from '../protocol/messages';
import { fmtInt } from './viz/format';

export const ModelCard = memo(function ModelCard({ model }: { model: ModelSummary }) {
  return (
    <section className="card model-card" aria-label="Model summary">
      <h3>Model</h3>
      <table>
        <thead>
          <tr>
            <th>Layer</th>
            <th>Shape</th>
            <th>Activation</th>
            <th className="num">Parameters</th>
          </tr>
        </thead>
        <tbody>
          {model.layers.map((l) => (
            <tr key={l.name}>
              <td>{l.name}</td>
              <td>
                {l.inputs} → {l.outputs}
              </td>
              <td>{l.activation}</td>
              <td className="num">{fmtInt(l.params)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3}>Total</td>
            <td className="num">{fmtInt(model.totalParams)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="muted">
        ≈ {fmtInt(model.flopsPerStep)} FLOPs per training step (forward 2·B·in·out per layer,
        backward ≈ 2× forward).
      </p>
    </section>
  );
});
