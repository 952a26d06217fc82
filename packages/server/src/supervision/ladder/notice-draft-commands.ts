import { can, noticeDraftTransition, shanghaiDate, type NoticeDraft, type NoticeDraftAction } from '@ipcounty/domain';
import { z } from 'zod';
import { inWriteTransaction, type Executor } from '../../database/transactions.js';
import { AppError, notFound } from '../../common/app-error.js';
import type { ActingUser } from '../../common/command-context.js';
import { regionOfUnit } from '../data-scope.js';
import { noticeDraftRepository, publicDraft, type StoredNoticeDraft } from '../notice-draft.repository.js';
import { auditChange, nowIso, planOf, type SupervisionContext } from '../supervision-context.js';
import { deliverEmails } from './deliver-emails.js';
import { sendRung } from './issue-notice.js';
import { mailerFromConfig } from './mailer.js';
import { unitAddresses } from './unit-addresses.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

/** What the office may change on a draft before sending it for signature: its text, recipient and feedback date. */
export const draftEditSchema = z.object({
  /** 督办事由 */
  reason: z.string().trim().min(1).max(2000),
  units: z.array(z.string().min(1).max(80)).min(1).max(40),
  /** 反馈时限 */
  respondBy: isoDate,
});

export type DraftEdit = z.infer<typeof draftEditSchema>;

export type DraftStep =
  | { type: 'edit'; input: DraftEdit }
  | { type: 'submit'; input?: DraftEdit }
  | { type: 'return'; reason: string }
  | { type: 'withdraw'; reason: string };

interface DraftCommandProps {
  ctx: SupervisionContext;
  countyId: string;
  user: ActingUser;
  draftId: string;
}

function refuseUnlessOffice(user: ActingUser): void {
  if (!can(user.principal, 'reports.review')) throw new AppError(403, 'forbidden', 'Only the program office reviews and signs notices', undefined, { variant: 'office-signs' });
}

async function loadDraft(db: Executor, countyId: string, draftId: string): Promise<StoredNoticeDraft> {
  const draft = await noticeDraftRepository.get(db, countyId, draftId);
  if (!draft) throw notFound(`督办单草稿 / Notice draft`, draftId);
  return draft;
}

function transition(draft: StoredNoticeDraft, action: NoticeDraftAction) {
  const next = noticeDraftTransition(draft.state, action);
  if (!next.ok) throw new AppError(409, 'illegal_transition', next.reasonEn, undefined, { variant: 'answer', reason: { zh: next.reason, en: next.reasonEn } });
  return next.state;
}

/** The recipients must be units of the plan; a 督办单 goes to one unit, and never to the office itself. */
async function checkEdit(db: Executor, countyId: string, draft: StoredNoticeDraft, input: DraftEdit, today: string) {
  const plan = await planOf(db, countyId);
  const units = [...new Set(input.units)];
  for (const code of units) {
    const unit = plan.units.find((u) => u.code === code);
    if (!unit || unit.kind === 'program-office') throw new AppError(422, 'invalid_recipient', `The plan has no responsible unit "${code}"`, undefined, { unit: code });
  }
  if (draft.level === 'supervise' && units.length !== 1) throw new AppError(422, 'one_recipient', 'A notice goes to one unit');
  if (input.respondBy < today) throw new AppError(422, 'respond_by_past', 'The feedback date cannot be before today');
  return { units, regionCode: regionOfUnit(plan, units[0]!) };
}

/**
 * 审核督办单: the office edits a draft (text, recipient, feedback date), sends it for signature
 * (送签), and the signer may send it back with a reason (退回); either may withdraw it (撤销). Each
 * step is audited in its transaction.
 */
