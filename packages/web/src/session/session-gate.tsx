import { Alert, Button, Result, Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useI18n } from '../i18n/locale-context.js';
import { AuthLayout } from './auth-layout.js';
import { useSession } from './session-context.js';
import { SignInPage } from './sign-in.page.js';

// Few visitors need these two steps, so the sign-in page does not carry their code.
const PasswordChangeForm = lazy(() => import('./password-change-form.js').then((m) => ({ default: m.PasswordChangeForm })));
const MfaEnrolmentPanel = lazy(() => import('./mfa-enrolment.js').then((m) => ({ default: m.MfaEnrolmentPanel })));
// antd's message and modal hooks, and the reporting of failed calls, serve only signed-in screens.
const AppFeedback = lazy(() => import('../app/app-feedback.js'));

/**
 * Nothing of the app shows until someone is signed in; a session held back for a temporary or
 * expired password, or for enrolling an authenticator, shows only that step.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { state } = useSession();
  if (state.state !== 'signed-in') return <GateContent>{children}</GateContent>;
  return (
    <Suspense fallback={null}>
      <AppFeedback>
        <GateContent>{children}</GateContent>
      </AppFeedback>
    </Suspense>
  );
}

function GateContent({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { state, reload, signOut } = useSession();

  if (state.state === 'loading')
    return (
      <div className="page-status">
        <Spin size="large" />
      </div>
    );
  if (state.state === 'failed')
    return (
      <Result
        status="error"
        title={t('signIn.unavailable')}
        subTitle={state.error.message}
        extra={<Button type="primary" onClick={reload}>{t('app.retry')}</Button>}
      />
    );
  if (state.state === 'signed-out') return <SignInPage expired={state.expired} />;

  const { me } = state;
  const signOutLink = (
    <Button type="link" onClick={() => void signOut()} data-testid="gate-sign-out">
      {t('session.signOut')}
    </Button>
  );
  if (me.restriction === 'change-password')
    return (
      <AuthLayout title={t('password.forcedTitle')} wide>
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          message={me.password.state === 'expired' ? t('password.forcedExpired') : t('password.forcedTemporary', { login: me.user.login })}
          data-testid="forced-password"
        />
        <Suspense fallback={<Spin />}>
          <PasswordChangeForm submitLabel={t('password.submitAndContinue')} />
        </Suspense>
        {signOutLink}
      </AuthLayout>
    );
  if (me.restriction === 'enrol-mfa')
    return (
      <AuthLayout title={t('mfa.forcedTitle')} wide>
        <Alert type="warning" showIcon className="form-alert" message={t('mfa.forced')} data-testid="forced-mfa" />
        <Suspense fallback={<Spin />}>
          <MfaEnrolmentPanel />
        </Suspense>
        {signOutLink}
      </AuthLayout>
    );
  return <>{children}</>;
}
