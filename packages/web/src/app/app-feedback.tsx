import { App as AntApp } from 'antd';
import type { ReactNode } from 'react';
import { ApiErrorReporter } from './api-error-reporter.js';

/**
 * antd's message and modal hooks (App.useApp) and the reporting of failed API calls. Only the
 * signed-in screens use them, so the sign-in page does not load the notification and dialog code.
 */
export default function AppFeedback({ children }: { children: ReactNode }) {
  return (
    <AntApp>
      <ApiErrorReporter />
      {children}
    </AntApp>
  );
}
