import { UploadOutlined } from '@ant-design/icons';
import type { RoleId } from '@ipcounty/domain';
import { Alert, Button, Card, Descriptions, Spin, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { addCounty, fetchCounties, type AddedCounty } from '../api/province.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { roleName } from '../session/role-names.js';
import './province.css';

/**
 * 县（市）管理: the installation administrator sees every county of the installation and adds one
 * from its plan file; each county then has its own plan, units, accounts, registers and
 * supervision, and its own three administrators, whose one-time passwords show here once.
 */
export function CountiesPage() {
  const { t, locale } = useI18n();
  const resource = useResource(fetchCounties);
  const [added, setAdded] = useState<AddedCounty | null>(null);
  const [busy, setBusy] = useState(false);

  if (resource.state === 'loading') return <Spin className="page-status" size="large" />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const choices = resource.data;

  const upload = async (file: File) => {
    setBusy(true);
    try {
      setAdded(await addCounty({ name: file.name, text: await file.text() }));
      resource.reload();
    } catch {
      // The client has shown the server's reason.
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack" data-testid="counties-page">
      <div className="page-title">
        <Typography.Title level={1}>{t('nav.counties')}</Typography.Title>
      </div>
      <Typography.Paragraph className="muted">{t('counties.intro')}</Typography.Paragraph>
      {!choices.installation ? (
        <Alert type="info" showIcon message={t('counties.onlyInstallation')} />
      ) : (
        <>
          {added && (
            <Alert
              type="success"
              showIcon
              closable
              onClose={() => setAdded(null)}
              message={t('counties.added', { name: locale === 'en' ? added.nameEn : added.name, code: added.countyId })}
              description={
                <Descriptions size="small" column={1} bordered data-testid="added-administrators">
                  {added.administrators.map((a) => (
                    <Descriptions.Item key={a.login} label={roleName(a.role as RoleId, locale)}>
                      {t('counties.credentials', { login: a.login, password: a.temporaryPassword })}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              }
            />
          )}
          <Card
            size="small"
            title={t('counties.list', { count: choices.installationCounties.length })}
            extra={
              <Upload accept=".yaml,.yml,.json" showUploadList={false} beforeUpload={(file) => (void upload(file), false)}>
                <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="add-county">
                  {t('counties.add')}
                </Button>
              </Upload>
            }
          >
            <Table
              size="small"
              rowKey="countyId"
              pagination={false}
              dataSource={choices.installationCounties}
              columns={[
                { title: t('counties.code'), dataIndex: 'countyId', key: 'countyId', width: 160 },
                { title: t('province.county'), dataIndex: locale === 'en' ? 'nameEn' : 'name', key: 'name' },
              ]}
              data-testid="installation-counties"
            />
            <Typography.Paragraph className="muted counties-hint">{t('counties.hint')}</Typography.Paragraph>
          </Card>
        </>
      )}
    </div>
  );
}
