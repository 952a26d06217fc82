import { Alert, Modal, Typography } from 'antd';
import { useI18n } from '../i18n/locale-context.js';

/** Shows an issued one-time password once; the server keeps only its hash. */
export function OneTimePasswordModal({ issued, onClose }: { issued: { login: string; password: string } | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal title={t('users.issuedTitle', { login: issued?.login ?? '' })} open={issued !== null} onOk={onClose} onCancel={onClose} cancelButtonProps={{ style: { display: 'none' } }} destroyOnHidden>
      <Alert type="warning" showIcon className="form-alert" message={t('users.issuedOnce')} />
      <Typography.Paragraph copyable={{ text: issued?.password ?? '' }} className="one-time-password" data-testid="issued-password">
        {issued?.password}
      </Typography.Paragraph>
      <Typography.Paragraph className="muted">{t('users.issuedHint')}</Typography.Paragraph>
    </Modal>
  );
}