export async function reviewNoticeDraft({ ctx, countyId, user, draftId, step }: DraftCommandProps & { step: DraftStep }): Promise<NoticeDraft> {
  refuseUnlessOffice(user);
  const at = nowIso(ctx);
  const today = shanghaiDate(at);
  return inWriteTransaction(ctx.handle, async (tx) => {
    const draft = await loadDraft(tx, countyId, draftId);
    const change = { updatedAt: at, updatedBy: user.audit.name };
    let state = draft.state;
    const edit = step.type === 'edit' || step.type === 'submit' ? step.input : undefined;
    if (edit) {
      state = transition(draft, { type: 'edit' });
      Object.assign(change, { reason: edit.reason, respondBy: edit.respondBy, ...(await checkEdit(tx, countyId, draft, edit, today)) });
    }
    if (step.type === 'submit') {
      state = transition(draft, { type: 'submit' });
      Object.assign(change, { submittedAt: at, submittedBy: user.audit.name, submittedById: user.principal.id, note: null });
    }
    if (step.type === 'return' || step.type === 'withdraw') {
      state = transition(draft, { type: step.type, reason: step.reason });
      Object.assign(change, { note: step.reason.trim(), decidedAt: at, decidedBy: user.audit.name, ...(step.type === 'return' ? { submittedById: null } : {}) });
    }
    await noticeDraftRepository.update(tx, countyId, draftId, { ...change, state });
    const after = await loadDraft(tx, countyId, draftId);
    await auditChange(tx, ctx, countyId, user.audit, {
      action: 'notices.reviewed',
      entity: 'notice-draft',
      entityId: draftId,
      before: { state: draft.state, units: draft.units, reason: draft.reason, respondBy: draft.respondBy },
      after: { state: after.state, units: after.units, reason: after.reason, respondBy: after.respondBy },
      details: { step: step.type, subject: draft.subjectId, level: draft.level, ...(after.note ? { note: after.note } : {}) },
      at,
    });
    return publicDraft(after);
  });
}

/**
 * 签发: the head of the office signs a draft sent for signature. Only now does a 督办单 get its 文号
 * and go out, with its notifications and e-mails; a 催办 held for approval goes out the same way.
 * Whoever sent it for signature cannot sign it.
 */
export async function issueNoticeDraft({ ctx, countyId, user, draftId }: DraftCommandProps): Promise<NoticeDraft> {
  refuseUnlessOffice(user);
  const at = nowIso(ctx);
  const mailer = mailerFromConfig(ctx.config);
  const issued = await inWriteTransaction(ctx.handle, async (tx) => {
    const draft = await loadDraft(tx, countyId, draftId);
    const state = transition(draft, { type: 'approve', by: user.principal.id, submittedBy: draft.submittedById });
    if (draft.level === 'supervise' && draft.respondBy < shanghaiDate(at))
      throw new AppError(409, 'respond_by_past', 'The feedback date has passed; send it back to set a new one', undefined, { variant: 'at-signing' });
    const plan = await planOf(tx, countyId);
    const sent = await sendRung(tx, countyId, {
      plan,
      reminder: draft.reminder,
      reminderId: draft.reminderId,
      units: draft.units,
      reason: draft.reason,
      respondBy: draft.respondBy,
      addresses: await unitAddresses(tx, countyId, plan),
      mailer: mailer !== null,
      now: at,
    });
    await noticeDraftRepository.update(tx, countyId, draftId, { state, decidedAt: at, decidedBy: user.audit.name, noticeId: sent.notice?.id ?? null, updatedAt: at, updatedBy: user.audit.name });
    await auditChange(tx, ctx, countyId, user.audit, {
      action: 'notices.issued',
      entity: 'notice-draft',
      entityId: draftId,
      details: { subject: draft.subjectId, level: draft.level, units: sent.units, submittedBy: draft.submittedBy, ...(sent.notice ? { notice: sent.notice.documentNumber, noticeId: sent.notice.id } : {}) },
      at,
    });
    return publicDraft(await loadDraft(tx, countyId, draftId));
  });
  await deliverEmails(ctx, countyId, mailer);
  mailer?.close();
  return issued;
}
