import { Component, Fragment, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { I18nContext } from '../shared/i18n/I18n.tsx';

interface Props {
  /** What the region is, in the message: "the chart". */
  name: string;
  /** Shown above the message, when the region carried controls the page still needs (the view switch). */
  keep?: ReactNode;
  children: ReactNode;
}

interface State {
  failed: boolean;
  /** Bumped to mount the region afresh when the reader asks to reload it. */
  attempt: number;
}

/**
 * Keeps a failure in one part of the page (chart, list, panel, filters) to that part: it shows a
 * short message with "Reload this view" while the rest keeps working.
 */
export class RegionBoundary extends Component<Props, State> {
  static override contextType = I18nContext;
  declare context: ContextType<typeof I18nContext>;
  override state: State = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever debugs it; the reader sees the message below.
    console.warn(`${this.props.name} failed to render:`, error, info.componentStack);
  }

  override render() {
    if (this.state.failed) {
      const { t } = this.context;
      return (
        <>
        {this.props.keep && <div className="mb-2 flex flex-wrap items-center gap-1.5">{this.props.keep}</div>}
        <div role="alert" className="my-2 rounded-md border-2 border-danger bg-panel p-3 text-sm">
          <p>{t.app.regionFailed(this.props.name)}</p>
          <button type="button" className="btn btn-small mt-2" onClick={() => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }))}>
            {t.app.reloadView}
          </button>
        </div>
        </>
      );
    }
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
