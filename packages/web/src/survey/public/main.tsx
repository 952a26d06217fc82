import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AnswerPage } from './answer-page.js';
import './public.css';

/**
 * The public answer page's own entry (survey.html): React and this folder only, no antd and none of
 * the office app, so it loads fast on a slow phone connection. The link is /s/<code or token>.
 */
const token = decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop() ?? '');
createRoot(document.getElementById('survey-root')!).render(
  <StrictMode>
    <AnswerPage token={token} />
  </StrictMode>,
);
