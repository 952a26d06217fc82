import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, List, Modal, Progress, Select, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { evaluationApi, type SelfCheckSummary } from '../api/evaluation.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import { useMe } from '../session/session-context.js';

/** 自查自纠: the list with each one's progress, and the office's button to open a new one. */
export function SelfChecksPanel({ selfChecks, onChanged }: { selfChecks: SelfCheckSummary[]; onChanged: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {me.can('evaluation.assign') && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)} disabled={selfChecks.some((s) => s.status === 'open')} data-testid="open-self-check">
          {t('evaluation.selfCheck.open')}
        </Button>
      )}
      <List
        bordered
        dataSource={selfChecks}
        locale={{ emptyText: t('evaluation.none') }}
        renderItem={(s) => (
          <List.Item
            onClick={() => navigate(`/evaluation/self-checks/${s.id}`)}
            style={{ cursor: 'pointer' }}
            data-testid="self-check-row"
            extra={<Progress type="circle" size={48} percent={s.progress.tasks ? Math.round((s.progress.tasksConfirmed / s.progress.tasks) * 100) : 0} />}
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <a>{s.title}</a>
                  <Tag color={s.status === 'open' ? 'processing' : 'default'}>{t(`evaluation.selfCheck.state.${s.status}`)}</Tag>
                </Space>
              }
              description={
                <Space direction="vertical" size={0}>
                  <span>
                    {s.year === null ? t('evaluation.selfCheck.wholePlan') : t('evaluation.selfCheck.year', { year: s.year })} · {t('evaluation.selfCheck.dueOn')} {s.dueOn}
                  </span>
                  <span>{t('evaluation.selfCheck.progress', { submitted: s.progress.partsSubmitted, parts: s.progress.parts, confirmed: s.progress.tasksConfirmed, tasks: s.progress.tasks })}</span>
                </Space>
              }
            />
          </List.Item>
        )}
      />
      {opening && <OpenSelfCheckModal onClose={() => setOpening(false)} onOpened={(id) => (setOpening(false), onChanged(), navigate(`/evaluation/self-checks/${id}`))} />}
    </Space>
  );
}

function OpenSelfCheckModal({ onClose, onOpened }: { onClose: () => void; onOpened: (id: string) => void }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const years = Array.from({ length: plan.period.endYear - plan.period.startYear + 1 }, (_, i) => plan.period.startYear + i);
  const [title, setTitle] = useState(`${plan.county.name}国家知识产权强县建设试点自查自纠`);
  const [year, setYear] = useState<number | null>(null);
  const [dueOn, setDueOn] = useState(dayjs().add(14, 'day').format('YYYY-MM-DD'));
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open
      title={t('evaluation.selfCheck.open')}
      onCancel={onClose}
      okText={t('evaluation.selfCheck.open')}
      cancelText={t('evaluation.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'open-self-check-ok' } as never}
      onOk={async () => {
        setBusy(true);
        try {
          onOpened((await evaluationApi.openSelfCheck({ title, year, dueOn })).id);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Form layout="vertical">
        <Form.Item label={t('evaluation.selfCheck.name')}>
          <Input value={title} onChange={(e) => setTitle(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('evaluation.selfCheck.scope')}>
          <Select value={year ?? 0} onChange={(v) => setYear(v === 0 ? null : v)} options={[{ value: 0, label: t('evaluation.selfCheck.wholePlan') }, ...years.map((y) => ({ value: y, label: t('evaluation.selfCheck.year', { year: y }) }))]} />
        </Form.Item>
        <Form.Item label={t('evaluation.selfCheck.dueOn')}>
          <DatePicker value={dayjs(dueOn)} allowClear={false} onChange={(d) => d && setDueOn(d.format('YYYY-MM-DD'))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
