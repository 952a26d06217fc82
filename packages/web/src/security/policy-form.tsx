import { businessRoleIds, type PasswordPolicy, type SecurityPolicy } from '@ipcounty/domain';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';
import { saveSecurityPolicy } from '../api/accounts.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { roleName } from '../session/role-names.js';

const minute = 60_000;

/** The policy as the form edits it: durations in minutes or hours, rotation as a switch. */
interface Fields {
  profile: PasswordPolicy['profile'];
  minLength: number;
  maxLength: number;
  minCharacterClasses: number;
  historySize: number;
  rotates: boolean;
  maxAgeDays: number;
  expiryWarningDays: number;
  temporaryPasswordHours: number;
  accountMaxFailures: number;
  accountWindowMinutes: number;
  accountBlockMinutes: number;
  sourceMaxFailures: number;
  sourceWindowMinutes: number;
  sourceBlockMinutes: number;
  idleMinutes: number;
  absoluteHours: number;
  maxConcurrentSessions: number;
  reauthenticationMinutes: number;
  mfaEnabled: boolean;
  mfaAlsoRequiredFor: string[];
  dormantDays: number;
  /** One CIDR a line. */
  administratorNetworks: string;
}

function toFields(p: SecurityPolicy): Fields {
  return {
    profile: p.password.profile,
    minLength: p.password.minLength,
    maxLength: p.password.maxLength,
    minCharacterClasses: p.password.minCharacterClasses,
    historySize: p.password.historySize,
    rotates: p.password.maxAgeDays !== null,
    maxAgeDays: p.password.maxAgeDays ?? 90,
    expiryWarningDays: p.password.expiryWarningDays,
    temporaryPasswordHours: p.password.temporaryPasswordHours,
    accountMaxFailures: p.lockout.account.maxFailures,
    accountWindowMinutes: p.lockout.account.windowMs / minute,
    accountBlockMinutes: p.lockout.account.blockMs / minute,
    sourceMaxFailures: p.lockout.source.maxFailures,
    sourceWindowMinutes: p.lockout.source.windowMs / minute,
    sourceBlockMinutes: p.lockout.source.blockMs / minute,
    idleMinutes: p.session.idleTimeoutMs / minute,
    absoluteHours: p.session.absoluteLifetimeMs / (60 * minute),
    maxConcurrentSessions: p.session.maxConcurrentSessions,
    reauthenticationMinutes: p.session.reauthenticationMs / minute,
    mfaEnabled: p.mfa.enabled,
    mfaAlsoRequiredFor: p.mfa.alsoRequiredFor,
    dormantDays: p.dormancy.disableAfterDays,
    administratorNetworks: p.administratorNetworks.join('\n'),
  };
}

