import { EyeOutlined, FileWordOutlined, PlayCircleOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Space, Spin, Table, Tag, Tooltip } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { supervisionApi, type Notice, type ReminderRow, type RunPreview, type UnitContact } from '../api/supervision.api.js';
import { NoticeDraftsCard, RunPreviewPanel, UnreachableCard } from './notice-drafts.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { unitLabel } from '../i18n/unit-label.js';
import { usePlan } from '../plan/plan-context.js';
import { PaceTag } from './pace-tag.js';
import { levelColor, lightColor, useUnitName } from './supervision-labels.js';
import { usePerspective } from './supervision-perspective.js';

/** A unit's contact as the table lists it and the form edits it; a unit without one shows blanks. */
type ContactRow = Omit<UnitContact, 'updatedAt' | 'updatedBy'>;

const emailColor: Record<string, string> = { sent: 'success', failed: 'error', pending: 'processing', sending: 'processing', 'no-address': 'default', 'not-configured': 'default' };

async function loadAll(signal: AbortSignal, office: boolean) {
  const [reminders, notices, contacts, drafts, unreachable] = await Promise.all([
    supervisionApi.reminders(signal),
    supervisionApi.notices(signal),
    supervisionApi.contacts(signal),
    office ? supervisionApi.drafts(signal) : Promise.resolve({ drafts: [] }),
    office ? supervisionApi.unreachable(signal) : Promise.resolve({ units: [] }),
  ]);
  return { reminders: reminders.reminders, notices: notices.notices, contacts: contacts.contacts, drafts: drafts.drafts, unreachable: unreachable.units };
}

