import type { LocalizedText } from '../../text/localized-text.js';
import type { FieldValue } from '../../registers/catalog/field-value.js';
import { meetingKeyOf } from '../meetings/meeting.fields.js';
import { levelOfStandardNumber } from '../standards/standard-level.js';
import type { LedgerKind } from './ledger-definition.js';
import { parseTaskNumber } from './task-numbers.js';

export type LedgerDocument = Record<string, FieldValue>;

export interface LedgerIssue {
  field?: string;
  value?: string;
  reason: LocalizedText;
  severity: 'error' | 'warning';
}

/** What a record may refer to: the plan, the work plan, and the other sheets of its ledger. */
export interface LedgerReferences {
  taskNumbers: ReadonlySet<number>;
  workItemIds: ReadonlySet<string>;
  /** A plan unit's code for its code, name or alias; null when the plan has none such. */
  unitCodeOf(text: string): string | null;
  /** budgetLineKey of every budget line. */
  budgetLines: ReadonlySet<string>;
  allocationCodes: ReadonlySet<string>;
  /** meetingKeyOf of every meeting. */
  meetings: ReadonlySet<string>;
}

/** The budget line a record belongs to: year, source and purpose. */
export function budgetLineKey(year: FieldValue | undefined, source: FieldValue | undefined, purpose: FieldValue | undefined): string {
  return `${String(year)}|${String(source)}|${String(purpose)}`;
}

const error = (field: string, reason: LocalizedText, value?: string): LedgerIssue => ({ field, ...(value !== undefined ? { value } : {}), reason, severity: 'error' });
const warning = (field: string, reason: LocalizedText, value?: string): LedgerIssue => ({ field, ...(value !== undefined ? { value } : {}), reason, severity: 'warning' });

/**
 * The checks beyond each cell's own type, once a row has been read: task numbers the plan has
 * (stored as digits), work items that exist, the budget line, allocation or meeting a row names,
 * and each ledger's own sense checks. The same checks run on import and on every edit.
 */
export function checkLedgerRecord(kind: LedgerKind, document: LedgerDocument, refs: LedgerReferences): { document: LedgerDocument; issues: LedgerIssue[] } {
  const issues: LedgerIssue[] = [];
  const checked: LedgerDocument = { ...document };

  if (Array.isArray(document.tasks)) {
    const numbers: string[] = [];
    for (const text of document.tasks) {
      const number = parseTaskNumber(text);
      if (number === null || !refs.taskNumbers.has(number)) issues.push(error('tasks', { zh: `方案中没有任务“${text}”`, en: `The plan has no task "${text}"` }, text));
      else if (!numbers.includes(String(number))) numbers.push(String(number));
    }
    checked.tasks = numbers;
  }
  if (Array.isArray(document.workItems)) {
    for (const id of document.workItems) if (!refs.workItemIds.has(id)) issues.push(error('workItems', { zh: `年度工作计划中没有事项“${id}”`, en: `No work item "${id}" in the annual work plans` }, id));
  }

  const budgetLineMissing = () =>
    !refs.budgetLines.has(budgetLineKey(document.year, document.source, document.purpose)) &&
    issues.push(error('purpose', { zh: `${String(document.year)}年度没有该来源、用途的预算，请先登记预算`, en: `No ${String(document.year)} budget line of this source and purpose; enter the budget first` }));

  switch (kind) {
    case 'fund-allocations':
      budgetLineMissing();
      if (document.recipientType !== 'project' && document.creditCode === undefined)
        issues.push(warning('creditCode', { zh: '企业或机构未填写统一社会信用代码，无法关联企业台账', en: 'No credit code: the recipient cannot be linked to the enterprise register' }));
      break;
    case 'fund-targets':
      budgetLineMissing();
      break;
    case 'fund-disbursements':
      if (!refs.allocationCodes.has(String(document.allocationCode)))
        issues.push(error('allocationCode', { zh: `没有编号为“${String(document.allocationCode)}”的资金安排`, en: `No allocation numbered "${String(document.allocationCode)}"` }, String(document.allocationCode)));
      break;
    case 'decisions': {
      if (!refs.meetings.has(meetingKeyOf(String(document.meetingOn), String(document.meetingTitle))))
        issues.push(error('meetingTitle', { zh: '会议表中没有该日期、名称的会议，请先登记会议', en: 'No meeting of this date and title; enter the meeting first' }, String(document.meetingTitle)));
      if (typeof document.ownerUnit === 'string') {
        const code = refs.unitCodeOf(document.ownerUnit);
        if (code) checked.ownerUnit = code;
        else issues.push(error('ownerUnit', { zh: `方案中没有责任单位“${document.ownerUnit}”`, en: `The plan has no unit "${document.ownerUnit}"` }, document.ownerUnit));
      }
      if (typeof document.deadline === 'string' && typeof document.meetingOn === 'string' && document.deadline < document.meetingOn)
        issues.push(error('deadline', { zh: '完成时限早于会议日期', en: 'The deadline is before the meeting' }, document.deadline));
      break;
    }
    case 'publicity': {
      if (document.publicityKind === 'media' && document.outlet === undefined)
        issues.push(error('outlet', { zh: '媒体报道须填写媒体名称', en: 'Media coverage needs its outlet' }));
      if (typeof document.link === 'string' && !/^https?:\/\/\S+$/i.test(document.link))
        issues.push(error('link', { zh: '报道链接应以 http:// 或 https:// 开头', en: 'A link starts with http:// or https://' }, document.link));
      break;
    }
    case 'standards': {
      const declared = typeof document.number === 'string' ? levelOfStandardNumber(document.number) : null;
      if (declared && declared !== document.level)
        issues.push(warning('level', { zh: `标准号“${String(document.number)}”的代号与所填层级不一致`, en: `The prefix of "${String(document.number)}" names another level` }, String(document.level)));
      break;
    }
    case 'platforms': {
      if (typeof document.endsOn === 'string' && typeof document.establishedOn === 'string' && document.endsOn < document.establishedOn)
        issues.push(error('endsOn', { zh: '到期（撤销）日期早于设立日期', en: 'Ends before it was established' }, document.endsOn));
      if (document.status === 'ended' && document.endsOn === undefined)
        issues.push(warning('endsOn', { zh: '已撤销的平台请填写撤销日期', en: 'A closed platform should have its closing date' }));
      break;
    }
    default:
      break;
  }
  return { document: checked, issues };
}
