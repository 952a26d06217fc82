import { ArrowLeftOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin } from 'antd';
import { useCallback } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { supervisionApi } from '../api/supervision.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { NoticeAnswerPanel } from '../evaluation/notice-answer-panel.js';

/** 2026年7月11日 */
const chineseDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/**
 * 督办通知单, printable: the 公文 layout of GB/T 9704 on A4 (red issuing body over a red rule, the
 * 文号, a 小标宋 title, 仿宋 body), in Chinese whatever the interface language, as it is sent.
 * Printing hides everything but the sheet.
 */
export function NoticePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { noticeId = '' } = useParams();
  const resource = useResource(useCallback((signal: AbortSignal) => supervisionApi.notice(noticeId, signal), [noticeId]));
  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const { notice, addressee, issuer, county, planTitle } = resource.data;
  const greeting = `${addressee.unitName}${addressee.leaderName ? ` ${addressee.leaderName}${addressee.leaderTitle}同志` : ''}：`;

  return (
    <div className="notice-screen">
      <Space className="notice-tools">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
          {t('supervision.action.back')}
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-notice">
          {t('supervision.notices.print')}
        </Button>
        <Button icon={<FileWordOutlined />} href={supervisionApi.noticeDocxUrl(notice.id)}>
          {t('supervision.notices.word')}
        </Button>
      </Space>
      <article className="notice-sheet" lang="zh-CN" data-testid="notice-sheet">
        <header className="notice-issuer">{county}国家知识产权强县建设试点工作专班</header>
        <div className="notice-number">{notice.documentNumber}</div>
        <div className="notice-rule" />
        <h1 className="notice-title">督办通知单</h1>
        <p className="notice-greeting">{greeting}</p>
        <p>
          根据《{planTitle}》“强化督查考核力度”的要求和年度工作计划，你单位牵头负责的“{notice.title}”{notice.reason}，现予督办。
        </p>
        <p>请单位主要负责同志亲自督促落实，于{chineseDate(notice.respondBy)}前将办理情况、存在问题和整改措施书面反馈{issuer}。</p>
        <p className="notice-subject-label">督办事项：</p>
        <p>
          {notice.title}（完成时限：{chineseDate(notice.deadline)}）
        </p>
        <footer className="notice-signature">
          <div>{issuer}</div>
          <div>{chineseDate(formatDateTime(notice.issuedAt).slice(0, 10))}</div>
        </footer>
      </article>
      <NoticeAnswerPanel noticeId={notice.id} />
    </div>
  );
}
