import type { AnnualIndicatorTargets, Indicator } from '@ipcounty/domain';
import { App, Button, Form, InputNumber, Modal, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { supervisionApi } from '../../api/supervision.api.js';
import { useI18n } from '../../i18n/locale-context.js';
import { unitLabel } from '../../i18n/unit-label.js';
import { usePlan } from '../../plan/plan-context.js';

interface Row {
  indicator: Indicator;
  target: AnnualIndicatorTargets | undefined;
}

/** 年度指标分解: each indicator's target for the year, for the county and per town, editable by the office. */
export function TargetsCard({ year, targets, editable, onChanged }: { year: number; targets: AnnualIndicatorTargets[]; editable: boolean; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const { plan } = usePlan();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Row | null>(null);
  const [form] = Form.useForm<{ countyTarget: number; regions: Record<string, number | null> }>();
  const towns = plan.regions.filter((r) => r.kind !== 'county');
  const rows: Row[] = plan.targetGroups.flatMap((g) => g.indicators).map((indicator) => ({ indicator, target: targets.find((x) => x.indicatorCode === indicator.code) }));
  const name = (i: Indicator) => (locale === 'en' && i.nameEn) || i.name;

  const edit = (row: Row) => {
    form.resetFields();
    form.setFieldsValue({
      countyTarget: row.target?.countyTarget ?? row.indicator.annualTargets[String(year)] ?? undefined,
      regions: Object.fromEntries(towns.map((r) => [r.code, row.target?.regionTargets[r.code] ?? null])),
    });
    setEditing(row);
  };
  const save = async () => {
    if (!editing) return;
    const values = await form.validateFields();
    const regionTargets = Object.fromEntries(Object.entries(values.regions ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'));
    const result = await supervisionApi.saveTarget(year, editing.indicator.code, { countyTarget: values.countyTarget, regionTargets });
    const warnings = result.warnings.filter((w) => w.severity === 'warning').length;
    if (warnings) void message.warning(t('supervision.target.savedWithWarnings', { count: warnings }));
    else void message.success(t('supervision.target.saved'));
    setEditing(null);
    onChanged();
  };
  const remove = async (row: Row) => {
    await supervisionApi.deleteTarget(year, row.indicator.code);
    onChanged();
  };

  return (
    <>
      <Table<Row>
        size="small"
        rowKey={(r) => r.indicator.code}
        pagination={false}
        dataSource={rows}
        data-testid="targets-table"
        columns={[
          { title: t('supervision.col.indicator'), render: (_, r) => name(r.indicator) },
          { title: t('supervision.target.plan'), width: 110, align: 'right', render: (_, r) => `${r.indicator.target} ${unitLabel(r.indicator.unit, t)}` },
          {
            title: t('supervision.target.year', { year }),
            width: 120,
            align: 'right',
            render: (_, r) => {
              const value = r.target?.countyTarget ?? r.indicator.annualTargets[String(year)];
              return value === undefined ? <span className="muted">{t('supervision.target.notSet')}</span> : <span>{value} {unitLabel(r.indicator.unit, t)}{r.target ? '' : ` (${t('supervision.target.fromPlan')})`}</span>;
            },
          },
          {
            title: t('supervision.target.towns'),
            render: (_, r) =>
              r.target && Object.keys(r.target.regionTargets).length
                ? Object.entries(r.target.regionTargets)
                    .map(([code, value]) => `${plan.regions.find((x) => x.code === code)?.name ?? code} ${value}`)
                    .join('，')
                : '—',
          },
          ...(editable
            ? [
                {
                  title: '',
                  width: 120,
                  render: (_: unknown, r: Row) => (
                    <Space size="small">
                      <Button size="small" type="link" onClick={() => edit(r)} data-testid={`edit-target-${r.indicator.code}`}>
                        {t('supervision.action.edit')}
                      </Button>
                      {r.target && (
                        <Popconfirm title={t('supervision.target.removeConfirm')} onConfirm={() => void remove(r)}>
                          <Button size="small" type="link" danger>
                            {t('supervision.action.remove')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal open={editing !== null} title={editing ? t('supervision.target.edit', { indicator: name(editing.indicator), year }) : ''} onCancel={() => setEditing(null)} onOk={() => void save()} okText={t('supervision.action.save')} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="countyTarget" label={t('supervision.target.county', { unit: unitLabel(editing?.indicator.unit ?? '', t) })} rules={[{ required: true, message: t('supervision.item.required') }]}>
            <InputNumber style={{ width: 200 }} data-testid="county-target" />
          </Form.Item>
          <div className="target-regions">
            {towns.map((r) => (
              <Form.Item key={r.code} name={['regions', r.code]} label={r.name}>
                <InputNumber style={{ width: 120 }} />
              </Form.Item>
            ))}
          </div>
        </Form>
      </Modal>
    </>
  );
}
