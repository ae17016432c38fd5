import { InitializationView } from '../InitializationView';
import { Note } from '../common';
import type { PhaseViewProps } from '../types';
import { UnitImages } from './DigitGrid';
import { useTexts } from '../../locale';
import { fill } from '../../../content/fill';

/** The initial weights, with the first layer's weights drawn as images (one per unit/filter). */
export function ImageInitializationView(props: PhaseViewProps<'initialization'>) {
  const ui = useTexts().ui;
  const first = props.report.weights[0];
  const conv = first?.shape.length === 4;
  return (
    <>
      {/* The table and histograms of every layer; the first layer is drawn as images below. */}
      <InitializationView {...props} report={{ ...props.report, weights: [] }} />
      {first && (
        <figure className="pv-figure" data-testid="first-layer-images">
          <figcaption>
            <strong>
              {fill(conv ? ui.pvFiltersOf : ui.pvWeightsOf, {
                layer: props.report.layers[0]?.name ?? '',
              })}
            </strong>{' '}
            <span className="pv-muted">
              {conv
                ? fill(ui.pvFilterSlides, { h: first.shape[0], w: first.shape[1] })
                : ui.pvUnitWeightsImage}
            </span>
          </figcaption>
          <UnitImages values={first.values} shape={first.shape} label={ui.pvInitialWeights} />
        </figure>
      )}
      <Note>{ui.pvRandomNoise}</Note>
    </>
  );
}
