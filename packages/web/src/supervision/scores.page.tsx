import { DownloadOutlined, EditOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { AssessmentScheme, RankedUnit } from '@ipcounty/domain';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Spin, Table, Tabs, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from '../api/client.js';
import { supervisionApi, type AssessmentView } from '../api/supervision.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import { ScoreLines } from './score-lines.js';
import { useUnitName } from './supervision-labels.js';
import { usePerspective } from './supervision-perspective.js';
import { useSupervisionYear, YearSelect } from './year-select.js';

type SchemeValues = Pick<AssessmentScheme, 'weights' | 'lateCredit' | 'attainmentCap' | 'notApplicable' | 'bonusItems' | 'penaltyItems'> & { bonusCap?: number | null; penaltyCap?: number | null };

/** 考核评分: the year's scheme, every unit's score explained line by line, the ranking, 加减分, the Excel export. */
export function ScoresPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { plan } = usePlan();
  const perspective = usePerspective();
  const unitName = useUnitName();
  const [year] = useSupervisionYear();
  const resource = useResource(useCallback((signal: AbortSignal) => supervisionApi.assessment(year, signal), [year]));
  const [editingScheme, setEditingScheme] = useState(false);
  const [adding, setAdding] = useState(false);
  const [schemeForm] = Form.useForm<SchemeValues>();
  const [adjustmentForm] = Form.useForm<{ unitCode: string; item: string; count: number; note: string }>();

  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const view: AssessmentView = resource.data;
  const scoreOf = (code: string) => view.scores.find((s) => s.unitCode === code)!;
  const factsOf = (code: string) => view.facts.find((f) => f.unitCode === code);
  const groupRank = new Map(Object.values(view.ranking.byGroup).flat().map((r) => [r.unitCode, r.rank]));
  const groupName = (g: string) => (g === 'towns-and-streets' ? t('supervision.scores.groupTowns') : t('supervision.scores.groupDepartments'));

  const saveScheme = async () => {
    const values = await schemeForm.validateFields();
    try {
      await supervisionApi.saveSettings(year, {
        assessmentScheme: { ...values, bonusCap: values.bonusCap ?? undefined, penaltyCap: values.penaltyCap ?? undefined, bonusItems: values.bonusItems ?? [], penaltyItems: values.penaltyItems ?? [] },
      });
      setEditingScheme(false);
      resource.reload();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
  };
  const addAdjustment = async () => {
    const v = await adjustmentForm.validateFields();
    const [kind, code] = v.item.split(':') as ['bonus' | 'penalty', string];
    await supervisionApi.addAdjustment({ year, unitCode: v.unitCode, kind, code, count: v.count, note: v.note ?? '' });
    void message.success(t('supervision.scores.adjustmentAdded'));
    setAdding(false);
    resource.reload();
  };

  const table = (rows: RankedUnit[]) => (
    <Table<RankedUnit>
      size="small"
      rowKey="unitCode"
      pagination={false}
      dataSource={rows}
      data-testid="ranking"
      expandable={{ expandedRowRender: (r) => <ScoreLines score={scoreOf(r.unitCode)} facts={factsOf(r.unitCode)} /> }}
      // On a phone a row is its rank, its unit and its total: the group and the parts of the total
      // would squeeze the unit's name, and the expanded row spells the parts out anyway.
      columns={[
        { title: t('supervision.scores.rank'), dataIndex: 'rank', width: 64 },
        { title: t('supervision.col.unit'), render: (_, r) => unitName(r.unitCode) },
        { title: t('supervision.scores.group'), render: (_, r) => `${groupName(r.group)} #${groupRank.get(r.unitCode)}`, width: 160, responsive: ['sm'] },
        { title: t('supervision.scores.base'), align: 'right', width: 80, responsive: ['sm'], render: (_, r) => scoreOf(r.unitCode).base.toFixed(2) },
        { title: t('supervision.scores.bonus'), align: 'right', width: 70, responsive: ['sm'], render: (_, r) => scoreOf(r.unitCode).bonus.toFixed(2) },
        { title: t('supervision.scores.penalty'), align: 'right', width: 70, responsive: ['sm'], render: (_, r) => scoreOf(r.unitCode).penalty.toFixed(2) },
        { title: t('supervision.score.total'), align: 'right', width: 80, render: (_, r) => <strong data-testid={`total-${r.unitCode}`}>{r.total.toFixed(2)}</strong> },
      ]}
    />
  );

  const w = view.scheme.weights;
  return (
    <div className="stack">
      <div className="supervision-toolbar">
        <YearSelect />
        <span className="muted">{t('supervision.scores.asOf', { date: formatDateTime(view.asOf).slice(0, 10), units: view.unitsAssessed, count: view.unitsAssessed })}</span>
        <span className="toolbar-spacer" />
        {perspective.export && (
          <Button icon={<DownloadOutlined />} href={supervisionApi.assessmentXlsxUrl(year)} data-testid="export-scores">
            {t('supervision.scores.export')}
          </Button>
        )}
      </div>
      <Card
        size="small"
        title={t('supervision.scores.scheme', { year })}
        extra={
          perspective.editPlan && (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => {
                schemeForm.resetFields();
                schemeForm.setFieldsValue(view.scheme);
                setEditingScheme(true);
              }}
              data-testid="edit-scheme"
            >
              {t('supervision.action.edit')}
            </Button>
          )
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 4 }}>
          <Descriptions.Item label={t('supervision.score.timeliness')}>{w.timeliness}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.score.completion')}>{w.completion}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.score.quality')}>{w.quality}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.score.indicatorAttainment')}>{w.indicatorAttainment}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.scores.lateCredit')}>{view.scheme.lateCredit}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.scores.attainmentCap')}>{view.scheme.attainmentCap}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.scores.notApplicable')}>{t(`supervision.scores.na.${view.scheme.notApplicable}`)}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.scores.items')}>
            {[...view.scheme.bonusItems.map((i) => `+${i.points} ${i.title}`), ...view.scheme.penaltyItems.map((i) => `−${i.points} ${i.title}`)].join('；') || '—'}
          </Descriptions.Item>
        </Descriptions>
        {!view.schemeSet && <Tag>{t('supervision.scores.defaultScheme')}</Tag>}
      </Card>
      <Card size="small" title={t('supervision.scores.ranking')}>
        {view.scores.length === 0 ? (
          <Alert type="info" showIcon message={t('supervision.scores.none')} />
        ) : (
          <Tabs
            items={[
              { key: 'overall', label: t('supervision.scores.overall'), children: table(view.ranking.overall) },
              ...Object.entries(view.ranking.byGroup).map(([group, rows]) => ({ key: group, label: groupName(group), children: table(rows) })),
            ]}
          />
        )}
      </Card>
      {perspective.review && (
        <Card size="small" title={t('supervision.scores.adjustments')} extra={<Button size="small" icon={<PlusOutlined />} onClick={() => (adjustmentForm.resetFields(), setAdding(true))} disabled={view.scheme.bonusItems.length + view.scheme.penaltyItems.length === 0}>{t('supervision.scores.addAdjustment')}</Button>}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={view.adjustments}
            columns={[
              { title: t('supervision.col.unit'), render: (_, a) => unitName(a.unitCode) },
              { title: t('supervision.scores.item'), render: (_, a) => <span><Tag color={a.kind === 'bonus' ? 'green' : 'red'}>{t(a.kind === 'bonus' ? 'supervision.scores.bonus' : 'supervision.scores.penalty')}</Tag>{[...view.scheme.bonusItems, ...view.scheme.penaltyItems].find((i) => i.code === a.code)?.title ?? a.code}</span> },
              { title: t('supervision.scores.count'), dataIndex: 'count', width: 60 },
              { title: t('supervision.scores.note'), dataIndex: 'note' },
              { title: '', width: 70, render: (_, a) => <Popconfirm title={t('supervision.scores.removeAdjustment')} onConfirm={() => void supervisionApi.removeAdjustment(a.id).then(resource.reload)}><Button type="link" size="small" danger>{t('supervision.action.remove')}</Button></Popconfirm> },
            ]}
          />
        </Card>
      )}
      <Modal open={editingScheme} width={720} title={t('supervision.scores.scheme', { year })} onCancel={() => setEditingScheme(false)} onOk={() => void saveScheme()} okText={t('supervision.action.save')} destroyOnHidden>
        <Form form={schemeForm} layout="vertical">
          <Space wrap>
            {(['timeliness', 'completion', 'quality', 'indicatorAttainment'] as const).map((key) => (
              <Form.Item key={key} name={['weights', key]} label={t(`supervision.score.${key}`)} rules={[{ required: true, message: t('supervision.item.required') }]}>
                <InputNumber min={0} max={100} />
              </Form.Item>
            ))}
          </Space>
          <Form.Item noStyle shouldUpdate>
            {() => {
              const sum = Object.values((schemeForm.getFieldValue('weights') ?? {}) as Record<string, number>).reduce((a, b) => a + (b ?? 0), 0);
              return sum !== 100 ? <Alert type="warning" showIcon message={t('supervision.scores.weightsSum', { sum })} style={{ marginBottom: 12 }} /> : null;
            }}
          </Form.Item>
          <Space wrap>
            <Form.Item name="lateCredit" label={t('supervision.scores.lateCredit')}>
              <InputNumber min={0} max={1} step={0.1} />
            </Form.Item>
            <Form.Item name="attainmentCap" label={t('supervision.scores.attainmentCap')}>
              <InputNumber min={1} step={0.1} />
            </Form.Item>
            <Form.Item name="notApplicable" label={t('supervision.scores.notApplicable')}>
              <Select style={{ width: 160 }} options={[{ value: 'full-points', label: t('supervision.scores.na.full-points') }, { value: 'rescale', label: t('supervision.scores.na.rescale') }]} />
            </Form.Item>
            <Form.Item name="bonusCap" label={t('supervision.scores.bonusCap')}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="penaltyCap" label={t('supervision.scores.penaltyCap')}>
              <InputNumber min={0} />
            </Form.Item>
          </Space>
          {(['bonusItems', 'penaltyItems'] as const).map((list) => (
            <Form.List key={list} name={list}>
              {(fields, { add, remove }) => (
                <Form.Item label={t(list === 'bonusItems' ? 'supervision.scores.bonusItems' : 'supervision.scores.penaltyItems')}>
                  {fields.map((field) => (
                    <Space key={field.key} align="baseline">
                      <Form.Item name={[field.name, 'code']} rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9-]*$/, message: t('supervision.scores.codeRule') }]}>
                        <Input placeholder="provincial-award" style={{ width: 150 }} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'title']} rules={[{ required: true, message: t('supervision.item.required') }]}>
                        <Input placeholder={t('supervision.scores.itemTitle')} style={{ width: 220 }} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'points']} rules={[{ required: true, message: t('supervision.item.required') }]}>
                        <InputNumber min={0.1} placeholder={t('supervision.scores.points')} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'maxCount']}>
                        <InputNumber min={1} placeholder={t('supervision.scores.maxCount')} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(field.name)} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                    {t('supervision.scores.addItem')}
                  </Button>
                </Form.Item>
              )}
            </Form.List>
          ))}
        </Form>
      </Modal>
      <Modal open={adding} title={t('supervision.scores.addAdjustment')} onCancel={() => setAdding(false)} onOk={() => void addAdjustment()} okText={t('supervision.action.save')} destroyOnHidden>
        <Form form={adjustmentForm} layout="vertical" initialValues={{ count: 1 }}>
          <Form.Item name="unitCode" label={t('supervision.col.unit')} rules={[{ required: true, message: t('supervision.item.required') }]}>
            <Select showSearch optionFilterProp="label" options={plan.units.filter((u) => u.kind !== 'program-office').map((u) => ({ value: u.code, label: u.name }))} />
          </Form.Item>
          <Form.Item name="item" label={t('supervision.scores.item')} rules={[{ required: true, message: t('supervision.item.required') }]}>
            <Select
              options={[
                ...view.scheme.bonusItems.map((i) => ({ value: `bonus:${i.code}`, label: `+${i.points} ${i.title}` })),
                ...view.scheme.penaltyItems.map((i) => ({ value: `penalty:${i.code}`, label: `−${i.points} ${i.title}` })),
              ]}
            />
          </Form.Item>
          <Form.Item name="count" label={t('supervision.scores.count')}>
            <InputNumber min={1} />
          </Form.Item>
          <Form.Item name="note" label={t('supervision.scores.note')}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
