import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Space, Table, Tag } from 'antd';
import type { IndexItem } from '../api/evaluation.api.js';
import { useI18n } from '../i18n/locale-context.js';

/** 评价指标体系 as an editable table: title, points and guidance per item, the total shown as you type. */
export function IndexSystemEditor({ items, onChange, readOnly = false }: { items: IndexItem[]; onChange?: (items: IndexItem[]) => void; readOnly?: boolean }) {
  const { t } = useI18n();
  const total = Math.round(items.reduce((a, i) => a + i.weight, 0) * 100) / 100;
  const set = (index: number, patch: Partial<IndexItem>) => onChange?.(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table<IndexItem>
        size="small"
        rowKey="code"
        pagination={false}
        scroll={{ x: 640 }}
        dataSource={items}
        columns={[
          { title: t('evaluation.eval.item'), render: (_, item, i) => (readOnly ? <span><Tag>{t(`evaluation.eval.category.${item.category}`)}</Tag>{item.title}</span> : <Input size="small" value={item.title} onChange={(e) => set(i, { title: e.target.value })} />) },
          { title: t('evaluation.eval.weight'), width: 90, render: (_, item, i) => (readOnly ? item.weight : <InputNumber size="small" min={0.5} max={100} value={item.weight} onChange={(v) => set(i, { weight: Number(v) || 0 })} />) },
          { title: t('evaluation.eval.guidance'), render: (_, item, i) => (readOnly ? <span className="evaluation-muted">{item.guidance}</span> : <Input.TextArea size="small" autoSize value={item.guidance} onChange={(e) => set(i, { guidance: e.target.value })} />) },
          ...(readOnly ? [] : [{ title: '', width: 40, render: (_: unknown, _item: IndexItem, i: number) => <Button size="small" type="text" icon={<DeleteOutlined />} onClick={() => onChange?.(items.filter((_x, j) => j !== i))} /> }]),
        ]}
      />
      <Space wrap>
        <Tag color={total === 100 ? 'success' : 'error'}>{t('evaluation.eval.weightsTotal', { total })}</Tag>
        {!readOnly && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => onChange?.([...items, { code: `item-${items.length + 1}-${Date.now() % 10000}`, category: 'highlights', title: '', weight: 0, guidance: '' }])}>
            {t('evaluation.eval.addItem')}
          </Button>
        )}
      </Space>
    </Space>
  );
}
