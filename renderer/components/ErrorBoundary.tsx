import { Component, type ErrorInfo, type ReactNode } from 'react';

type ErrorBoundaryProps = Readonly<{
  /** Called once per caught error: the app ends the visit and returns to attract. */
  onError: (error: unknown) => void;
  /** When this changes after an error (the screen went back to attract), children render again. */
  resetKey: string;
  children: ReactNode;
}>;

type ErrorBoundaryState = Readonly<{ failedAt: string | null }>;

/** Catches a rendering error anywhere in the tour and sends the kiosk back to its attract loop. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failedAt: null };

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { failedAt: '' };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    if (state.failedAt === '') return { failedAt: props.resetKey };
    if (state.failedAt !== null && state.failedAt !== props.resetKey) return { failedAt: null };
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('tour crashed; back to attract', error, info.componentStack);
    this.props.onError(error);
  }

  override render(): ReactNode {
    return this.state.failedAt === null ? this.props.children : <div className="screen screen--blank" />;
  }
}
