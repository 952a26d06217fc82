import { parsePlanDocument, type PlanDocumentDraft } from '@ipcounty/domain';
import type { CommandProps } from '../common/command-context.js';
import { extractDocumentBlocks } from './extract-document-text.js';
import { planRepository } from './plan.repository.js';

export interface DraftPlanFromDocumentProps extends CommandProps {
  file: { fileName: string; bytes: Buffer };
}

/**
 * Read an uploaded plan document into a draft, against the county's plan in force (its units,
 * groups and the codes of what the document still holds). Nothing is stored: the office corrects
 * the draft and confirms it (revisePlan).
 */
export async function draftPlanFromDocument({ ctx, countyId, file }: DraftPlanFromDocumentProps): Promise<PlanDocumentDraft> {
  const source = await extractDocumentBlocks(file);
  const stored = await planRepository.current(ctx.handle.db, countyId);
  const name = (await planRepository.counties(ctx.handle.db)).find((county) => county.countyId === countyId)?.name ?? countyId;
  const draft = parsePlanDocument(
    source,
    stored
      ? { county: stored.plan.county, regions: stored.plan.regions, units: stored.plan.units, unitGroups: stored.plan.unitGroups, planInForce: stored.plan }
      : { county: { code: countyId, name }, regions: [], units: [], unitGroups: [] },
  );
  return { fileName: file.fileName, draft, inForce: stored ? { revision: stored.revision, plan: stored.plan } : null };
}
