import { Route, Routes } from 'react-router-dom';
import { InvitationSheetPage } from './invitation-sheet.page.js';
import { SurveyDetailPage } from './survey-detail.page.js';
import { SurveysListPage } from './surveys-list.page.js';
import './survey.css';

/** 满意度调查 for the office: the list, one survey's tabs, and the printable invitation sheet. */
export function SurveyPage() {
  return (
    <Routes>
      <Route index element={<SurveysListPage />} />
      <Route path=":id/invitations" element={<InvitationSheetPage />} />
      <Route path=":id/*" element={<SurveyDetailPage />} />
    </Routes>
  );
}
