import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Select, Space, Spin, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { supervisionApi, type RoundRow } from '../api/supervision.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { RatesTable } from './office-workspace.js';
import { percent, useRoundLabel } from './supervision-labels.js';
import { usePerspective } from './supervision-perspective.js';
import { useSupervisionYear, YearSelect } from './year-select.js';

const statusColor: Record<RoundRow['status'], string> = { 'not-opened': 'default', open: 'processing', closed: 'default' };

/** 报送轮次: the year's cycle (季报 by default), opening rounds, 专项 rounds, and each unit's timeliness and completeness. */
export function RoundsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const perspective = usePerspective();
  const roundLabel = useRoundLabel();
  const [year] = useSupervisionYear();
  const load = useCallback((signal: AbortSignal) => supervisionApi.rounds(year, signal), [year]);
  const resource = useResource(load);
  const [adHoc, setAdHoc] = useState(false);
  const [form] = Form.useForm<{ label: string; period: [Dayjs, Dayjs]; window: [Dayjs, Dayjs] }>();

  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const view = resource.data;

  const open = async (round: RoundRow) => {
    const result = await supervisionApi.openRound({ year, roundId: round.id });
    void message.success(result.opened ? t('supervision.rounds.opened', { label: roundLabel(round), forms: result.newForms }) : t('supervision.rounds.refreshed', { forms: result.newForms }));
    resource.reload();
  };
  const setCycle = async (kind: 'monthly' | 'quarterly') => {
    await supervisionApi.saveSettings(year, { reportingCycle: { kind } });
    resource.reload();
  };
  const createAdHoc = async () => {
    const v = await form.validateFields();
    const f = (d: Dayjs) => d.format('YYYY-MM-DD');
    // 轮次编号 made here, not typed: 2026-S1, 2026-S2… by the year the period ends in.
    const endYear = v.period[1].year();
    const taken = new Set(view.rounds.map((r) => r.id));
    let n = 1;
    while (taken.has(`${endYear}-S${n}`)) n++;
    const result = await supervisionApi.openRound({ adHoc: { id: `${endYear}-S${n}`, label: v.label, periodStart: f(v.period[0]), periodEnd: f(v.period[1]), opens: f(v.window[0]), closes: f(v.window[1]) } });
    void message.success(t('supervision.rounds.opened', { label: v.label, forms: result.newForms }));
    setAdHoc(false);
    resource.reload();
  };

  return (
    <div className="stack">
      <div className="supervision-toolbar">
        <YearSelect />
        <span className="muted">{t('supervision.rounds.cycle')}</span>
        <Select
          value={view.reportingCycle.kind === 'ad-hoc' ? 'quarterly' : view.reportingCycle.kind}
          disabled={!perspective.editPlan}
          onChange={(kind) => void setCycle(kind)}
          options={[
            { value: 'quarterly', label: t('supervision.rounds.quarterly') },
            { value: 'monthly', label: t('supervision.rounds.monthly') },
          ]}
          style={{ width: 120 }}
          data-testid="cycle-select"
        />
        <span className="toolbar-spacer" />
        {perspective.review && (
          <Button icon={<PlusOutlined />} onClick={() => (form.resetFields(), setAdHoc(true))} data-testid="new-ad-hoc">
            {t('supervision.rounds.adHoc')}
          </Button>
        )}
      </div>
      <Card size="small" title={t('supervision.rounds.title', { year })}>
        <Table<RoundRow>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={view.rounds}
          data-testid="rounds-table"
          // On a phone the rounds scroll in their card rather than break each date at its hyphens.
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('supervision.rounds.round'), width: 150, render: (_, r) => <span data-testid="round-label">{roundLabel(r)}</span> },
            { title: t('supervision.rounds.period'), render: (_, r) => <span className="nowrap">{`${r.periodStart} ~ ${r.periodEnd}`}</span>, width: 200 },
            { title: t('supervision.rounds.window'), render: (_, r) => <span className="nowrap">{`${r.opens} ~ ${r.closes}`}</span>, width: 200 },
            { title: t('supervision.col.status'), render: (_, r) => <Tag color={statusColor[r.status]} data-testid="round-status">{t(`supervision.rounds.status.${r.status}`)}</Tag>, width: 90 },
            { title: t('supervision.col.expected'), align: 'right', width: 70, render: (_, r) => r.counts?.expected ?? '—' },
            { title: t('supervision.col.submitted'), align: 'right', width: 70, render: (_, r) => r.counts?.submitted ?? '—' },
            { title: t('supervision.col.approved'), align: 'right', width: 70, render: (_, r) => r.counts?.approved ?? '—' },
            { title: t('supervision.col.missing'), align: 'right', width: 70, render: (_, r) => r.counts?.missing ?? '—' },
            { title: t('supervision.col.timelinessRate'), align: 'right', width: 90, render: (_, r) => (r.counts ? percent(r.counts.onTimeRate) : '—') },
            ...(perspective.review
              ? [
                  {
                    title: '',
                    width: 110,
                    render: (_: unknown, r: RoundRow) =>
                      r.status === 'not-opened' ? (
                        <Popconfirm title={t('supervision.rounds.openConfirm', { label: roundLabel(r) })} onConfirm={() => void open(r)}>
                          <Button type="primary" size="small" data-testid="open-round">
                            {t('supervision.rounds.open')}
                          </Button>
                        </Popconfirm>
                      ) : (
                        <Button size="small" onClick={() => void open(r)}>
                          {t('supervision.rounds.refresh')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card size="small" title={t('supervision.rates')} extra={<span className="muted">{t('supervision.ratesHint')}</span>}>
        <RatesTable rows={view.units} />
      </Card>
      <Modal open={adHoc} title={t('supervision.rounds.adHoc')} onCancel={() => setAdHoc(false)} onOk={() => void createAdHoc()} okText={t('supervision.rounds.open')} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="label" label={t('supervision.rounds.adHocLabel')} rules={[{ required: true, message: t('supervision.item.required') }]}>
            <Input placeholder={t('supervision.rounds.adHocLabelExample')} />
          </Form.Item>
          <Space>
            <Form.Item name="period" label={t('supervision.rounds.period')} rules={[{ required: true, message: t('supervision.item.required') }]}>
              <DatePicker.RangePicker />
            </Form.Item>
            <Form.Item name="window" label={t('supervision.rounds.window')} rules={[{ required: true, message: t('supervision.item.required') }]}>
              <DatePicker.RangePicker />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </div>
  );
}
