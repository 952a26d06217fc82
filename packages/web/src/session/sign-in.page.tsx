import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Input } from 'antd';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import { signIn } from '../api/session.api.js';
import { useI18n } from '../i18n/locale-context.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import { AuthLayout } from './auth-layout.js';
import { useSession } from './session-context.js';

type Field = 'login' | 'password' | 'totp';
type Values = Record<Field, string>;

/** What a refused sign-in shows: one message for every wrong name, password or code (ASVS 6.3.8). */
const failureMessage: Record<string, MessageKey> = {
  sign_in_failed: 'signIn.failed',
  too_many_attempts: 'signIn.throttled',
  rate_limited: 'signIn.throttled',
  temporary_password_expired: 'signIn.temporaryExpired',
  csrf_failed: 'signIn.reload',
};

const emptyValues: Values = { login: '', password: '', totp: '' };

/** Why a field cannot be sent yet, or null when it can. */
function fieldProblem(field: Field, value: string): MessageKey | null {
  if (field === 'login') return value ? null : 'signIn.loginRequired';
  if (field === 'password') return value ? null : 'signIn.passwordRequired';
  return /^\s*\d{6}\s*$/.test(value) ? null : 'signIn.totpRequired';
}

/**
 * One labelled field, laid out like antd's vertical Form.Item. The sign-in page, which every
 * visitor loads first, does without antd's Form and its validation library.
 */
function SignInField({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className={error ? 'auth-field auth-field-has-error' : 'auth-field'}>
      <label className="auth-field-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {error && (
        <div id={`${id}-message`} className="auth-field-message auth-field-message-error" role="alert">
          {error}
        </div>
      )}
      {hint && (
        <div id={`${id}-hint`} className="auth-field-message">
          {hint}
        </div>
      )}
    </div>
  );
}

/** 登录: login name and password, then the authenticator code when the account has one. */
export function SignInPage({ expired }: { expired: boolean }) {
  const { t } = useI18n();
  const { setMe } = useSession();
  const [values, setValues] = useState<Values>(emptyValues);
  // A field shows its problem once it has been edited or a submission was tried, as antd's Form did.
  const [checked, setChecked] = useState<Set<Field>>(new Set());
  const [askTotp, setAskTotp] = useState(false);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  const fields: Field[] = askTotp ? ['login', 'password', 'totp'] : ['login', 'password'];
  const problem = (field: Field) => (checked.has(field) ? fieldProblem(field, values[field]) : null);
  const errorText = (field: Field) => {
    const key = problem(field);
    return key ? t(key) : undefined;
  };
  const change = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setChecked((current) => (current.has(field) ? current : new Set(current).add(field)));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(new Set(fields));
    if (busy || fields.some((field) => fieldProblem(field, values[field]))) return;
    setBusy(true);
    setFailure(null);
    try {
      setMe(await signIn({ login: values.login, password: values.password, ...(askTotp ? { totp: values.totp } : {}) }));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'totp_required') setAskTotp(true);
      else {
        setFailure(error instanceof ApiError ? (failureMessage[error.code] ?? 'signIn.unavailable') : 'signIn.unavailable');
        setValues((current) => ({ ...current, password: '', totp: '' }));
        setChecked((current) => {
          const next = new Set(current);
          next.delete('password');
          next.delete('totp');
          return next;
        });
      }
    } finally {
      setBusy(false);
    }
  };

  const startOver = () => {
    setAskTotp(false);
    setValues(emptyValues);
    setChecked(new Set());
  };

  return (
    <AuthLayout title={t('signIn.title')}>
      {expired && !failure && <Alert type="info" showIcon className="form-alert" message={t('signIn.expired')} data-testid="session-expired" />}
      {failure && <Alert type="error" showIcon className="form-alert" message={t(failure)} data-testid="sign-in-error" />}
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="sign-in-form" autoComplete="on">
        <SignInField id="login" label={t('signIn.login')} error={errorText('login')}>
          <Input
            id="login"
            name="login"
            value={values.login}
            onChange={(event) => change('login', event.target.value)}
            status={problem('login') ? 'error' : undefined}
            aria-invalid={problem('login') ? true : undefined}
            aria-describedby={problem('login') ? 'login-message' : undefined}
            prefix={<UserOutlined />}
            autoComplete="username"
            autoFocus
            disabled={askTotp}
            data-testid="sign-in-login"
          />
        </SignInField>
        <SignInField id="password" label={t('signIn.password')} error={errorText('password')}>
          <Input.Password
            id="password"
            name="password"
            value={values.password}
            onChange={(event) => change('password', event.target.value)}
            status={problem('password') ? 'error' : undefined}
            aria-invalid={problem('password') ? true : undefined}
            aria-describedby={problem('password') ? 'password-message' : undefined}
            prefix={<LockOutlined />}
            autoComplete="current-password"
            disabled={askTotp}
            data-testid="sign-in-password"
          />
        </SignInField>
        {askTotp && (
          <SignInField id="totp" label={t('signIn.totp')} error={errorText('totp')} hint={t('signIn.totpHint')}>
            <Input
              id="totp"
              name="totp"
              value={values.totp}
              onChange={(event) => change('totp', event.target.value)}
              status={problem('totp') ? 'error' : undefined}
              aria-invalid={problem('totp') ? true : undefined}
              aria-describedby={problem('totp') ? 'totp-message totp-hint' : 'totp-hint'}
              prefix={<SafetyOutlined />}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={8}
              autoFocus
              data-testid="sign-in-totp"
            />
          </SignInField>
        )}
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="sign-in-submit">
          {t('signIn.submit')}
        </Button>
        {askTotp && (
          <Button type="link" block onClick={startOver}>
            {t('signIn.startOver')}
          </Button>
        )}
      </form>
    </AuthLayout>
  );
}
