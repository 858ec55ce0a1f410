/**
 * Catches an error thrown while a view renders, so one failing view does not blank the whole page
 * (React unmounts the entire tree on an uncaught render error). Says in the UI language which
 * view failed and why, offers the two ways back the user always has (the import tab, the example
 * data), and logs the error for a bug report. Standalone, so any view wraps itself in one line:
 * `<ErrorBoundary view="Kart" onToImport={...} onToExample={...}>…</ErrorBoundary>`.
 * A class component because React still offers error boundaries only as classes.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT, type Translate } from './i18n/I18nProvider';

export interface ErrorBoundaryProps {
  /** The view's name as the user sees it (its tab label). */
  readonly view: string;
  readonly onToImport: () => void;
  readonly onToExample: () => void;
  readonly children: ReactNode;
}

interface BoundaryState {
  readonly error: Error | null;
}

class Boundary extends Component<ErrorBoundaryProps & { t: Translate }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Logged so the cause can be reported; the user sees the message below instead of a blank page.
    console.error(`The view "${this.props.view}" failed:`, error, info.componentStack);
  }

  /** Leaves the failed state, then does what the user asked, so the view renders afresh. */
  private recover(then: () => void): void {
    this.setState({ error: null });
    then();
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { t, view } = this.props;
    return (
      <div className="notice error" role="alert" data-testid="view-error">
        <p>
          <strong>{t('boundary.title', { view })}</strong>
        </p>
        <p>{t('boundary.detail', { message: error.message })}</p>
        <button
          type="button"
          className="button"
          onClick={() => this.recover(this.props.onToImport)}
        >
          {t('boundary.toImport')}
        </button>{' '}
        <button
          type="button"
          className="button"
          onClick={() => this.recover(this.props.onToExample)}
        >
          {t('boundary.toExample')}
        </button>
      </div>
    );
  }
}

export function ErrorBoundary(props: ErrorBoundaryProps) {
  const t = useT();
  return <Boundary {...props} t={t} />;
}