/** 督办记录: run the ladder, the log of every 提醒、催办、督办 sent and to whom, the 督办单, and the units' contacts. */
export function RemindersPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { plan } = usePlan();
  const perspective = usePerspective();
  const unitName = useUnitName();
  const office = perspective.review;
  const resource = useResource(useCallback((signal: AbortSignal) => loadAll(signal, office), [office]));
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [running, setRunning] = useState(false);
  const [preview, setPreview] = useState<RunPreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [contact, setContact] = useState<ContactRow | null>(null);
  const [form] = Form.useForm<Omit<ContactRow, 'unitCode'>>();

  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const { reminders, notices, contacts, drafts, unreachable } = resource.data;

  const run = async () => {
    setRunning(true);
    try {
      const summary = await supervisionApi.run(asOf ? asOf.format('YYYY-MM-DD') : undefined);
      void message.success(
        summary.drafted.length
          ? t('supervision.run.drafted', { sent: summary.sent.length, emails: summary.emails.sent, drafted: summary.drafted.length })
          : t('supervision.run.done', { sent: summary.sent.length, emails: summary.emails.sent }),
      );
      setPreview(null);
      resource.reload();
    } finally {
      setRunning(false);
    }
  };
  const showPreview = async () => {
    setPreviewing(true);
    try {
      setPreview(await supervisionApi.preview(asOf ? asOf.format('YYYY-MM-DD') : undefined));
    } finally {
      setPreviewing(false);
    }
  };
  const editContact = (unitCode: string) => {
    const current = contacts.find((c) => c.unitCode === unitCode) ?? { unitCode, contactName: '', contactEmail: '', leaderName: '', leaderTitle: '', leaderEmail: '' };
    form.resetFields();
    form.setFieldsValue(current);
    setContact(current);
  };
  const saveContact = async () => {
    if (!contact) return;
    await supervisionApi.saveContact(contact.unitCode, await form.validateFields());
    setContact(null);
    resource.reload();
  };
  const indicatorUnit = (subjectId: string) => unitLabel(plan.targetGroups.flatMap((g) => g.indicators).find((i) => `indicator:${i.code}` === subjectId)?.unit ?? '', t);
  const contactRows = perspective.review
    ? plan.units.filter((u) => u.kind !== 'program-office').map((u) => contacts.find((c) => c.unitCode === u.code) ?? { unitCode: u.code, contactName: '', contactEmail: '', leaderName: '', leaderTitle: '', leaderEmail: '' })
    : contacts;

  return (
    <div className="stack">
      {perspective.review && (
        <Card size="small" title={t('supervision.run.title')} data-testid="run-card">
          <Space wrap>
            <span className="muted">{t('supervision.run.hint')}</span>
            <DatePicker value={asOf} onChange={(value) => (setAsOf(value), setPreview(null))} placeholder={t('supervision.run.asOf')} allowClear style={{ width: 200 }} />
            <Button icon={<EyeOutlined />} loading={previewing} onClick={() => void showPreview()} data-testid="preview-supervision">
              {t('supervision.preview.button')}
            </Button>
            <Button type="primary" icon={<PlayCircleOutlined />} loading={running} onClick={() => void run()} data-testid="run-supervision">
              {t('supervision.run.button')}
            </Button>
          </Space>
          {preview && <div style={{ marginTop: 12 }}><RunPreviewPanel preview={preview} /></div>}
        </Card>
      )}
      {office && <UnreachableCard units={unreachable} />}
      {office && <NoticeDraftsCard drafts={drafts} onChanged={resource.reload} />}
      <Card size="small" title={t('supervision.reminders.title')}>
        <Table<ReminderRow>
          size="small"
          rowKey="id"
          dataSource={reminders}
          pagination={{ pageSize: 15, hideOnSinglePage: true }}
          data-testid="reminder-log"
          columns={[
            { title: t('supervision.reminders.sentOn'), dataIndex: 'sentOn', width: 104, className: 'nowrap' },
            { title: t('supervision.reminders.level'), width: 80, render: (_, r) => <Tag color={levelColor[r.level]}>{t(`supervision.level.${r.level}`)}</Tag> },
            { title: t('supervision.reminders.subject'), render: (_, r) => <span><Tag color={lightColor[r.light]}>{t(`supervision.kind.${r.subjectKind}`)}</Tag>{r.title}</span> },
            { title: t('supervision.col.deadline'), dataIndex: 'deadline', width: 104, className: 'nowrap' },
            {
              title: t('supervision.reminders.why'),
              width: 190,
              render: (_, r) =>
                r.subjectKind === 'indicator'
                  ? r.pace
                    ? <PaceTag pace={r.pace} unit={indicatorUnit(r.subjectId)} />
                    : t('supervision.reminders.behindPace')
                  : r.daysOverdue === 0
                    ? t('supervision.reminders.nearing')
                    : r.overdueRounds > 0
                      ? t('supervision.reminders.overdueRounds', { days: r.daysOverdue, rounds: r.overdueRounds })
                      : t('supervision.state.overdue', { days: r.daysOverdue }),
            },
            {
              title: t('supervision.reminders.to'),
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  {r.deliveries.map((d) => (
                    <span key={d.unitCode}>
                      {unitName(d.unitCode)}{' '}
                      <Tooltip title={d.emailError ?? d.emailTo ?? ''}>
                        <Tag color={emailColor[d.emailStatus]}>{t(`supervision.email.${d.emailStatus}`)}</Tag>
                      </Tooltip>
                      {d.readAt && <Tag>{t('supervision.reminders.read')}</Tag>}
                    </span>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('supervision.notices.title')}>
        <Table<Notice>
          size="small"
          rowKey="id"
          dataSource={notices}
          pagination={false}
          data-testid="notices"
          columns={[
            { title: t('supervision.notices.number'), dataIndex: 'documentNumber', width: 150 },
            { title: t('supervision.col.unit'), render: (_, n) => unitName(n.unitCode), width: 130 },
            { title: t('supervision.reminders.subject'), dataIndex: 'title' },
            { title: t('supervision.notices.issued'), render: (_, n) => formatDateTime(n.issuedAt).slice(0, 10), width: 104, className: 'nowrap' },
            { title: t('supervision.notices.respondBy'), dataIndex: 'respondBy', width: 104, className: 'nowrap' },
            {
              title: '',
              width: 170,
              render: (_, n) => (
                <Space size={0}>
                  <Link to={`/supervision/notices/${n.id}`} data-testid="open-notice">
                    <PrinterOutlined /> {t('supervision.notices.print')}
                  </Link>
                  <Button type="link" size="small" href={supervisionApi.noticeDocxUrl(n.id)} icon={<FileWordOutlined />}>
                    Word
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('supervision.contacts.title')} extra={<span className="muted">{t('supervision.contacts.hint')}</span>}>
        <Table<ContactRow>
          size="small"
          rowKey="unitCode"
          dataSource={contactRows}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('supervision.col.unit'), render: (_, c) => unitName(c.unitCode), width: 160 },
            { title: t('supervision.contacts.contact'), render: (_, c) => (c.contactName || c.contactEmail ? `${c.contactName} ${c.contactEmail}` : <span className="muted">—</span>) },
            { title: t('supervision.contacts.leader'), render: (_, c) => (c.leaderName ? `${c.leaderName}（${c.leaderTitle}） ${c.leaderEmail}` : <span className="muted">—</span>) },
            ...(perspective.review ? [{ title: '', width: 70, render: (_: unknown, c: ContactRow) => <Button type="link" size="small" onClick={() => editContact(c.unitCode)}>{t('supervision.action.edit')}</Button> }] : []),
          ]}
        />
      </Card>
      <Modal open={contact !== null} title={contact ? t('supervision.contacts.edit', { unit: unitName(contact.unitCode) }) : ''} onCancel={() => setContact(null)} onOk={() => void saveContact()} okText={t('supervision.action.save')} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="contactName" label={t('supervision.contacts.contactName')}>
            <Input />
          </Form.Item>
          <Form.Item name="contactEmail" label={t('supervision.contacts.contactEmail')} rules={[{ type: 'email', message: t('supervision.contacts.badEmail') }]}>
            <Input />
          </Form.Item>
          <Space>
            <Form.Item name="leaderName" label={t('supervision.contacts.leaderName')}>
              <Input />
            </Form.Item>
            <Form.Item name="leaderTitle" label={t('supervision.contacts.leaderTitle')}>
              <Input placeholder={t('supervision.contacts.leaderTitleExample')} />
            </Form.Item>
          </Space>
          <Form.Item name="leaderEmail" label={t('supervision.contacts.leaderEmail')} rules={[{ type: 'email', message: t('supervision.contacts.badEmail') }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
