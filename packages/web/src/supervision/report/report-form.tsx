import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { ReportContent } from '@ipcounty/domain';
import { App, Button, Form, Input, InputNumber, List, Space, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { supervisionApi, type ReportView } from '../../api/supervision.api.js';
import { useI18n } from '../../i18n/locale-context.js';
import { unitLabel } from '../../i18n/unit-label.js';
import { useFigureName } from '../supervision-labels.js';

interface Values {
  progress: string;
  percentComplete?: number | null;
  figures: Record<string, number | null>;
  problems: string;
  nextSteps: string;
}

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.wps,.et,.dps';

/** 填报: the unit writes its progress, figures and evidence; saves a draft or submits. */
export function ReportForm({ view, onChanged }: { view: ReportView; onChanged: (next: ReportView) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const figureName = useFigureName();
  const latest = view.versions.at(-1)?.content;
  const [form] = Form.useForm<Values>();
  const [evidence, setEvidence] = useState<ReportContent['evidence']>(latest?.evidence ?? []);
  const [busy, setBusy] = useState<null | 'save' | 'submit' | 'upload'>(null);

  const initial: Values = {
    progress: latest?.progress ?? '',
    percentComplete: latest?.percentComplete ?? null,
    figures: Object.fromEntries(view.figures.map((f) => [f.code, latest?.indicatorValues[f.code] ?? null])),
    problems: latest?.problems ?? '',
    nextSteps: latest?.nextSteps ?? '',
  };

  const content = (values: Values): ReportContent => ({
    progress: values.progress ?? '',
    ...(typeof values.percentComplete === 'number' ? { percentComplete: values.percentComplete } : {}),
    indicatorValues: Object.fromEntries(Object.entries(values.figures ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number')),
    problems: values.problems ?? '',
    nextSteps: values.nextSteps ?? '',
    evidence,
  });

  const save = async () => {
    setBusy('save');
    try {
      const next = await supervisionApi.saveReport(view.report.id, content(form.getFieldsValue(true) as Values));
      void message.success(t('supervision.reportForm.saved'));
      onChanged(next);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    } finally {
      setBusy(null);
    }
  };
  const submit = async () => {
    const values = await form.validateFields();
    setBusy('submit');
    try {
      await supervisionApi.saveReport(view.report.id, content(values));
      const next = await supervisionApi.reportAction(view.report.id, 'submit');
      void message.success(t('supervision.reportForm.submitted'));
      onChanged(next);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    } finally {
      setBusy(null);
    }
  };
  const upload = async (file: File) => {
    setBusy('upload');
    try {
      const attachment = await supervisionApi.uploadAttachment(view.report.id, file);
      setEvidence((list) => [...list, { name: attachment.fileName, fileId: attachment.id }]);
      void message.success(t('supervision.reportForm.uploaded', { name: attachment.fileName }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    } finally {
      setBusy(null);
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={initial} data-testid="report-form" disabled={busy !== null}>
      <Form.Item name="progress" label={t('supervision.reportForm.progress')} rules={[{ required: true, whitespace: true, message: t('supervision.reportForm.progressRequired') }]}>
        <Input.TextArea rows={4} maxLength={4000} showCount data-testid="report-progress" />
      </Form.Item>
      <Space wrap size="large" className="report-figures">
        <Form.Item name="percentComplete" label={t('supervision.reportForm.percent')}>
          <InputNumber min={0} max={100} addonAfter="%" data-testid="report-percent" />
        </Form.Item>
        {view.figures.map((f) => (
          <Form.Item key={f.code} name={['figures', f.code]} label={figureName(f.code)}>
            <InputNumber min={0} addonAfter={unitLabel(f.unit, t)} data-testid={`report-figure-${f.code}`} />
          </Form.Item>
        ))}
      </Space>
      <Form.Item name="problems" label={t('supervision.reportForm.problems')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="nextSteps" label={t('supervision.reportForm.nextSteps')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item label={t('supervision.reportForm.evidence')} extra={t('supervision.reportForm.evidenceHint')}>
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          multiple
          customRequest={({ file, onSuccess, onError }) => {
            void upload(file as File).then(() => onSuccess?.({}), (error: Error) => onError?.(error));
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy === 'upload'} data-testid="upload-evidence">
            {t('supervision.reportForm.upload')}
          </Button>
        </Upload>
        <List
          size="small"
          dataSource={evidence}
          locale={{ emptyText: t('supervision.reportForm.noEvidence') }}
          renderItem={(file) => (
            <List.Item
              data-testid="evidence-item"
              actions={[
                <Button key="remove" type="link" size="small" danger onClick={() => setEvidence((list) => list.filter((e) => e.fileId !== file.fileId))}>
                  {t('supervision.action.remove')}
                </Button>,
              ]}
            >
              <a href={supervisionApi.attachmentUrl(file.fileId)} target="_blank" rel="noreferrer">
                <PaperClipOutlined /> {file.name}
              </a>
            </List.Item>
          )}
        />
      </Form.Item>
      <Space>
        <Button onClick={() => void save()} loading={busy === 'save'} data-testid="save-report">
          {t('supervision.reportForm.save')}
        </Button>
        <Button type="primary" onClick={() => void submit()} loading={busy === 'submit'} data-testid="submit-report">
          {t('supervision.reportForm.submit')}
        </Button>
      </Space>
    </Form>
  );
}
