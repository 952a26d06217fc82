import { lastEndedPeriod, roleIds, shanghaiDate } from '@ipcounty/domain';
import type { FastifyBaseLogger } from 'fastify';
import { systemActor } from '../../audit/audit-actor.js';
import { countyRepository } from '../../counties/county.repository.js';
import { operatorUser } from '../../common/command-context.js';
import { documentArchiveRepository } from '../document-archive.repository.js';
import type { DocumentsContext } from '../documents-context.js';
import { generateStatisticalReports } from './generate-statistical-reports.js';

const HOUR = 60 * 60 * 1000;

/**
 * 定期推送: inside the server, once an hour (and a minute after start), each county's last ended
 * month, quarter and year (as REPORT_SCHEDULE lists) get their statistical reports if they have none
 * yet — so a server that was down on the 1st catches up when it comes back, and a report is never
 * made twice. The work is recorded as done by `system`.
 */
export function startReportSchedule(ctx: DocumentsContext, log: FastifyBaseLogger): { stop: () => void } {
  const kinds = ctx.config.REPORT_SCHEDULE;
  if (!kinds.length) return { stop: () => undefined };
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const today = shanghaiDate(ctx.clock.now().toISOString());
      for (const countyId of await countyRepository.ids(ctx.handle.db)) {
        const due = kinds.map((k) => lastEndedPeriod(k, today));
        const done = await documentArchiveRepository.periodsDone(ctx.handle.db, countyId, due);
        for (const period of due.filter((p) => !done.has(p))) {
          const result = await generateStatisticalReports({ ctx, countyId, user: operatorUser(systemActor, [...roleIds]), period });
          log.info({ countyId, period, documents: result.documents.length, delivered: result.delivered }, 'statistical reports generated on schedule');
        }
      }
    } catch (error) {
      log.error({ err: error }, 'scheduled statistical reports failed; retried next hour');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), 60_000);
  const every = setInterval(() => void tick(), HOUR);
  first.unref();
  every.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
