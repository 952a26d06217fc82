import { Alert, Button, Form, Input, QRCode, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { beginMfaEnrolment, confirmMfaEnrolment, type MfaEnrolment as Enrolment } from '../api/session.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { useSession } from './session-context.js';

/** The secret in groups of four, as people copy it by hand. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

/**
 * 绑定动态口令: the server makes a secret; the page shows it as a QR code (drawn here in the
 * browser by antd, with no request to anyone) and as text to type or copy, and the first code
 * from the app confirms it.
 */
export function MfaEnrolmentPanel({ onEnrolled }: { onEnrolled?: () => void }) {
  const { t } = useI18n();
  const { setMe } = useSession();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [busy, setBusy] = useState(false);
  const [wrongCode, setWrongCode] = useState(false);

  const start = async () => {
    setBusy(true);
    try {
      setEnrolment(await beginMfaEnrolment());
    } finally {
      setBusy(false);
    }
  };

  const confirm = async ({ code }: { code: string }) => {
    setBusy(true);
    setWrongCode(false);
    try {
      setMe(await confirmMfaEnrolment(code.trim()));
      onEnrolled?.();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'wrong_code') setWrongCode(true);
      else throw error;
    } finally {
      setBusy(false);
    }
  };

  if (!enrolment)
    return (
      <Space direction="vertical" size="middle" className="full-width">
        <Typography.Paragraph className="muted">{t('mfa.intro')}</Typography.Paragraph>
        <Button type="primary" onClick={start} loading={busy} data-testid="mfa-start">
          {t('mfa.start')}
        </Button>
      </Space>
    );

  return (
    <div data-testid="mfa-enrolment">
      <Steps
        direction="vertical"
        size="small"
        current={1}
        items={[
          {
            title: t('mfa.stepScan'),
            description: (
              <>
                <div className="totp-qr">
                  <QRCode value={enrolment.otpauthUri} type="svg" size={176} bordered={false} data-testid="mfa-qr" />
                </div>
                <div className="muted">{t('mfa.orType')}</div>
                <Typography.Paragraph copyable={{ text: enrolment.secret }} className="totp-secret" data-testid="mfa-secret">
                  {grouped(enrolment.secret)}
                </Typography.Paragraph>
                <div className="muted">{t('mfa.uri')}</div>
                <Typography.Paragraph copyable ellipsis={{ rows: 2, expandable: true }} className="totp-secret" data-testid="mfa-uri">
                  {enrolment.otpauthUri}
                </Typography.Paragraph>
              </>
            ),
          },
          {
            title: t('mfa.stepConfirm'),
            description: (
              <Form layout="inline" onFinish={confirm} requiredMark={false}>
                <Form.Item name="code" rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('signIn.totpRequired') }]}>
                  <Input inputMode="numeric" autoComplete="one-time-code" maxLength={8} placeholder="123456" data-testid="mfa-code" />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={busy} data-testid="mfa-confirm">
                  {t('mfa.confirm')}
                </Button>
              </Form>
            ),
          },
        ]}
      />
      {wrongCode && <Alert type="error" showIcon message={t('mfa.wrongCode')} data-testid="mfa-wrong-code" />}
    </div>
  );
}
