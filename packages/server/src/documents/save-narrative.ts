import { isNarrativeSection, typedFigures, type NarrativeVersion } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { planOf } from '../supervision/supervision-context.js';
import type { DocumentsContext } from './documents-context.js';
import { narrativeRepository } from './narrative.repository.js';

export interface SaveNarrativeProps extends CommandProps<DocumentsContext> {
  section: string;
  text: string;
}

/**
 * 保存自评报告文字: a new version of a narrative section (the old ones stay). A figure typed beside
 * a target's unit (“有效发明专利1234件”) is refused: the report's numbers come from the data at its
 * date, in the tables, and a typed one would go stale the day the registers change.
 */
export async function saveNarrative({ ctx, countyId, user, section, text }: SaveNarrativeProps): Promise<NarrativeVersion> {
  if (!isNarrativeSection(section)) throw new AppError(404, 'unknown_section', `No such section: ${section}`, undefined, { section });
  const at = ctx.clock.now().toISOString();
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    const units = plan.targetGroups.flatMap((g) => g.indicators.map((i) => i.unit));
    const typed = typedFigures(text, units);
    if (typed.length)
      throw new AppError(422, 'typed_figures', `The text may not carry figures (${typed.join(', ')}): the report's tables give them from the data`, typed.map((figure) => ({ path: 'text', message: figure })), { figures: typed });
    const version: NarrativeVersion = { section, version: (await narrativeRepository.lastVersion(tx, countyId, section)) + 1, text, savedAt: at, savedBy: user.audit.name };
    await narrativeRepository.insert(tx, countyId, version);
    await recordAudit(tx, ctx.audit, {
      countyId,
      actor: user.audit,
      action: 'documents.narrative-saved',
      entity: 'narrative',
      entityId: section,
      details: { version: version.version, length: text.length },
      at,
    });
    return version;
  });
}
