import { DeleteOutlined, DownloadOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Modal, Popconfirm, Space, Table, Typography, type FormInstance, type ModalProps, type TableColumnsType, type TableProps } from 'antd';
import { useState, type ComponentType, type ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import type { IndicatorDetail } from '../api/indicators.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';

/** The button beside a card's title that adds to or edits what the card shows. */
export interface CardAction {
  label: string;
  icon: ReactNode;
  onClick: () => void;
  testId: string;
  primary?: boolean;
}

/** A card of the indicator page: its title with an Excel download and one action beside it, then what it shows. */
export function IndicatorCard({ title, testId, exportHref, action, children }: { title: string; testId: string; exportHref: string | null; action: CardAction | null; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      title={title}
      data-testid={testId}
      extra={
        <Space>
          {exportHref && (
            <Button size="small" icon={<DownloadOutlined />} href={exportHref}>
              {t('indicators.export')}
            </Button>
          )}
          {action && (
            <Button size="small" type={action.primary ? 'primary' : 'default'} icon={action.icon} onClick={action.onClick} data-testid={action.testId}>
              {action.label}
            </Button>
          )}
        </Space>
      }
    >
      {children}
    </Card>
  );
}

/** The grey note under a card's title that says what its table holds. */
export function CardNote({ children }: { children: ReactNode }) {
  return (
    <Typography.Paragraph type="secondary" className="settings-note">
      {children}
    </Typography.Paragraph>
  );
}

/** What the dialog that adds or corrects an entry is given. */
export interface EntryEditorProps<T> {
  code: string;
  unit: string;
  /** The entry corrected; null adds one. */
  existing: T | null;
  regions: { value: string; label: string }[];
  onClose: () => void;
  onSaved: () => void;
}

/**
 * The values the office enters for an indicator (人工填报, 官方发布值): a note, the table with edit
 * and delete on each row for those who may edit, and the dialog that adds or corrects one. `kind`
 * names the texts (indicators.<kind>.title, .note, .add, .empty, .confirmDelete, .deleted) and the
 * test ids (<kind>-card, add-<kind>).
 */
export function EntriesCard<T extends object>({
  kind,
  detail,
  canEdit,
  exportHref,
  onSaved,
  rowKey,
  columns,
  rows,
  remove,
  Editor,
}: {
  kind: 'manual' | 'official';
  detail: IndicatorDetail;
  canEdit: boolean;
  exportHref: string | null;
  onSaved: () => void;
  rowKey: TableProps<T>['rowKey'];
  columns: TableColumnsType<T>;
  rows: T[];
  remove: (row: T) => Promise<unknown>;
  Editor: ComponentType<EntryEditorProps<T>>;
}) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const { run } = useChange();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const actions: TableColumnsType<T>[number] = {
    key: 'actions',
    title: '',
    width: 90,
    render: (_: unknown, row: T) => (
      <Space size={0}>
        <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('indicators.edit')} onClick={() => setEditing(row)} />
        <Popconfirm title={t(`indicators.${kind}.confirmDelete`)} onConfirm={() => run(() => remove(row), t(`indicators.${kind}.deleted`), onSaved)}>
          <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('indicators.delete')} />
        </Popconfirm>
      </Space>
    ),
  };

  return (
    <IndicatorCard
      title={t(`indicators.${kind}.title`)}
      testId={`${kind}-card`}
      exportHref={exportHref}
      action={canEdit ? { label: t(`indicators.${kind}.add`), icon: <PlusOutlined />, onClick: () => setEditing('new'), testId: `add-${kind}`, primary: true } : null}
    >
      <CardNote>{t(`indicators.${kind}.note`)}</CardNote>
      <Table<T> size="small" rowKey={rowKey} columns={canEdit ? [...columns, actions] : columns} dataSource={rows} pagination={false} locale={{ emptyText: t(`indicators.${kind}.empty`) }} />
      {editing && (
        <Editor
          code={detail.summary.code}
          unit={detail.rule.unit}
          existing={editing === 'new' ? null : editing}
          regions={plan.regions.map((r) => ({ value: r.code, label: r.name }))}
          onClose={() => setEditing(null)}
          onSaved={onSaved}
        />
      )}
    </IndicatorCard>
  );
}

/**
 * A change sent to the server: `saving` while it runs; on success the message shows and `then`
 * runs. A refusal (ApiError) was already shown by the request, so it only ends the wait; anything
 * else is a bug and propagates.
 */
export function useChange() {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const run = async (change: () => Promise<unknown>, done: string, then: () => void) => {
    setSaving(true);
    try {
      await change();
      message.success(done);
      then();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    } finally {
      setSaving(false);
    }
  };
  return { saving, run };
}

/**
 * The dialog a card edits in. 保存 checks the form, sends `save` with its values and, once the
 * server has taken them, says `done`, reloads (`onSaved`) and closes.
 */
export function EditModal<Values>({
  form,
  save,
  done,
  onClose,
  onSaved,
  children,
  ...props
}: {
  form: FormInstance<Values>;
  save: (values: Values) => Promise<unknown>;
  done: string;
  onClose: () => void;
  onSaved: () => void;
  children: ReactNode;
} & Pick<ModalProps, 'title' | 'width'> & { 'data-testid'?: string }) {
  const { t } = useI18n();
  const { saving, run } = useChange();
  const submit = async () => {
    const values = await form.validateFields();
    await run(() => save(values), done, () => {
      onSaved();
      onClose();
    });
  };
  return (
    <Modal open onCancel={onClose} onOk={submit} confirmLoading={saving} okText={t('indicators.save')} {...props}>
      {children}
    </Modal>
  );
}
