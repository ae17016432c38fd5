/** Dead ReLUs: units that output 0 on every example, so they get no gradient. */
import { layerRows } from '../../protocol/metric-log';
import { type Detector, warning } from './series';

/**
 * At the latest evaluation, a ReLU layer warns when more than `fraction` of its units are
 * inactive (≤ 0) on every validation example. Only ReLU layers: a tanh or sigmoid unit that
 * is negative everywhere still passes a gradient.
 */
export const DEAD_RELU = { fraction: 0.5 } as const;

export const detectDeadRelu: Detector = ({ history: h, layers }) => {
  const { steps, rows } = layerRows(h.series, 'deadUnits');
  const n = rows.length;
  if (n === 0) return null;
  const dead = rows[n - 1];
  let worst = -1;
  for (let l = 0; l < dead.length; l++) {
    if (layers[l]?.activation !== 'relu' || !(dead[l] > DEAD_RELU.fraction)) continue;
    if (worst < 0 || dead[l] > dead[worst]) worst = l;
  }
  if (worst < 0) return null;
  const layer = layers[worst];
  const count = Math.round(dead[worst] * layer.units);
  const others = dead.filter(
    (d, l) => l !== worst && layers[l]?.activation === 'relu' && d > DEAD_RELU.fraction,
  ).length;
  return warning(
    'deadRelu',
    steps[n - 1],
    {
      id: others === 0 ? 'deadRelu' : others === 1 ? 'deadReluOneMore' : 'deadReluMore',
      values: {
        share: dead[worst],
        layer: layer.name,
        count,
        units: layer.units,
        others,
        limit: DEAD_RELU.fraction,
      },
    },
    'deadReluRemedy',
  );
};
