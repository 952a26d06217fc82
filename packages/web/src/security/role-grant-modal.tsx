import { adminRoleIds, businessRoleIds, roles as roleInfo, type RoleId } from '@ipcounty/domain';
import { Alert, Checkbox, Form, Modal, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';
import { assignRoles, type ScopeOption, type UserView } from '../api/accounts.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { problemTexts } from '../session/problem-text.js';
import { roleName } from '../session/role-names.js';

interface Fields {
  roles: RoleId[];
  unitCode?: string;
  regionCode?: string;
}

/**
 * 授予角色和数据范围. The server decides with the domain's rules (三权分立: one administrator role
 * per account and nothing else beside it; reporters need their unit or town); its reasons are
 * shown as they are.
 */
export function RoleGrantModal({
  user,
  units,
  regions,
  onClose,
  onSaved,
}: {
  user: UserView | null;
  units: ScopeOption[];
  regions: ScopeOption[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Fields>();
  const [problems, setProblems] = useState<string[]>([]);
  const chosen = Form.useWatch('roles', form) ?? [];

  useEffect(() => {
    setProblems([]);
    if (user) form.setFieldsValue({ roles: user.roles as RoleId[], unitCode: user.unitCode ?? undefined, regionCode: user.regionCode ?? undefined });
  }, [user, form]);

  const save = async (values: Fields) => {
    if (!user) return;
    const needsUnit = values.roles.some((r) => roleInfo[r].needs === 'unit');
    const needsTown = values.roles.some((r) => roleInfo[r].needs === 'town');
    try {
      await assignRoles(user.id, {
        roles: values.roles,
        unitCode: needsUnit ? (values.unitCode ?? null) : null,
        regionCode: needsTown ? (values.regionCode ?? null) : null,
      });
      onSaved();
    } catch (error) {
      setProblems(error instanceof ApiError && Array.isArray(error.details) ? problemTexts(error.details, locale) : [error instanceof Error ? error.message : String(error)]);
    }
  };

  const checkbox = (role: RoleId) => (
    <Checkbox key={role} value={role} data-testid={`role-${role}`}>
      <span title={roleInfo[role].purposeZh}>{roleName(role, locale)}</span>
    </Checkbox>
  );

  return (
    <Modal title={t('security.grantTitle', { login: user?.login ?? '' })} open={user !== null} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ 'data-testid': 'roles-save' }} destroyOnHidden width={560}>
      {problems.length > 0 && (
        <Alert type="error" showIcon className="form-alert" message={t('security.grantRefused')} description={<ul className="problem-list">{problems.map((p) => <li key={p}>{p}</li>)}</ul>} data-testid="roles-problems" />
      )}
      <Form form={form} layout="vertical" onFinish={save} requiredMark={false} data-testid="roles-form">
        <Form.Item name="roles" label={t('security.roles')} extra={t('security.separationHint')}>
          <Checkbox.Group className="role-grid">
            <Space direction="vertical" size={2}>
              <span className="muted">{t('security.businessRoles')}</span>
              {businessRoleIds.map(checkbox)}
            </Space>
            <Space direction="vertical" size={2}>
              <span className="muted">{t('security.adminRoles')}</span>
              {adminRoleIds.map(checkbox)}
            </Space>
          </Checkbox.Group>
        </Form.Item>
        {chosen.some((r) => roleInfo[r].needs === 'unit') && (
          <Form.Item name="unitCode" label={t('security.unit')} rules={[{ required: true, message: t('security.unitRequired') }]}>
            <Select showSearch optionFilterProp="label" options={units.map((u) => ({ value: u.code, label: u.name }))} data-testid="roles-unit" />
          </Form.Item>
        )}
        {chosen.some((r) => roleInfo[r].needs === 'town') && (
          <Form.Item name="regionCode" label={t('security.region')} rules={[{ required: true, message: t('security.regionRequired') }]}>
            <Select showSearch optionFilterProp="label" options={regions.map((r) => ({ value: r.code, label: r.name }))} data-testid="roles-region" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
