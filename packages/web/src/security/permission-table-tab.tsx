import { permissionIds, permissions, readOnlyRoleIds, roleIds, scopeKinds, type PermissionDuty, type PermissionId, type RoleId } from '@ipcounty/domain';
import { Alert, App, Button, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';
import { fetchPermissionTable, savePermissionTable } from '../api/accounts.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import { roleName } from '../session/role-names.js';

type Table = Record<string, Record<string, string>>;

const dutyOfRole: Record<RoleId, PermissionDuty> = {
  'system-admin': 'system',
  'security-admin': 'security',
  'audit-admin': 'audit',
  'program-office': 'business',
  'unit-reporter': 'business',
  'town-reporter': 'business',
  leader: 'business',
  expert: 'business',
  provincial: 'business',
};
const dutyLabel: Record<PermissionDuty, MessageKey> = { business: 'security.dutyBusiness', system: 'security.dutySystem', security: 'security.dutySecurity', audit: 'security.dutyAudit' };
const scopeLabel: Record<string, MessageKey> = { all: 'security.scopeAll', 'own-unit': 'security.scopeOwnUnit', 'own-town': 'security.scopeOwnTown', assigned: 'security.scopeAssigned' };

/**
 * 权限表 (DJ-AC-05): the security administrator sets which role holds which permission over which
 * data. A cell outside the role's duty cannot be chosen; the server checks every rule again.
 */
export function PermissionTableTab() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const load = useCallback((signal: AbortSignal) => fetchPermissionTable(signal), []);
  const stored = useResource(load);
  const [table, setTable] = useState<Table | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (stored.state === 'ready') setTable(stored.data.table);
  }, [stored]);
  if (stored.state !== 'ready' || table === null) return <Spin />;

  const setCell = (role: RoleId, permission: PermissionId, scope: string) =>
    setTable((current) => {
      const grants = { ...(current?.[role] ?? {}) };
      if (scope === '') delete grants[permission];
      else grants[permission] = scope;
      return { ...current, [role]: grants };
    });
  const save = async () => {
    setSaving(true);
    setProblems([]);
    try {
      const saved = await savePermissionTable(table);
      setTable(saved.table);
      stored.reload();
      void message.success(t('security.permissionsSaved'));
    } catch (error) {
      const details = error instanceof ApiError && Array.isArray(error.details) ? (error.details as { zh: string; en: string }[]) : [];
      setProblems(details.length ? details.map((d) => (locale === 'zh-CN' ? d.zh : d.en)) : [error instanceof Error ? error.message : String(error)]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="stack">
      <Typography.Paragraph className="muted">{t('security.permissionsIntro')}</Typography.Paragraph>
      <Typography.Text type="secondary" data-testid="permissions-edited">
        {stored.data.edited ? t('security.permissionsEdited', { by: stored.data.edited.by, at: formatDateTime(stored.data.edited.at) }) : t('security.permissionsDefault')}
      </Typography.Text>
      {problems.length > 0 && <Alert type="error" showIcon message={t('security.permissionsRefused')} description={<ul className="problem-list">{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />}
      <Table<PermissionId>
        size="small"
        rowKey={(p) => p}
        data-testid="permission-table"
        dataSource={permissionIds}
        pagination={false}
        scroll={{ x: 1100 }}
        columns={[
          {
            key: 'permission',
            title: t('security.permission'),
            fixed: 'left',
            width: 220,
            render: (_, p) => (
              <Space direction="vertical" size={0}>
                <span>{locale === 'zh-CN' ? permissions[p].zh : permissions[p].en}</span>
                <Tag bordered={false} className="muted">{t(dutyLabel[permissions[p].duty])}</Tag>
              </Space>
            ),
          },
          ...roleIds.map((role) => ({
            key: role,
            title: roleName(role, locale),
            width: 110,
            render: (_: unknown, p: PermissionId) => {
              const duty = permissions[p].duty;
              const allowed = duty !== dutyOfRole[role] ? [] : duty === 'business' ? (readOnlyRoleIds.includes(role) && permissions[p].access === 'write' ? [] : [...scopeKinds]) : ['all'];
              const value = table[role]?.[p] ?? '';
              return (
                <Select
                  size="small"
                  variant="borderless"
                  className="full-width"
                  value={value}
                  disabled={allowed.length === 0}
                  data-testid={`perm-${role}-${p}`}
                  onChange={(scope: string) => setCell(role, p, scope)}
                  options={[{ value: '', label: t('security.scopeNone') }, ...allowed.map((kind) => ({ value: kind, label: t(scopeLabel[kind]!) }))]}
                />
              );
            },
          })),
        ]}
      />
      <Space wrap>
        <Button type="primary" loading={saving} onClick={() => void save()} data-testid="permissions-save">
          {t('security.savePermissions')}
        </Button>
        <Button onClick={() => setTable(stored.data.defaults)}>{t('security.resetPermissions')}</Button>
      </Space>
    </div>
  );
}
