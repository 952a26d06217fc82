import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { startSmtpCapture, type SmtpCapture } from './__tests__/smtp-capture-server.js';
import { zipEntryText } from './__tests__/zip-entry.js';
import { as, content, reportUrl, trainingItem } from './__tests__/supervision-fixture.js';

/**
 * The three-colour ladder 提醒 → 催办 → 督办 through 2026, with e-mails caught by a local SMTP
 * server. Item B (县市场监管局, due 2026-03-31) and the training item (黎城街道 with 县人社局, due
 * 06-30, milestone 04-15) are watched; 2026-Q1 closes 04-10 and 2026-Q2 closes 07-10.
 */
describe('supervision ladder', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  const B = '2026-t18-1';
  const T = '2026-t20-1';

  const run = async (asOf: string) => {
    t.clock.set(asOf);
    const response = await as(t, 'office', 'POST', '/api/supervision/run', { asOf });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const sent = (summary: { sent: { subjectId: string; level: string; units: string[]; notice?: string }[] }) =>
    summary.sent.map((s) => `${s.level} ${s.subjectId} → ${s.units.join(',')}${s.notice ? ` ${s.notice}` : ''}`);

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({ now: '2026-03-20T09:00:00+08:00', config: { SMTP_HOST: '127.0.0.1', SMTP_PORT: smtp.port, SMTP_FROM: 'IPCounty <ipcounty@jinhu.example>' } });
    await as(t, 'office', 'POST', '/api/supervision/work-items', {
      year: 2026, taskNumber: 18, title: '建立代理机构非正常申请约谈提醒机制', leadUnit: 'market-supervision', cooperatingUnits: [], deadline: '2026-03-31',
    });
    await as(t, 'office', 'POST', '/api/supervision/work-items', trainingItem);
    await as(t, 'office', 'POST', '/api/supervision/rounds', { year: 2026, roundId: '2026-Q1' });
    const contact = (unit: string, body: Record<string, string>) => as(t, 'office', 'PUT', `/api/supervision/contacts/${unit}`, body);
    await contact('market-supervision', { contactName: '王科员', contactEmail: 'amr@jinhu.example', leaderName: '张伟', leaderTitle: '局长', leaderEmail: 'amr-chief@jinhu.example' });
    await contact('licheng', { contactName: '李干事', contactEmail: 'licheng@jinhu.example', leaderName: '陈明', leaderTitle: '主任', leaderEmail: 'licheng-chief@jinhu.example' });
    // 县人社局 has no contact yet: its notices stay in the app.
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('is not overdue at 23:59 on its deadline day in Shanghai, and is one minute later (16:00 UTC)', async () => {
    const statusAt = async (now: string) => {
      t.clock.set(now);
      const items = (await as(t, 'office', 'GET', '/api/supervision/dashboard?year=2026')).json().items;
      return items.find((i: { id: string }) => i.id === B).status;
    };
    expect(await statusAt('2026-03-31T23:59:00+08:00')).toMatchObject({ state: 'due-soon', light: 'yellow', daysLeft: 0 });
    expect(await statusAt('2026-03-31T16:00:00Z')).toMatchObject({ state: 'overdue', light: 'red', daysOverdue: 1 });
  });

  it('sends a 提醒 six days before the deadline, by e-mail to the unit’s contact and in the app; retries a refused e-mail', async () => {
    smtp.refuseNext(1);
    const first = await run('2026-03-25T09:00:00+08:00');
    expect(sent(first)).toEqual([`reminder work-item:${B} → market-supervision`]);
    expect(first.emails).toEqual({ sent: 0, failed: 1, noAddress: 0, notConfigured: 0 });
    expect(smtp.messages).toHaveLength(0);

    // The same day again: nothing new is due, and the refused e-mail goes out now.
    const again = await run('2026-03-25T15:00:00+08:00');
    expect(again.sent).toEqual([]);
    expect(again.emails).toMatchObject({ sent: 1, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.to).toEqual(['amr@jinhu.example']);
    expect(mail.from).toBe('ipcounty@jinhu.example');
    // Chinese first, then English: a contact's address carries no language.
    expect(mail.subject).toBe('【提醒】工作事项：建立代理机构非正常申请约谈提醒机制 / [Reminder] Work item: 建立代理机构非正常申请约谈提醒机制');
    expect(mail.text).toContain('县市场监管局：');
    expect(mail.text).toContain('距完成时限2026年3月31日 还有 6 天');
    expect(mail.text).toContain('Work item "建立代理机构非正常申请约谈提醒机制": the deadline (2026-03-31) is in 6 days. Please complete it on time and report your progress.');
    expect(mail.text.indexOf('距完成时限')).toBeLessThan(mail.text.indexOf('the deadline (2026-03-31)'));

    // In the app, each language has its own text, for the page to show in the reader's.
    const inApp = (await as(t, 'amr', 'GET', '/api/supervision/notifications')).json().notifications;
    expect(inApp.map((n: { title: string; titleEn: string; emailStatus: string }) => [n.title, n.titleEn, n.emailStatus])).toEqual([
      ['【提醒】工作事项：建立代理机构非正常申请约谈提醒机制', '[Reminder] Work item: 建立代理机构非正常申请约谈提醒机制', 'sent'],
    ]);
    expect(inApp[0].bodyEn).toBe('To 县市场监管局:\nWork item "建立代理机构非正常申请约谈提醒机制": the deadline (2026-03-31) is in 6 days. Please complete it on time and report your progress.');
    expect((await as(t, 'licheng', 'GET', '/api/supervision/notifications')).json().notifications).toEqual([]);
  });

  it('never sends the same reminder twice: the next day brings nothing', async () => {
    expect((await run('2026-03-26T09:00:00+08:00')).sent).toEqual([]);
    expect(smtp.messages).toHaveLength(1);
  });

  it('sends a 催办 from the first minute after the deadline day', async () => {
    const summary = await run('2026-04-01T00:00:00+08:00');
    expect(sent(summary)).toEqual([`urge work-item:${B} → market-supervision`]);
    expect(smtp.messages.at(-1)!.subject).toBe('【催办】工作事项：建立代理机构非正常申请约谈提醒机制 / [Urgent reminder] Work item: 建立代理机构非正常申请约谈提醒机制');
    expect(smtp.messages.at(-1)!.text).toContain('完成时限2026年3月31日 已过 1 天');
    expect(smtp.messages.at(-1)!.text).toContain('the deadline (2026-03-31) passed 1 day ago');
  });

  it('reminds of a near milestone and urges a report missing after the round closed', async () => {
    t.clock.set('2026-04-05T10:00:00+08:00');
    await as(t, 'hr', 'PUT', reportUrl(`2026-Q1/${T}/human-resources`), content('已配合制定培训方案'));
    await as(t, 'hr', 'POST', reportUrl(`2026-Q1/${T}/human-resources`, 'submit'));
    await as(t, 'amr', 'PUT', reportUrl(`2026-Q1/${B}/market-supervision`), content('约谈机制草案已起草，待局党组审议'));
    await as(t, 'amr', 'POST', reportUrl(`2026-Q1/${B}/market-supervision`, 'submit'));
    const summary = await run('2026-04-11T09:00:00+08:00');
    expect(sent(summary)).toEqual([`urge report:2026-Q1/${T}/licheng → licheng`, `reminder work-item:${T} → licheng,human-resources`]);
    // 县人社局 has no e-mail address: its notice is in the app only.
    expect(summary.emails).toEqual({ sent: 2, failed: 0, noAddress: 1, notConfigured: 0 });
    expect(smtp.messages.slice(-2).map((m) => `${m.to.join()} ${m.subject}`).sort()).toEqual([
      'licheng@jinhu.example 【催办】进展报告：2026年第1季度 · 举办知识产权培训班 / [Urgent reminder] Progress report: 2026年第1季度 · 举办知识产权培训班',
      'licheng@jinhu.example 【提醒】工作事项：举办知识产权培训班 / [Reminder] Work item: 举办知识产权培训班',
    ]);
  });

  it('drafts a 督办单 for the unit’s leader when a report is overdue in a second round, even one day late; nothing goes out unsigned', async () => {
    // 黎城街道 sends Q1 ten days late and records the milestone; Q2 opens and 黎城 misses it too.
    t.clock.set('2026-04-20T10:00:00+08:00');
    await as(t, 'licheng', 'PUT', reportUrl(`2026-Q1/${T}/licheng`), content('培训通知已印发'));
    await as(t, 'licheng', 'POST', reportUrl(`2026-Q1/${T}/licheng`, 'submit'));
    await as(t, 'licheng', 'PUT', `/api/supervision/work-items/${T}/progress`, { completedOn: null, milestonesCompleted: { 印发培训通知: '2026-04-14' } });
    await as(t, 'office', 'POST', '/api/supervision/rounds', { year: 2026, roundId: '2026-Q2' });
    t.clock.set('2026-07-08T10:00:00+08:00');
    await as(t, 'amr', 'PUT', reportUrl(`2026-Q2/${B}/market-supervision`), content('约谈机制仍在审议'));
    await as(t, 'amr', 'POST', reportUrl(`2026-Q2/${B}/market-supervision`, 'submit'));

    const before = smtp.messages.length;
    const preview = (await as(t, 'office', 'GET', '/api/supervision/run/preview?asOf=2026-07-11T09:00:00%2B08:00')).json();
    expect(preview.entries.map((e: { level: string; subjectId: string; action: string; deliveries: { unitCode: string; emails: string[] }[] }) => [e.level, e.subjectId, e.action, e.deliveries.map((d) => `${d.unitCode}:${d.emails.join('|')}`)])).toEqual([
      ['supervise', `report:2026-Q2/${T}/licheng`, 'draft', ['licheng:licheng-chief@jinhu.example']],
      ['supervise', `work-item:${B}`, 'draft', ['market-supervision:amr-chief@jinhu.example']],
      ['urge', `report:2026-Q2/${T}/human-resources`, 'send', ['human-resources:']],
      ['urge', `work-item:${T}`, 'send', ['licheng:licheng@jinhu.example', 'human-resources:']],
    ]);
    // The preview sent, drafted and logged nothing.
    expect((await as(t, 'office', 'GET', '/api/supervision/reminders')).json().reminders.some((r: { level: string }) => r.level === 'supervise')).toBe(false);

    const summary = await run('2026-07-11T09:00:00+08:00');
    expect(sent(summary)).toEqual([`urge report:2026-Q2/${T}/human-resources → human-resources`, `urge work-item:${T} → licheng,human-resources`]);
    expect(summary.drafted.map((d: { level: string; subjectId: string; units: string[] }) => `${d.level} ${d.subjectId} → ${d.units.join(',')}`)).toEqual([
      `supervise report:2026-Q2/${T}/licheng → licheng`,
      `supervise work-item:${B} → market-supervision`,
    ]);
    expect(smtp.messages.slice(before).some((m) => m.subject.startsWith('【督办】'))).toBe(false);
    expect((await as(t, 'licheng', 'GET', '/api/supervision/notices')).json().notices).toEqual([]);
    expect((await as(t, 'licheng', 'GET', '/api/supervision/notice-drafts')).statusCode).toBe(403);
  });

  it('issues a 督办单 only once the office reviewed it and the head of the office signed it; the number comes at signature', async () => {
    const drafts = (await as(t, 'office', 'GET', '/api/supervision/notice-drafts')).json().drafts;
    const forLicheng = drafts.find((d: { subjectId: string }) => d.subjectId === `report:2026-Q2/${T}/licheng`);
    const forAmr = drafts.find((d: { subjectId: string }) => d.subjectId === `work-item:${B}`);
    expect(forLicheng).toMatchObject({ state: 'draft', units: ['licheng'], respondBy: '2026-07-16', documentNumber: null, noticeId: null });
    const url = (d: { id: string }, step = '') => `/api/supervision/notice-drafts/${d.id}${step ? `/${step}` : ''}`;

    // Signing a draft nobody reviewed is refused; so is signing what one sent for signature oneself.
    expect((await as(t, 'head', 'POST', url(forAmr, 'approve'))).statusCode).toBe(409);
    t.clock.set('2026-07-13T09:00:00+08:00');
    const reviewed = await as(t, 'office', 'POST', url(forAmr, 'submit'), { reason: '约谈提醒工作制度逾期三个多月仍未出台', units: ['market-supervision'], respondBy: '2026-07-20' });
    expect(reviewed.json()).toMatchObject({ state: 'submitted', reason: '约谈提醒工作制度逾期三个多月仍未出台', respondBy: '2026-07-20' });
    expect((await as(t, 'office', 'POST', url(forAmr, 'approve'))).json().error).toMatchObject({ code: 'illegal_transition', message: 'Whoever sent it for signature cannot also sign it' });
    // A unit account cannot sign at all; the editing of a draft awaiting signature is refused.
    expect((await as(t, 'amr', 'POST', url(forAmr, 'approve'))).statusCode).toBe(403);
    expect((await as(t, 'office', 'PUT', url(forAmr), { reason: '再改', units: ['market-supervision'], respondBy: '2026-07-20' })).statusCode).toBe(409);

    const signed = (await as(t, 'head', 'POST', url(forAmr, 'approve'))).json();
    expect(signed).toMatchObject({ state: 'issued', documentNumber: '金知督〔2026〕1号', decidedBy: expect.any(String) });
    const notice = (await as(t, 'amr', 'GET', `/api/supervision/notices/${signed.noticeId}`)).json();
    expect(notice.notice).toMatchObject({ documentNumber: '金知督〔2026〕1号', reason: '约谈提醒工作制度逾期三个多月仍未出台', respondBy: '2026-07-20', unitCode: 'market-supervision' });
    const toChief = smtp.messages.find((m) => m.to[0] === 'amr-chief@jinhu.example')!;
    expect(toChief.subject).toBe('【督办】工作事项：建立代理机构非正常申请约谈提醒机制（金知督〔2026〕1号） / [Supervision notice] Work item: 建立代理机构非正常申请约谈提醒机制 (金知督〔2026〕1号)');
    expect(toChief.text).toContain('工作事项“建立代理机构非正常申请约谈提醒机制”约谈提醒工作制度逾期三个多月仍未出台。');

    // The signer sends the other back with a reason; the office edits it and sends it again; it is signed as number 2.
    expect((await as(t, 'office', 'POST', url(forLicheng, 'submit'))).json()).toMatchObject({ state: 'submitted' });
    const back = (await as(t, 'head', 'POST', url(forLicheng, 'return'), { reason: '请写明已连续两个轮次逾期' })).json();
    expect(back).toMatchObject({ state: 'draft', note: '请写明已连续两个轮次逾期' });
    await as(t, 'office', 'PUT', url(forLicheng), { reason: forLicheng.reason, units: ['licheng'], respondBy: '2026-07-18' });
    await as(t, 'office', 'POST', url(forLicheng, 'submit'));
    expect((await as(t, 'head', 'POST', url(forLicheng, 'approve'))).json()).toMatchObject({ state: 'issued', documentNumber: '金知督〔2026〕2号' });

    const toLeader = smtp.messages.find((m) => m.to[0] === 'licheng-chief@jinhu.example')!;
    expect(toLeader.subject).toBe('【督办】进展报告：2026年第2季度 · 举办知识产权培训班（金知督〔2026〕2号） / [Supervision notice] Progress report: 2026年第2季度 · 举办知识产权培训班 (金知督〔2026〕2号)');
    expect(toLeader.text).toContain('已连续 2 个报送轮次逾期');
    expect(toLeader.text).toContain('overdue in 2 reporting rounds in a row');

    const reminders = (await as(t, 'office', 'GET', '/api/supervision/reminders')).json().reminders;
    expect(reminders.find((r: { subjectId: string; level: string }) => r.level === 'supervise' && r.subjectId.startsWith('report:'))).toMatchObject({
      overdueRounds: 2,
      daysOverdue: 1,
      deliveries: [expect.objectContaining({ unitCode: 'licheng', emailTo: 'licheng-chief@jinhu.example', emailStatus: 'sent' })],
    });
  });

  it('issues the 督办单 as a printable notice and a Word document, to the addressed unit only', async () => {
    const notices = (await as(t, 'licheng', 'GET', '/api/supervision/notices')).json().notices;
    expect(notices.map((n: { documentNumber: string }) => n.documentNumber)).toEqual(['金知督〔2026〕2号']);
    const notice = (await as(t, 'licheng', 'GET', `/api/supervision/notices/${notices[0].id}`)).json();
    expect(notice).toMatchObject({ addressee: { unitName: '黎城街道', leaderName: '陈明', leaderTitle: '主任' }, issuer: '县知识产权局', notice: { respondBy: '2026-07-18' } });
    const docx = await as(t, 'licheng', 'GET', `/api/supervision/notices/${notices[0].id}/document.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const text = zipEntryText(docx.rawPayload, 'word/document.xml').replace(/<[^>]+>/g, '');
    expect(text).toContain('金知督〔2026〕2号');
    expect(text).toContain('督办通知单');
    expect(text).toContain('黎城街道 陈明主任同志：');
    expect(text).toContain('于2026年7月18日前将办理情况');
    // Official documents write dates the Chinese way throughout.
    expect(text).toContain('（完成时限：2026年7月10日）');
    expect(text).toContain('完成时限2026年7月10日 已过 1 天');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(zipEntryText(docx.rawPayload, 'word/document.xml')).toContain('w:eastAsia="方正小标宋简体"');
    expect((await as(t, 'amr', 'GET', `/api/supervision/notices/${notices[0].id}`)).statusCode).toBe(404);
  });

  it('runs the same evaluation again without sending or drafting anything', async () => {
    const before = smtp.messages.length;
    for (const at of ['2026-07-13T18:00:00+08:00', '2026-07-14T09:00:00+08:00']) {
      const again = await run(at);
      expect([again.sent, again.drafted]).toEqual([[], []]);
    }
    expect(smtp.messages.length).toBe(before);
  });

  it('lets the unit answer the notice; the office returns it, then accepts the second answer, which closes it', async () => {
    const [notice] = (await as(t, 'licheng', 'GET', '/api/supervision/notices')).json().notices;
    const url = `/api/supervision/notices/${notice.id}`;
    expect((await as(t, 'licheng', 'GET', `${url}/answers`)).json()).toMatchObject({ state: 'open', mayAnswer: true });
    // While it is open it costs 黎城 the default scheme's 5 points.
    const openNotice = async () =>
      (await as(t, 'office', 'GET', '/api/supervision/assessment?year=2026')).json().scores
        .find((x: { unitCode: string }) => x.unitCode === 'licheng')
        .lines.filter((l: { deduction?: { cause: string } }) => l.deduction?.cause === 'openNotice')
        .map((l: { points: number; deduction: { count: number } }) => [l.points, l.deduction.count]);
    expect(await openNotice()).toEqual([[-5, 1]]);
    t.clock.set('2026-07-15T10:00:00+08:00');
    const evidence = [{ kind: 'link', id: 'https://www.jinhu.gov.cn/licheng/training', label: '培训通知' }];
    expect((await as(t, 'licheng', 'POST', `${url}/answer`, { measures: '已补报第二季度进展报告', evidence })).statusCode).toBe(200);
    t.clock.set('2026-07-15T15:00:00+08:00');
    expect((await as(t, 'office', 'POST', `${url}/decision`, { decision: 'return', note: '请附培训签到表' })).json()).toEqual({ state: 'returned' });
    t.clock.set('2026-07-16T10:00:00+08:00');
    await as(t, 'licheng', 'POST', `${url}/answer`, { measures: '已补报第二季度进展报告，附培训签到表', evidence });
    t.clock.set('2026-07-16T15:00:00+08:00');
    expect((await as(t, 'office', 'POST', `${url}/decision`, { decision: 'accept', note: '' })).json()).toEqual({ state: 'closed' });
    expect(await openNotice()).toEqual([]);
    const answers = (await as(t, 'licheng', 'GET', `${url}/answers`)).json();
    expect(answers).toMatchObject({ state: 'closed', mayAnswer: false });
    expect(answers.answers.map((a: { decision: string; decisionNote: string | null }) => [a.decision, a.decisionNote])).toEqual([
      ['returned', '请附培训签到表'],
      ['accepted', null],
    ]);
  });

  it('climbs the ladder on a notice still unanswered past its feedback date: 催办 the next day, another 督办单 drafted from day 30', async () => {
    const [amrNotice] = (await as(t, 'amr', 'GET', '/api/supervision/notices')).json().notices;
    expect(amrNotice.respondBy).toBe('2026-07-20');
    expect((await run('2026-07-20T09:00:00+08:00')).sent.filter((s: { subjectId: string }) => s.subjectId.startsWith('notice:'))).toEqual([]);
    const next = await run('2026-07-21T09:00:00+08:00');
    expect(sent(next).filter((line) => line.includes('notice:'))).toEqual([`urge notice:${amrNotice.id} → market-supervision`]);
    const later = await run('2026-08-19T09:00:00+08:00');
    expect(later.drafted.filter((d: { subjectId: string }) => d.subjectId.startsWith('notice:')).map((d: { level: string; units: string[] }) => `${d.level} → ${d.units.join()}`)).toEqual(['supervise → market-supervision']);
    // The closed notice of 黎城 climbs no further.
    const closed = (await as(t, 'licheng', 'GET', '/api/supervision/notices')).json().notices[0];
    expect([...next.sent, ...later.sent, ...later.drafted].some((s: { subjectId: string }) => s.subjectId === `notice:${closed.id}`)).toBe(false);
  });
});
