import { countyNameIn } from '@ipcounty/domain';
import { DownOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Segmented, Space, Tooltip, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useI18n, type Locale } from '../i18n/locale-context.js';
import { usePlanIfLoaded } from '../plan/plan-context.js';
import { roleName } from '../session/role-names.js';
import { useMe, useSession } from '../session/session-context.js';
import { areaOf, areasFor } from './navigation.js';
import { DemoBanner } from '../registers/demo-banner.js';
import { CountySwitch, useCountyChoices, ViewingCountyBanner } from '../province/county-switch.js';

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
  const me = useMe();
  const { signOut } = useSession();
  const counties = useCountyChoices();
  // Below 992 px (a phone or a small tablet) the side menu becomes a drawer that keeps its labels, and
  // the header keeps to one line: the date moves into the drawer, the user's name behind its icon.
  const phone = Grid.useBreakpoint().lg === false;
  const [drawerOpen, setDrawerOpen] = useState(false);

  // The menu offers only what the user's roles allow; the server refuses the rest anyway.
  const items: MenuProps['items'] = areasFor(me.permissions, me.roles).map((area) => {
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

  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={current?.path ? [current.path] : []}
      onClick={({ key }) => {
        setDrawerOpen(false);
        navigate(key);
      }}
      data-testid="main-menu"
    />
  );
  const today = loaded && <Typography.Text className="app-today">{t('app.today', { date: loaded.health.today })}</Typography.Text>;

  return (
    <Layout className={phone ? 'app app-phone' : 'app'}>
      <Layout.Header className="app-header">
        <div className="app-brand">
          {phone && (
            <Button className="app-menu-button" icon={<MenuOutlined />} onClick={() => setDrawerOpen(true)} data-testid="menu-button">
              {t('app.menu')}
            </Button>
          )}
          <span className="app-emblem" aria-hidden />
          <div className="app-brand-text">
            <div className="app-title">{t('app.name')}</div>
            <div className="app-subtitle">
              {t('app.shortName')}
              {loaded && ` · ${countyNameIn(loaded.plan.county, locale)}`}
            </div>
          </div>
        </div>
        <Space size="middle" className="app-header-tools">
          {counties.state === 'ready' && <CountySwitch choices={counties.data} />}
          {loaded && !phone && <Tooltip title={t('app.serverInfo', { version: loaded.health.version, database: loaded.health.database })}>{today}</Tooltip>}
          <Segmented<Locale>
            size="small"
            aria-label={t('app.language')}
            options={languageOptions}
            value={locale}
            onChange={setLocale}
            data-testid="language-switch"
          />
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'roles', label: me.roles.map((r) => roleName(r, locale)).join('、') || t('users.noRoles'), disabled: true },
                { type: 'divider' },
                { key: 'account', icon: <UserOutlined />, label: <span data-testid="menu-account">{t('nav.account')}</span> },
                { key: 'sign-out', icon: <LogoutOutlined />, label: <span data-testid="sign-out">{t('session.signOut')}</span> },
              ],
              onClick: ({ key }) => (key === 'account' ? navigate('/account') : key === 'sign-out' ? void signOut() : undefined),
            }}
          >
            <span className="app-user" data-testid="current-user" aria-label={me.user.displayName}>
              <UserOutlined />
              {!phone && me.user.displayName}
              <DownOutlined />
            </span>
          </Dropdown>
        </Space>
      </Layout.Header>
      <Layout>
        {phone ? (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            width={260}
            title={me.user.displayName}
            className="app-menu-drawer"
            styles={{ body: { padding: 0 } }}
          >
            {today && <div className="app-drawer-today">{today}</div>}
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider width={locale === 'en' ? 236 : 200} theme="light" className="app-sider">
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content className="app-content">
          {counties.state === 'ready' && <ViewingCountyBanner choices={counties.data} />}
          <DemoBanner />
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
