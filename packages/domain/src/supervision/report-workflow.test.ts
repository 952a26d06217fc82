import { describe, expect, it } from 'vitest';
import { newReport, transition } from './report-workflow.js';
import { reportContentSchema, reportStates, type Report, type ReportAction, type ReportActor, type ReportContent } from './report.schema.js';

const form = { id: '2025-Q1/w1/amr', roundId: '2025-Q1', workItemId: 'w1', unitCode: 'amr', role: 'lead' as const };
const clerk: ReportActor = { userId: 'wang', unitCode: 'amr', role: 'unit' };
const otherUnit: ReportActor = { userId: 'li', unitCode: 'finance', role: 'unit' };
const office: ReportActor = { userId: 'zhao', unitCode: 'ip-office', role: 'office' };
const content = (progress: string, extra: Partial<ReportContent> = {}): ReportContent =>
  reportContentSchema.parse({ progress, ...extra });

function apply(report: Report, action: ReportAction, actor: ReportActor, at: string): Report {
  const result = transition(report, action, actor, at);
  if (!result.ok) throw new Error(result.reason);
  return result.report;
}

/** A report brought to a state along the ordinary path. */
function reportIn(state: Report['state']): Report {
  let r = apply(newReport(form), { type: 'edit', content: content('已召开联席会议') }, clerk, '2025-04-01T09:00:00+08:00');
  if (state === 'draft') return r;
  r = apply(r, { type: 'submit' }, clerk, '2025-04-02T09:00:00+08:00');
  if (state === 'submitted') return r;
  if (state === 'returned') return apply(r, { type: 'return', reason: '缺少佐证材料' }, office, '2025-04-03T09:00:00+08:00');
  return apply(r, { type: 'approve' }, office, '2025-04-03T09:00:00+08:00');
}

const actions: ReportAction[] = [
  { type: 'edit', content: content('补充了会议纪要') },
  { type: 'submit' },
  { type: 'withdraw' },
  { type: 'approve' },
  { type: 'return', reason: '数据有误' },
  { type: 'reopen', reason: '发现统计口径错误' },
];
const actorFor = (action: ReportAction) => (['edit', 'submit', 'withdraw'].includes(action.type) ? clerk : office);

