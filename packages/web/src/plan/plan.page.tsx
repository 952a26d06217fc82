import { Tabs, Typography } from 'antd';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/locale-context.js';
import { PlanDraftPage } from './plan-draft.page.js';
import { PlanEditorPage } from './plan-editor.page.js';
import { PlanRevisionsPage } from './plan-revisions.page.js';
import './plan-editing.css';

const tabs = ['edit', 'document', 'revisions'] as const;

/** 方案管理: edit the plan in force, read a new version from its document, and its revisions. */
export function PlanPage() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const active = tabs.find((tab) => location.pathname.startsWith(`/plan/${tab}`)) ?? 'edit';
  return (
    <div className="stack">
      <div className="page-title">
        <Typography.Title level={1}>{t('nav.plan')}</Typography.Title>
      </div>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`/plan/${key}`)}
        items={tabs.map((tab) => ({ key: tab, label: <span data-testid={`plan-tab-${tab}`}>{t(`planEdit.page.${tab}`)}</span> }))}
      />
      <Routes>
        <Route index element={<Navigate to="edit" replace />} />
        <Route path="edit" element={<PlanEditorPage />} />
        <Route path="document" element={<PlanDraftPage />} />
        <Route path="revisions" element={<PlanRevisionsPage />} />
      </Routes>
    </div>
  );
}
