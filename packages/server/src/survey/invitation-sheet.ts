import type { InvitationCard } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { surveyRepository, type StoredSurvey } from './survey.repository.js';

/**
 * 邀请码打印页: each code with its link and QR code (SVG, error correction M, so a creased or
 * slightly dirty print still scans). `origin` is the address respondents reach the server at.
 */
export async function invitationCards(db: Executor, survey: StoredSurvey, origin: string, channelId?: string): Promise<InvitationCard[]> {
  const rows = await surveyRepository.invitations(db, survey.county_id, survey.survey_id, channelId);
  // qrcode loads with the first printed sheet, not at start.
  const { default: QRCode } = await import('qrcode');
  return Promise.all(
    rows.map(async (row) => {
      const url = `${origin}/s/${row.code}`;
      return { code: row.code, channel: row.channel, url, used: row.response_id !== null, qrSvg: await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }) };
    }),
  );
}
