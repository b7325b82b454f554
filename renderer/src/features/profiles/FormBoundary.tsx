import { Alert } from 'antd';
import { Component, type ReactNode } from 'react';

type Props = { children: ReactNode; message: string; /** The draft: a new one tries the form again. */ draft: unknown };
type State = { failed: { draft: unknown } | null };

/**
 * JSON typed by hand can take shapes the form does not know (a list where a rule belongs): the
 * form then steps aside with a message, the JSON stays editable, and the next draft tries again.
 */
export class FormBoundary extends Component<Props, State> {
  override state: State = { failed: null };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: { draft: undefined } };
  }

  override componentDidCatch() {
    this.setState({ failed: { draft: this.props.draft } });
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.failed && previous.draft !== this.props.draft && this.state.failed.draft !== this.props.draft)
      this.setState({ failed: null });
  }

  override render() {
    if (this.state.failed)
      return <Alert type="warning" showIcon title={this.props.message} data-testid="form-unavailable" />;
    return this.props.children;
  }
}