describe('report state machine', () => {
  it('allows exactly the documented transitions and refuses every other with a reason', () => {
    const allowed: Record<string, string> = {
      'draft edit': 'draft',
      'draft submit': 'submitted',
      'submitted withdraw': 'draft',
      'submitted approve': 'approved',
      'submitted return': 'returned',
      'returned edit': 'returned',
      'returned submit': 'submitted',
      'approved reopen': 'draft',
    };
    const outcomes: Record<string, string> = {};
    for (const state of reportStates)
      for (const action of actions) {
        const result = transition(reportIn(state), action, actorFor(action), '2025-04-05T10:00:00+08:00');
        outcomes[`${state} ${action.type}`] = result.ok ? result.report.state : `refused: ${result.reason}`;
      }
    for (const [key, outcome] of Object.entries(outcomes)) {
      if (key in allowed) expect(outcome, key).toBe(allowed[key]);
      else expect(outcome, key).toMatch(/^refused: .{10,}/);
    }
    expect(outcomes['draft approve']).toBe('refused: only a submitted report can be approved; this one is a draft');
    expect(outcomes['approved edit']).toBe('refused: an approved report is final; the office can reopen it');
    expect(outcomes['submitted edit']).toBe(
      'refused: a submitted report cannot be edited; withdraw it first, or wait for the office to return it',
    );
    expect(outcomes['returned withdraw']).toBe('refused: the office has already returned the report; edit it and submit again');
  });

  it('goes draft → submitted → returned → (edit) → submitted → approved, recording every step', () => {
    let r = reportIn('returned');
    r = apply(r, { type: 'edit', content: content('已召开联席会议', { evidence: [{ name: '会议纪要.pdf', fileId: 'f1' }] }) }, clerk, '2025-04-04T09:00:00+08:00');
    expect(r.state).toBe('returned');
    r = apply(r, { type: 'submit' }, clerk, '2025-04-04T10:00:00+08:00');
    r = apply(r, { type: 'approve', comment: '材料齐全' }, office, '2025-04-05T10:00:00+08:00');
    expect(r.state).toBe('approved');
    expect(r.events.map((e) => [e.action, e.from, e.to, e.version, e.note])).toEqual([
      ['edit', 'draft', 'draft', 1, undefined],
      ['submit', 'draft', 'submitted', 1, undefined],
      ['return', 'submitted', 'returned', 1, '缺少佐证材料'],
      ['edit', 'returned', 'returned', 2, undefined],
      ['submit', 'returned', 'submitted', 2, undefined],
      ['approve', 'submitted', 'approved', 2, '材料齐全'],
    ]);
    expect(r.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(r.submissions.map((s) => [s.at, s.version])).toEqual([
      ['2025-04-02T09:00:00+08:00', 1],
      ['2025-04-04T10:00:00+08:00', 2],
    ]);
  });

  it('lets the office reopen an approved report into a draft, with a reason', () => {
    const refused = transition(reportIn('approved'), { type: 'reopen', reason: ' ' }, office, '2025-05-01T09:00:00+08:00');
    expect(refused).toEqual({ ok: false, reason: 'say why the report is reopened' });
    const reopened = apply(reportIn('approved'), { type: 'reopen', reason: '统计口径有误' }, office, '2025-05-01T09:00:00+08:00');
    expect(reopened.state).toBe('draft');
    expect(reopened.submissions).toHaveLength(1);
  });

  it('removes a withdrawn submission so it does not count', () => {
    const withdrawn = apply(reportIn('submitted'), { type: 'withdraw' }, clerk, '2025-04-02T11:00:00+08:00');
    expect(withdrawn.state).toBe('draft');
    expect(withdrawn.submissions).toEqual([]);
    expect(withdrawn.events.at(-1)).toMatchObject({ action: 'withdraw', from: 'submitted', to: 'draft' });
  });

  it('refuses a return without a reason', () => {
    expect(transition(reportIn('submitted'), { type: 'return', reason: '' }, office, '2025-04-03T09:00:00+08:00')).toEqual({
      ok: false,
      reason: 'say why the report is returned',
    });
  });

  it("refuses another unit's edit and a unit's approval", () => {
    expect(transition(reportIn('draft'), actions[0]!, otherUnit, '2025-04-03T09:00:00+08:00')).toEqual({
      ok: false,
      reason: 'only amr can edit its own report (you act for finance)',
    });
    expect(transition(reportIn('submitted'), { type: 'approve' }, clerk, '2025-04-03T09:00:00+08:00')).toEqual({
      ok: false,
      reason: 'only the office can approve a report',
    });
  });

  it('lets an office user report for the office unit, but not approve their own submission', () => {
    const officeForm = { ...form, id: '2025-Q1/w2/ip-office', workItemId: 'w2', unitCode: 'ip-office' };
    let r = apply(newReport(officeForm), { type: 'edit', content: content('已完成') }, office, '2025-04-01T09:00:00+08:00');
    r = apply(r, { type: 'submit' }, office, '2025-04-01T10:00:00+08:00');
    expect(transition(r, { type: 'approve' }, office, '2025-04-01T11:00:00+08:00')).toEqual({
      ok: false,
      reason: 'the person who submitted a report cannot approve it',
    });
    const colleague: ReportActor = { userId: 'qian', unitCode: 'ip-office', role: 'office' };
    expect(transition(r, { type: 'approve' }, colleague, '2025-04-01T11:00:00+08:00').ok).toBe(true);
  });

  it('refuses to submit an empty report', () => {
    expect(transition(newReport(form), { type: 'submit' }, clerk, '2025-04-01T09:00:00+08:00')).toEqual({
      ok: false,
      reason: 'the report is empty: write the progress (进展情况) before submitting',
    });
    const blank = apply(newReport(form), { type: 'edit', content: content('   ', { problems: '无' }) }, clerk, '2025-04-01T09:00:00+08:00');
    expect(transition(blank, { type: 'submit' }, clerk, '2025-04-01T09:05:00+08:00').ok).toBe(false);
  });

  it('refuses content that does not fit the form', () => {
    const bad = { ...content('进展'), percentComplete: 120 };
    const result = transition(reportIn('draft'), { type: 'edit', content: bad }, clerk, '2025-04-01T10:00:00+08:00');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^the content is not valid: percentComplete /);
  });

  it('keeps no new version when an edit changes nothing', () => {
    const r = reportIn('draft');
    const same = transition(r, { type: 'edit', content: content('已召开联席会议') }, clerk, '2025-04-01T10:00:00+08:00');
    expect(same).toEqual({ ok: true, report: r });
  });

  it('does not change the report it was given', () => {
    const r = reportIn('submitted');
    const before = structuredClone(r);
    apply(r, { type: 'approve' }, office, '2025-04-03T09:00:00+08:00');
    expect(r).toEqual(before);
  });

  it('refuses an instant without an offset', () => {
    expect(() => transition(reportIn('draft'), { type: 'submit' }, clerk, '2025-04-02 09:00')).toThrow(/offset/);
  });
});
