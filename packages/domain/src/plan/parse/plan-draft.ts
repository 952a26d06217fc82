import type { PlanInput, Region, Unit, UnitGroup } from '../plan.schema.js';
import type { SourceSpan } from './source-document.js';

/** Why the parser is unsure of an item; the review screen names the reason in the user's language. */
export type UnsureReason =
  | { code: 'unknown-unit'; name: string }
  | { code: 'group-expanded-by-kind'; phrase: string }
  | { code: 'group-without-members'; phrase: string }
  | { code: 'no-responsibility' }
  | { code: 'several-quantities' }
  | { code: 'no-target-name' }
  | { code: 'phase-dates-unread' }
  | { code: 'deliverables-proposed' }
  | { code: 'header-missing'; field: 'documentNumber' | 'issuer' | 'issueDate' | 'title' }
  | { code: 'period-unread' };

export type DraftItemKind =
  | 'header'
  | 'principle'
  | 'target-group'
  | 'target'
  | 'task-group'
  | 'task'
  | 'responsibility'
  | 'phase'
  | 'safeguard';

/** One thing the parser put into the draft, where it came from and what it is unsure of. */
export interface DraftItem {
  /** Where the item sits in the draft plan: "targetGroups[0].indicators[2]". */
  path: string;
  kind: DraftItemKind;
  /** A short label for lists: the target's name, "4. 健全知识产权保护机制". */
  label: string;
  span: SourceSpan;
  unsure: UnsureReason[];
}

/** A passage the parser could not place in the plan model, left for a person to place or set aside. */
export interface UnreadPassage {
  text: string;
  span: SourceSpan;
  /** 'outside-model': recognised (the notice's addressees, the preamble) but the plan model has no place for it. */
  reason: 'outside-model' | 'unrecognised';
}

/** A plan read from its document, before a person has checked it. */
export interface PlanDraft {
  /** The plan as far as the document gives it; a person corrects it before it is validated and loaded. */
  plan: PlanInput;
  /** The document's text as laid out for the spans. */
  sourceText: string;
  items: DraftItem[];
  unread: UnreadPassage[];
}

/**
 * What the parser knows about the county before reading: its units, unit groups and regions (from
 * the plan in force, when there is one) so 市场监管局 resolves to the same unit as before, and the
 * plan in force itself, whose codes, English names and curated deliverables carry over to items
 * the document still holds unchanged.
 */
export interface CountyDirectory {
  county: { code: string; name: string; nameEn?: string; adminCode?: string };
  regions: Region[];
  units: Unit[];
  unitGroups: UnitGroup[];
  planInForce?: PlanInput;
}
