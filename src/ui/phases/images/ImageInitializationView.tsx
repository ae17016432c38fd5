import { InitializationView } from '../InitializationView';
import { Note } from '../common';
import type { PhaseViewProps } from '../types';
import { UnitImages } from './DigitGrid';

/** The initial weights, with the first layer's weights drawn as images (one per unit/filter). */
export function ImageInitializationView(props: PhaseViewProps<'initialization'>) {
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
              {conv ? 'Filters' : 'Weights'} of {props.report.layers[0]?.name}, as images
            </strong>{' '}
            <span className="pv-muted">
              {conv
                ? `each ${first.shape[0]} × ${first.shape[1]} filter slides over the image`
                : 'the 784 weights of each unit, laid out like the image (first 32 units)'}
              ; orange = positive, blue = negative
            </span>
          </figcaption>
          <UnitImages values={first.values} shape={first.shape} label={`Initial weights`} />
        </figure>
      )}
      <Note>
        Random weights look like noise: no unit prefers any stroke yet. Training turns them into
        stroke and edge detectors.
      </Note>
    </>
  );
}
