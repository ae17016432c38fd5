/**
 * A React error boundary around one panel of the page (a phase view, a chart, a sidebar
 * section, the checkpoint manager, the timeline): a view that throws while drawing turns
 * into a message in its own panel, and the rest of the page works on. Without it React
 * unmounts the whole tree on any render error, and the page goes blank.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { texts } from '../content';

export interface PanelBoundaryProps {
  /** The panel's name, as the message shows it (e.g. "Loss curves"). */
  name: string;
  /**
   * The panel's input (its report, series or data set): when it changes, the panel is drawn
   * again, so a view that failed on one report shows the next one.
   */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** The resetKey of the last render: a new one clears the error. */
  key: unknown;
}

export class PanelBoundary extends Component<PanelBoundaryProps, State> {
  constructor(props: PanelBoundaryProps) {
    super(props);
    this.state = { error: null, key: props.resetKey };
  }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: PanelBoundaryProps, state: State): Partial<State> | null {
    // New input after a failure: try drawing it.
    if (props.resetKey !== state.key) return { key: props.resetKey, error: null };
    return null;
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.name}: ${error.message}`, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = texts().ui;
    return (
      <div className="notice notice-error panel-error" role="alert" data-testid="panel-error">
        <p>
          <strong>
            {this.props.name}: {t.panelErrorTitle}
          </strong>{' '}
          {t.panelErrorHint}
        </p>
        <p className="panel-error-message">{error.message}</p>
        <button type="button" className="inline" onClick={() => this.setState({ error: null })}>
          {t.panelErrorRetry}
        </button>
      </div>
    );
  }
}
