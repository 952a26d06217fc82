import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { useCallback } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { surveyApi } from '../api/survey.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';

/**
 * 邀请码打印页: one card per code with its QR code, the code in letters for typing and the link,
 * laid out to print on A4 (the app's frame is hidden when printing).
 */
export function InvitationSheetPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const channel = params.get('channel') ?? undefined;
  const { t } = useI18n();
  const navigate = useNavigate();
  const load = useCallback((signal: AbortSignal) => Promise.all([surveyApi.get(id, signal), surveyApi.invitations(id, channel, signal)]), [id, channel]);
  const resource = useResource(load);
  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const [survey, cards] = resource.data;
  return (
    <div className="survey-sheet" data-testid="invitation-sheet">
      <Space className="survey-sheet-tools" wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/survey/${id}/channels`)}>
          {t('survey.back')}
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('survey.sheet.print')}
        </Button>
      </Space>
      <Typography.Title level={1} className="survey-sheet-title">
        {t('survey.sheet.title', { title: survey.title })}
      </Typography.Title>
      <div className="survey-cards">
        {cards.map((card) => (
          <figure key={card.code} className={`survey-card${card.used ? ' is-used' : ''}`} data-testid="invitation-card">
            {/* The SVG comes from the server's QR encoder (qrcode), not from user text. */}
            <div className="survey-qr" role="img" aria-label={card.url} dangerouslySetInnerHTML={{ __html: card.qrSvg }} />
            <figcaption>
              <div className="survey-card-title">{survey.title}</div>
              <div>{card.channel}</div>
              <div>
                {t('survey.sheet.code')} <strong className="survey-code">{card.code}</strong>
                {card.used && <span className="survey-used"> · {t('survey.sheet.used')}</span>}
              </div>
              <div className="survey-card-hint">{t('survey.sheet.scan')}</div>
              <div className="survey-card-url">{card.url}</div>
            </figcaption>
          </figure>
        ))}
      </div>
    </div>
  );
}
