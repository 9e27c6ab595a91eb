import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** The view's name, as the user knows it (“Claims”). */
  view: string;
  /** Where “Back” leads: a route that does not depend on what failed, such as the view's own list. */
  backHref: string;
  /** When this changes (the user followed a link), a failed view is tried again. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Catches a render error in one view so the navigation and every other view keep working; shows the error and a way back. */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.view} view failed`, error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  private readonly goBack = () => {
    this.setState({ error: null });
    window.location.hash = this.props.backHref;
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="empty" role="alert" data-testid="view-error">
        <h2>{this.props.view} could not be shown</h2>
        <p>
          Something in this view failed: <code>{error.message}</code>. Your data is unchanged. Go back to the list, or reload the window; if it happens
          again, export the workspace and report the message.
        </p>
        <div className="actions">
          <button type="button" onClick={this.goBack}>
            Back to {this.props.view}
          </button>
        </div>
      </div>
    );
  }
}