function toPolicy(f: Fields, current: SecurityPolicy): SecurityPolicy {
  return {
    password: {
      profile: f.profile,
      minLength: f.minLength,
      maxLength: f.maxLength,
      minCharacterClasses: f.minCharacterClasses,
      historySize: f.historySize,
      maxAgeDays: f.rotates ? f.maxAgeDays : null,
      expiryWarningDays: f.expiryWarningDays,
      temporaryPasswordHours: f.temporaryPasswordHours,
    },
    lockout: {
      account: { ...current.lockout.account, maxFailures: f.accountMaxFailures, windowMs: f.accountWindowMinutes * minute, blockMs: f.accountBlockMinutes * minute },
      source: { ...current.lockout.source, maxFailures: f.sourceMaxFailures, windowMs: f.sourceWindowMinutes * minute, blockMs: f.sourceBlockMinutes * minute },
    },
    session: {
      idleTimeoutMs: f.idleMinutes * minute,
      absoluteLifetimeMs: f.absoluteHours * 60 * minute,
      maxConcurrentSessions: f.maxConcurrentSessions,
      reauthenticationMs: f.reauthenticationMinutes * minute,
    },
    mfa: { enabled: f.mfaEnabled, alsoRequiredFor: f.mfaAlsoRequiredFor as SecurityPolicy['mfa']['alsoRequiredFor'] },
    dormancy: { disableAfterDays: f.dormantDays },
    administratorNetworks: f.administratorNetworks
      .split(/[\s,，]+/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  };
}

const number = (min: number, max: number) => <InputNumber min={min} max={max} precision={0} className="full-width" />;

/** 安全策略: password, lockout, session and second-factor rules; the server refuses values outside the 等保 bounds. */
export function PolicyForm({ policy, profiles, onSaved }: { policy: SecurityPolicy; profiles: Record<string, PasswordPolicy>; onSaved: (policy: SecurityPolicy) => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();
  const [problems, setProblems] = useState<string[]>([]);
  const rotates = Form.useWatch('rotates', form);

  useEffect(() => form.setFieldsValue(toFields(policy)), [policy, form]);

  const save = async (fields: Fields) => {
    setProblems([]);
    try {
      const saved = await saveSecurityPolicy(toPolicy(fields, policy));
      onSaved(saved.policy);
      void message.success(t('security.policySaved'));
    } catch (error) {
      const details = error instanceof ApiError && Array.isArray(error.details) ? (error.details as { path: string; message: string }[]) : [];
      setProblems(details.length ? details.map((d) => `${d.path}: ${d.message}`) : [error instanceof Error ? error.message : String(error)]);
    }
  };

  const applyProfile = (profile: string) => {
    const chosen = profiles[profile];
    if (chosen) form.setFieldsValue(toFields({ ...policy, password: chosen }));
  };

  return (
    <Form form={form} layout="vertical" onFinish={save} requiredMark={false} data-testid="policy-form">
      {problems.length > 0 && <Alert type="error" showIcon className="form-alert" message={t('security.policyRefused')} description={<ul className="problem-list">{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('security.passwordRules')}>
            <Form.Item name="profile" label={t('security.profile')} extra={t('security.profileHint')}>
              <Select onChange={applyProfile} options={[{ value: 'dengbao', label: t('security.profileDengbao') }, { value: 'asvs', label: t('security.profileAsvs') }]} />
            </Form.Item>
            <Row gutter={12}>
              <Col span={12}><Form.Item name="minLength" label={t('security.minLength')}>{number(8, 64)}</Form.Item></Col>
              <Col span={12}><Form.Item name="maxLength" label={t('security.maxLength')}>{number(64, 1024)}</Form.Item></Col>
              <Col span={12}><Form.Item name="minCharacterClasses" label={t('security.classes')}>{number(0, 4)}</Form.Item></Col>
              <Col span={12}><Form.Item name="historySize" label={t('security.history')}>{number(0, 24)}</Form.Item></Col>
              <Col span={12}><Form.Item name="rotates" label={t('security.rotates')} valuePropName="checked"><Switch /></Form.Item></Col>
              <Col span={12}><Form.Item name="maxAgeDays" label={t('security.maxAgeDays')}><InputNumber min={1} max={3650} precision={0} disabled={!rotates} className="full-width" /></Form.Item></Col>
              <Col span={12}><Form.Item name="expiryWarningDays" label={t('security.warningDays')}>{number(0, 60)}</Form.Item></Col>
              <Col span={12}><Form.Item name="temporaryPasswordHours" label={t('security.temporaryHours')}>{number(1, 168)}</Form.Item></Col>
            </Row>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <div className="stack">
            <Card size="small" title={t('security.lockout')}>
              <Row gutter={12}>
                <Col span={8}><Form.Item name="accountMaxFailures" label={t('security.accountFailures')}>{number(1, 100)}</Form.Item></Col>
                <Col span={8}><Form.Item name="accountWindowMinutes" label={t('security.windowMinutes')}>{number(1, 1440)}</Form.Item></Col>
                <Col span={8}><Form.Item name="accountBlockMinutes" label={t('security.blockMinutes')}>{number(1, 1440)}</Form.Item></Col>
                <Col span={8}><Form.Item name="sourceMaxFailures" label={t('security.sourceFailures')}>{number(1, 100)}</Form.Item></Col>
                <Col span={8}><Form.Item name="sourceWindowMinutes" label={t('security.windowMinutes')}>{number(1, 1440)}</Form.Item></Col>
                <Col span={8}><Form.Item name="sourceBlockMinutes" label={t('security.blockMinutes')}>{number(1, 1440)}</Form.Item></Col>
              </Row>
            </Card>
            <Card size="small" title={t('security.sessionRules')}>
              <Row gutter={12}>
                <Col span={12}><Form.Item name="idleMinutes" label={t('security.idleMinutes')}>{number(1, 30)}</Form.Item></Col>
                <Col span={12}><Form.Item name="absoluteHours" label={t('security.absoluteHours')}>{number(1, 24)}</Form.Item></Col>
                <Col span={12}><Form.Item name="maxConcurrentSessions" label={t('security.maxSessions')}>{number(1, 20)}</Form.Item></Col>
                <Col span={12}><Form.Item name="reauthenticationMinutes" label={t('security.reauthMinutes')}>{number(1, 60)}</Form.Item></Col>
              </Row>
            </Card>
            <Card size="small" title={t('security.mfa')}>
              <Form.Item name="mfaEnabled" label={t('security.mfaEnabled')} extra={t('security.mfaHint')} valuePropName="checked">
                <Switch data-testid="policy-mfa" />
              </Form.Item>
              <Form.Item name="mfaAlsoRequiredFor" label={t('security.mfaAlso')}>
                <Select mode="multiple" options={businessRoleIds.map((r) => ({ value: r, label: roleName(r, locale) }))} />
              </Form.Item>
            </Card>
            <Card size="small" title={t('security.accountsAccess')}>
              <Form.Item name="dormantDays" label={t('security.dormantDays')} extra={t('security.dormantHint')}>
                <InputNumber min={0} max={365} precision={0} className="full-width" data-testid="policy-dormant" />
              </Form.Item>
              <Form.Item name="administratorNetworks" label={t('security.adminNetworks')} extra={t('security.adminNetworksHint')}>
                <Input.TextArea rows={3} placeholder="10.32.0.0/16" data-testid="policy-admin-networks" />
              </Form.Item>
            </Card>
          </div>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" className="form-submit" data-testid="policy-save">
        {t('security.savePolicy')}
      </Button>
    </Form>
  );
}
