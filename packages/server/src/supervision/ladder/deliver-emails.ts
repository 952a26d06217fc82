import type { SupervisionContext } from '../supervision-context.js';
import { ladderRepository } from '../ladder.repository.js';
import type { Mailer } from './mailer.js';
import { reminderEmail } from './reminder-message.js';

/** An e-mail that failed is tried again on later runs, this many times in all. */
const MAX_EMAIL_ATTEMPTS = 3;

/** Send the e-mails waiting in the outbox, each claimed first so two runs never send one twice. */
export async function deliverEmails(ctx: SupervisionContext, countyId: string, mailer: Mailer | null): Promise<{ sent: number; failed: number }> {
  const counts = { sent: 0, failed: 0 };
  if (!mailer) return counts;
  const db = ctx.handle.db;
  for (const n of await ladderRepository.pendingEmails(db, countyId, MAX_EMAIL_ATTEMPTS)) {
    if (!n.emailTo || !(await ladderRepository.claimEmail(db, countyId, n.id, n.emailStatus))) continue;
    try {
      await mailer.send({ to: n.emailTo, ...reminderEmail(n, ctx.config.PUBLIC_URL) });
      await ladderRepository.emailDone(db, countyId, n.id, { status: 'sent', at: ctx.clock.now().toISOString() });
      counts.sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await ladderRepository.emailDone(db, countyId, n.id, { status: 'failed', at: ctx.clock.now().toISOString(), error: message.slice(0, 500) });
      counts.failed++;
    }
  }
  return counts;
}
