import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Upload } from 'antd';
import { ledgersApi, type LedgerRecordView } from '../api/ledgers.api.js';
import { useI18n } from '../i18n/locale-context.js';

/** 会议纪要: the current minutes file of a meeting, and the office's upload of a (new) one. */
export function MeetingMinutes({ record, canWrite, onChanged }: { record: LedgerRecordView; canWrite: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const minutes = record.meeting?.minutes ?? null;
  return (
    <Space size={4}>
      {minutes && (
        <a href={ledgersApi.fileUrl(minutes.fileId)} data-testid="minutes-link">
          <PaperClipOutlined /> {minutes.fileName}
        </a>
      )}
      {!minutes && record.cells.minutesNumber && <span className="muted">{record.cells.minutesNumber}</span>}
      {canWrite && (
        <Upload
          accept=".pdf,.doc,.docx,.wps,.png,.jpg,.jpeg"
          showUploadList={false}
          beforeUpload={(file) => {
            void ledgersApi.uploadMinutes(record.id, file).then(() => {
              void message.success(t('ledgers.meeting.minutesSaved'));
              onChanged();
            });
            return false;
          }}
        >
          <Button size="small" type="text" icon={<UploadOutlined />} aria-label={t('ledgers.meeting.uploadMinutes')} />
        </Upload>
      )}
    </Space>
  );
}
