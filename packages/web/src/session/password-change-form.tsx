import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { changePassword, type Me } from '../api/session.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { problemTexts } from './problem-text.js';
import { useMe, useSession } from './session-context.js';

interface Fields {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/**
 * 修改口令: the current password again (ASVS 7.5.1), the new one twice. The rules come from the
 * security policy the server reports; the server checks them (and the history, and the
 * blocklist) and its reasons are shown as they are.
 */
export function PasswordChangeForm({ onChanged, submitLabel }: { onChanged?: (me: Me) => void; submitLabel?: string }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const { setMe } = useSession();
  const [form] = Form.useForm<Fields>();
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Fields) => {
    setBusy(true);
    setProblems([]);
    try {
      const updated = await changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      form.resetFields();
      setMe(updated);
      onChanged?.(updated);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'wrong_current_password')
        form.setFields([{ name: 'currentPassword', errors: [t('password.wrongCurrent')] }]);
      else if (error instanceof ApiError && error.code === 'password_rejected') setProblems(problemTexts(error.details, locale));
      else setProblems([error instanceof Error ? error.message : String(error)]);
    } finally {
      setBusy(false);
    }
  };

  const rules = me.password;
  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="password-form">
      <ul className="password-rules">
        <li>{t('password.ruleLength', { min: rules.minLength, max: rules.maxLength })}</li>
        {rules.minCharacterClasses > 0 && <li>{t('password.ruleClasses', { count: rules.minCharacterClasses })}</li>}
        <li>{t('password.ruleWords')}</li>
      </ul>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          message={t('password.rejected')}
          description={<ul className="problem-list">{problems.map((p) => <li key={p}>{p}</li>)}</ul>}
          data-testid="password-problems"
        />
      )}
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('password.required') }]}>
        <Input.Password autoComplete="current-password" data-testid="password-current" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('password.new')} rules={[{ required: true, message: t('password.required') }]}>
        <Input.Password autoComplete="new-password" data-testid="password-new" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.required') },
          ({ getFieldValue }) => ({
            validator: (_, value) => (value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-confirm" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="password-submit">
        {submitLabel ?? t('password.submit')}
      </Button>
    </Form>
  );
}
