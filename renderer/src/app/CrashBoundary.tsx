import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CrashScreen } from './CrashScreen';

/**
 * Last line of defence around the whole app (providers included). Route errors are caught closer to
 * the screen by the router's error element, which keeps the navigation visible.
 */
export class CrashBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The console reaches Electron's log file; the user sees only the sentence.
    console.error('SX Workbench crashed while rendering', error, info.componentStack);
    document.documentElement.dataset.appState = 'error';
  }

  private readonly goHome = () => {
    window.location.hash = '#/';
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    return this.state.failed ? <CrashScreen onBack={this.goHome} /> : this.props.children;
  }
}
