import { Alert, App, Button, Card, DatePicker, Form, Input, List, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { supervisionApi, type NoticeDraft, type RunPreview, type UnreachableUnit } from '../api/supervision.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import { levelColor, useUnitName } from './supervision-labels.js';

const stateColor: Record<NoticeDraft['state'], string> = { draft: 'gold', submitted: 'blue', issued: 'green', withdrawn: 'default' };

/**
 * 预览: what a run would send or draft now, to which units and addresses, before anything goes out.
 * Shown under the run card when the office asks for it.
 */
export function RunPreviewPanel({ preview }: { preview: RunPreview }) {
  const { t, locale } = useI18n();
  const unitName = useUnitName();
  if (preview.entries.length === 0) return <Alert type="info" showIcon message={t('supervision.preview.none')} data-testid="run-preview" />;
  return (
    <Table<RunPreview['entries'][number]>
      size="small"
      rowKey={(e) => `${e.subjectId}:${e.level}`}
      dataSource={preview.entries}
      pagination={false}
      scroll={{ x: 720 }}
      data-testid="run-preview"
      title={() => <Typography.Text strong>{t('supervision.preview.title')}</Typography.Text>}
      columns={[
        { title: t('supervision.reminders.level'), width: 80, render: (_, e) => <Tag color={levelColor[e.level]}>{t(`supervision.level.${e.level}`)}</Tag> },
        { title: t('supervision.reminders.subject'), render: (_, e) => <span>{e.title}<div className="muted">{locale === 'en' ? e.situationEn : e.situation}</div></span> },
        { title: '', width: 120, render: (_, e) => <Tag color={e.action === 'draft' ? 'gold' : 'default'}>{t(`supervision.preview.action.${e.action}`)}</Tag> },
        {
          title: t('supervision.preview.to'),
          render: (_, e) => (
            <Space direction="vertical" size={0}>
              {e.deliveries.map((d) => (
                <span key={d.unitCode}>
                  {unitName(d.unitCode)}: {d.emails.length ? d.emails.join(', ') : <span className="muted">{t('supervision.preview.inAppOnly')}</span>}
                </span>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}

type Ask = { draft: NoticeDraft; step: 'return' | 'withdraw' };

/**
 * 待审批的督办单: the ladder's drafts. The office reviews one (reason, units, feedback date) and sends
 * it for signature; another office account signs it, which numbers and sends it, or sends it back.
 */
export function NoticeDraftsCard({ drafts, onChanged }: { drafts: NoticeDraft[]; onChanged: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { plan } = usePlan();
  const unitName = useUnitName();
  const [editing, setEditing] = useState<NoticeDraft | null>(null);
  const [asking, setAsking] = useState<Ask | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string; units: string[]; respondBy: Dayjs }>();
  const [why] = Form.useForm<{ reason: string }>();
  const pending = drafts.filter((d) => d.state === 'draft' || d.state === 'submitted');

  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      void message.success(done);
      onChanged();
      return true;
    } finally {
      setBusy(false);
    }
  };
  const review = (draft: NoticeDraft) => {
    form.resetFields();
    form.setFieldsValue({ reason: draft.reason, units: draft.units, respondBy: dayjs(draft.respondBy) });
    setEditing(draft);
  };
  const edited = async () => {
    const values = await form.validateFields();
    return { reason: values.reason, units: values.units, respondBy: values.respondBy.format('YYYY-MM-DD') };
  };
  const save = async (andSubmit: boolean) => {
    if (!editing) return;
    const body = await edited();
    const ok = await act(
      () => (andSubmit ? supervisionApi.draftStep(editing.id, 'submit', body) : supervisionApi.editDraft(editing.id, body)),
      t(andSubmit ? 'supervision.drafts.submitted' : 'supervision.drafts.saved'),
    );
    if (ok) setEditing(null);
  };
  const approve = (draft: NoticeDraft) =>
    act(async () => {
      const issued = await supervisionApi.draftStep(draft.id, 'approve');
      void message.info(t('supervision.drafts.issued', { number: issued.documentNumber ?? '' }));
    }, t('supervision.drafts.state.issued'));
  const answer = async () => {
    if (!asking) return;
    const { reason } = await why.validateFields();
    const ok = await act(() => supervisionApi.draftStep(asking.draft.id, asking.step, { reason }), t(asking.step === 'return' ? 'supervision.drafts.returned' : 'supervision.drafts.withdrawn'));
    if (ok) setAsking(null);
  };

  return (
    <Card size="small" title={t('supervision.drafts.title')} extra={<span className="muted">{pending.length}</span>} data-testid="notice-drafts">
      <Typography.Paragraph type="secondary">{t('supervision.drafts.hint')}</Typography.Paragraph>
      <List<NoticeDraft>
        dataSource={pending}
        locale={{ emptyText: t('supervision.drafts.none') }}
        renderItem={(d) => (
          <List.Item
            data-testid="notice-draft"
            data-subject={d.subjectId}
            actions={[
              ...(d.state === 'draft'
                ? [
                    <Button key="review" size="small" type="primary" onClick={() => review(d)} data-testid="review-draft">
                      {t('supervision.drafts.review')}
                    </Button>,
                  ]
                : [
                    <Popconfirm key="approve" title={t('supervision.drafts.approveConfirm')} onConfirm={() => void approve(d)}>
                      <Button size="small" type="primary" loading={busy} data-testid="approve-draft">
                        {t('supervision.drafts.approve')}
                      </Button>
                    </Popconfirm>,
                    <Button key="return" size="small" onClick={() => (why.resetFields(), setAsking({ draft: d, step: 'return' }))} data-testid="return-draft">
                      {t('supervision.drafts.return')}
                    </Button>,
                  ]),
              <Button key="withdraw" size="small" danger type="text" onClick={() => (why.resetFields(), setAsking({ draft: d, step: 'withdraw' }))}>
                {t('supervision.drafts.withdraw')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <Tag color={levelColor[d.level]}>{t(`supervision.level.${d.level}`)}</Tag>
                  <Tag color={stateColor[d.state]}>{t(`supervision.drafts.state.${d.state}`)}</Tag>
                  <span>{d.title}</span>
                </Space>
              }
              description={
                <Space direction="vertical" size={0}>
                  <span>{t('supervision.drafts.units')}: {d.units.map(unitName).join('、')} · {t('supervision.notices.respondBy')}: {d.respondBy}</span>
                  <span className="muted">{d.reason}</span>
                  {d.note && <span className="muted">{t('supervision.drafts.note', { note: d.note })}</span>}
                </Space>
              }
            />
          </List.Item>
        )}
      />
      <Modal
        open={editing !== null}
        title={editing ? t('supervision.drafts.reviewTitle', { title: editing.title }) : ''}
        onCancel={() => setEditing(null)}
        destroyOnHidden
        footer={
          <Space>
            <Button onClick={() => setEditing(null)}>{t('supervision.action.cancel')}</Button>
            <Button loading={busy} onClick={() => void save(false)}>
              {t('supervision.action.save')}
            </Button>
            <Button type="primary" loading={busy} onClick={() => void save(true)} data-testid="submit-draft">
              {t('supervision.drafts.submit')}
            </Button>
          </Space>
        }
      >
        <Form form={form} layout="vertical" data-testid="draft-form">
          <Form.Item name="reason" label={t('supervision.drafts.reason')} rules={[{ required: true, whitespace: true, message: t('supervision.drafts.whyRequired') }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
          </Form.Item>
          <Form.Item name="units" label={t('supervision.drafts.units')} rules={[{ required: true, type: 'array', min: 1 }]}>
            <Select mode="multiple" options={plan.units.filter((u) => u.kind !== 'program-office').map((u) => ({ value: u.code, label: u.name }))} optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="respondBy" label={t('supervision.notices.respondBy')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={asking !== null}
        title={asking ? t(asking.step === 'return' ? 'supervision.drafts.return' : 'supervision.drafts.withdraw') : ''}
        onCancel={() => setAsking(null)}
        onOk={() => void answer()}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Form form={why} layout="vertical">
          <Form.Item name="reason" label={t('supervision.drafts.why')} rules={[{ required: true, whitespace: true, message: t('supervision.drafts.whyRequired') }]}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/** 无法联系的单位: units answering for work that no e-mail reaches; nothing shown when there are none. */
export function UnreachableCard({ units }: { units: UnreachableUnit[] }) {
  const { t } = useI18n();
  const unitName = useUnitName();
  if (units.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="unreachable-units"
      message={t('supervision.unreachable.title')}
      description={
        <div>
          <div className="muted">{t('supervision.unreachable.hint')}</div>
          {units.map((u) => (
            <Tag key={u.unitCode} style={{ marginTop: 4, whiteSpace: 'normal' }}>
              {unitName(u.unitCode)} · {u.reporters ? t('supervision.unreachable.reporters', { count: u.reporters }) : t('supervision.unreachable.noReporters')}
            </Tag>
          ))}
        </div>
      }
    />
  );
}
