/**
 * The panel error boundary: an error becomes a message in the panel, which names the panel
 * and the error, and new input for the panel clears it. (Vitest runs without a DOM here, so
 * the boundary's state transitions are tested directly and its message is rendered to HTML.)
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { texts } from '../content';
import { PanelBoundary, type PanelBoundaryProps } from './PanelBoundary';

const props = (resetKey: unknown): PanelBoundaryProps => ({
  name: 'Loss curves',
  resetKey,
  children: createElement('p', null, 'the chart'),
});

describe('PanelBoundary', () => {
  it('renders its children while nothing failed', () => {
    const html = renderToStaticMarkup(createElement(PanelBoundary, props(1)));
    expect(html).toBe('<p>the chart</p>');
  });

  it('turns an error into a message in the panel, naming the panel and the error', () => {
    const state = PanelBoundary.getDerivedStateFromError(new RangeError('Invalid array length'));
    const boundary = new PanelBoundary(props(1));
    boundary.state = { ...boundary.state, ...state };
    const html = renderToStaticMarkup(boundary.render() as ReactElement);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Loss curves');
    expect(html).toContain(texts().ui.panelErrorTitle);
    expect(html).toContain('Invalid array length');
    expect(html).not.toContain('the chart');
  });

  it('wraps a thrown non-Error value', () => {
    expect(PanelBoundary.getDerivedStateFromError('boom').error?.message).toBe('boom');
  });

  it('keeps the message for the same input and draws again for new input', () => {
    const failed = { error: new Error('x'), key: 'report 1' };
    expect(PanelBoundary.getDerivedStateFromProps(props('report 1'), failed)).toBeNull();
    expect(PanelBoundary.getDerivedStateFromProps(props('report 2'), failed)).toEqual({
      key: 'report 2',
      error: null,
    });
  });
});
