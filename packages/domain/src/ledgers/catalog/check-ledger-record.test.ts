import { describe, expect, it } from 'vitest';
import { meetingKeyOf } from '../meetings/meeting.fields.js';
import { budgetLineKey, checkLedgerRecord, type LedgerReferences } from './check-ledger-record.js';

const refs: LedgerReferences = {
  taskNumbers: new Set([1, 5, 8, 21]),
  workItemIds: new Set(['2025-t5-1']),
  unitCodeOf: (text) => ({ 县财政局: 'finance', finance: 'finance', 财政局: 'finance' })[text] ?? null,
  budgetLines: new Set([budgetLineKey(2025, 'county-finance', 'patent-funding')]),
  allocationCodes: new Set(['2025-ZL-001']),
  meetings: new Set([meetingKeyOf('2025-03-12', '领导小组第一次会议')]),
};

const errors = (result: ReturnType<typeof checkLedgerRecord>) => result.issues.filter((i) => i.severity === 'error').map((i) => `${i.field}: ${i.reason.zh}`);

describe('checkLedgerRecord', () => {
  it('stores task references as the plan’s task numbers and refuses a task the plan lacks', () => {
    const ok = checkLedgerRecord('publicity', { heldOn: '2025-04-26', title: 't', publicityKind: 'ip-week', organiser: 'o', tasks: ['任务二十一', '21', '5'] }, refs);
    expect(ok.document.tasks).toEqual(['21', '5']);
    expect(ok.issues).toEqual([]);
    expect(errors(checkLedgerRecord('publicity', { publicityKind: 'ip-week', tasks: ['22'] }, refs))).toEqual(['tasks: 方案中没有任务“22”']);
  });

  it('refuses an allocation without its budget line and a work item that does not exist', () => {
    const result = checkLedgerRecord('fund-allocations', { year: 2025, source: 'provincial-subsidy', purpose: 'patent-funding', recipientType: 'project', workItems: ['2025-t9-9'] }, refs);
    expect(errors(result)).toEqual(['workItems: 年度工作计划中没有事项“2025-t9-9”', 'purpose: 2025年度没有该来源、用途的预算，请先登记预算']);
  });

  it('warns when an enterprise allocation has no credit code to link the enterprise register by', () => {
    const result = checkLedgerRecord('fund-allocations', { year: 2025, source: 'county-finance', purpose: 'patent-funding', recipientType: 'enterprise' }, refs);
    expect(result.issues.map((i) => [i.field, i.severity])).toEqual([['creditCode', 'warning']]);
  });

  it('refuses a payment against an unknown allocation', () => {
    expect(errors(checkLedgerRecord('fund-disbursements', { allocationCode: '2025-ZL-999' }, refs))).toEqual(['allocationCode: 没有编号为“2025-ZL-999”的资金安排']);
  });

  it('a decision names a registered meeting and a plan unit (stored by code), due no earlier than the meeting', () => {
    const good = checkLedgerRecord('decisions', { meetingOn: '2025-03-12', meetingTitle: '领导小组第一次会议', number: 1, content: 'c', ownerUnit: '县财政局', deadline: '2025-04-30' }, refs);
    expect(good.document.ownerUnit).toBe('finance');
    expect(good.issues).toEqual([]);
    const bad = checkLedgerRecord('decisions', { meetingOn: '2025-03-13', meetingTitle: '领导小组第一次会议', ownerUnit: '县宣传部', deadline: '2025-03-01' }, refs);
    expect(bad.issues.map((i) => i.field)).toEqual(['meetingTitle', 'ownerUnit', 'deadline']);
  });

  it('media coverage needs its outlet and a web link', () => {
    expect(checkLedgerRecord('publicity', { publicityKind: 'media', link: 'www.example.com' }, refs).issues.map((i) => i.field)).toEqual(['outlet', 'link']);
  });

  it('warns when a standard’s number names another level than the one entered', () => {
    expect(checkLedgerRecord('standards', { number: 'T/JSJX 012-2025', level: 'national' }, refs).issues.map((i) => [i.field, i.severity])).toEqual([['level', 'warning']]);
    expect(checkLedgerRecord('standards', { number: 'T/JSJX 012-2025', level: 'group' }, refs).issues).toEqual([]);
  });

  it('a platform cannot end before it was set up', () => {
    expect(errors(checkLedgerRecord('platforms', { establishedOn: '2025-01-01', endsOn: '2024-12-31', status: 'ended' }, refs))).toEqual(['endsOn: 到期（撤销）日期早于设立日期']);
  });
});
