import { Layout, Menu, Segmented, Space, Tooltip, Typography, type MenuProps } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useI18n, type Locale } from '../i18n/locale-context.js';
import { usePlanIfLoaded } from '../plan/plan-context.js';
import { areaOf, areas } from './navigation.js';

const languageOptions: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'EN' },
];

export function AppLayout() {
  const { t, locale, setLocale } = useI18n();
  const loaded = usePlanIfLoaded();
  const location = useLocation();
  const navigate = useNavigate();
  const current = areaOf(location.pathname);

  const items: MenuProps['items'] = areas.map((area) => {
    const label = t(area.label);
    if (area.path === null)
      return {
        key: area.label,
        icon: area.icon,
        disabled: true,
        label: (
          <Tooltip title={t('app.comingSoon')} placement="right">
            <span className="menu-disabled-label" data-testid="nav-disabled">
              {label}
            </span>
          </Tooltip>
        ),
      };
    return { key: area.path, icon: area.icon, label };
  });

  return (
    <Layout className="app">
      <Layout.Header className="app-header">
        <div className="app-brand">
          <span className="app-emblem" aria-hidden />
          <div>
            <div className="app-title">{t('app.name')}</div>
            <div className="app-subtitle">
              {t('app.shortName')}
              {loaded && ` · ${(locale === 'en' && loaded.plan.county.nameEn) || loaded.plan.county.name}`}
            </div>
          </div>
        </div>
        <Space size="middle" className="app-header-tools">
          {loaded && (
            <Tooltip
              title={t('app.serverInfo', { version: loaded.health.version, database: loaded.health.database })}
            >
              <Typography.Text className="app-today">{t('app.today', { date: loaded.health.today })}</Typography.Text>
            </Tooltip>
          )}
          <Segmented<Locale>
            size="small"
            aria-label={t('app.language')}
            options={languageOptions}
            value={locale}
            onChange={setLocale}
            data-testid="language-switch"
          />
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={locale === 'en' ? 236 : 200} theme="light" className="app-sider" breakpoint="lg" collapsedWidth={56}>
          <Menu
            mode="inline"
            items={items}
            selectedKeys={current?.path ? [current.path] : []}
            onClick={({ key }) => navigate(key)}
            data-testid="main-menu"
          />
        </Layout.Sider>
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
