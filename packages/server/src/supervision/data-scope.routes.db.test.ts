import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { docxBytes, exeBytes, exeWithPdfHeaderBytes, multipart, pdfBytes, pngBytes } from './__tests__/evidence-samples.js';
import { as, content, people, reportUrl, trainingRound } from './__tests__/supervision-fixture.js';

/**
 * 数据范围: a unit sees and edits only its own items and reports, a town only its own, leaders read
 * everything and change nothing, and nobody but the unit itself sees a draft.
 */
describe('supervision data scope and evidence files', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof trainingRound>>;
  let attachmentsDir: string;
  let lichengPdf: string;
  beforeAll(async () => {
    attachmentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-attachments-'));
    t = await createTestApp({ now: '2026-03-28T10:00:00+08:00', config: { ATTACHMENTS_DIR: attachmentsDir, ATTACHMENT_MAX_MB: 0.05 } });
    ids = await trainingRound(t);
    // An item of 县市场监管局 alone, which neither 黎城 nor 人社局 has any part in.
    await as(t, 'office', 'POST', '/api/supervision/work-items', {
      year: 2026, taskNumber: 18, title: '开展代理机构非正常申请约谈', leadUnit: 'market-supervision', cooperatingUnits: [], deadline: '2026-09-30',
    });
    await as(t, 'office', 'POST', '/api/supervision/rounds', { year: 2026, roundId: '2026-Q1' });
    await as(t, 'hr', 'PUT', reportUrl(ids.cooperating), content('人社局草稿：拟于4月举办企业知识产权专员培训', { 'training-participants': 40 }));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(attachmentsDir, { recursive: true, force: true });
  });

  const upload = (who: keyof typeof people, reportId: string, name: string, bytes: Buffer) => {
    t.actAs(people[who]);
    return t.app.inject({ method: 'POST', url: reportUrl(reportId, 'attachments'), ...multipart(name, bytes) });
  };

  it("answers 404 when one unit asks for another unit's draft, even a unit on the same work item", async () => {
    expect((await as(t, 'licheng', 'GET', reportUrl(ids.cooperating))).statusCode).toBe(404);
    expect((await as(t, 'amr', 'GET', reportUrl(ids.cooperating))).statusCode).toBe(404);
    const own = await as(t, 'hr', 'GET', reportUrl(ids.cooperating));
    expect(own.statusCode).toBe(200);
    expect(own.json().versions[0].content.progress).toContain('人社局草稿');
  });

  it('shows the office and leaders that a draft exists but not what is in it', async () => {
    for (const who of ['office', 'leader'] as const) {
      const view = (await as(t, who, 'GET', reportUrl(ids.cooperating))).json();
      expect(view.report.state).toBe('draft');
      expect(view.versions).toEqual([]);
      expect(JSON.stringify(view)).not.toContain('人社局草稿');
    }
  });

  it('filters every list in the repository to the reader’s own unit or town', async () => {
    const units = (who: 'licheng' | 'hr' | 'amr' | 'jinbei' | 'leader') =>
      as(t, who, 'GET', '/api/supervision/dashboard?year=2026').then((r) => [...new Set(r.json().reports.map((x: { unitCode: string }) => x.unitCode))].sort());
    expect(await units('licheng')).toEqual(['licheng']);
    expect(await units('hr')).toEqual(['human-resources']);
    expect(await units('amr')).toEqual(['market-supervision']);
    expect(await units('jinbei')).toEqual([]);
    expect(await units('leader')).toEqual(['human-resources', 'licheng', 'market-supervision']);
    const items = (who: 'licheng' | 'amr') =>
      as(t, who, 'GET', '/api/supervision/work-plan?year=2026').then((r) => r.json().items.map((i: { title: string }) => i.title));
    expect(await items('licheng')).toEqual(['举办知识产权培训班']);
    expect(await items('amr')).toEqual(['开展代理机构非正常申请约谈']);
    const rates = await as(t, 'licheng', 'GET', '/api/supervision/rounds?year=2026');
    expect(rates.json().units.map((u: { unitCode: string }) => u.unitCode)).toEqual(['licheng']);
  });

  it('lets leaders read everything and change nothing', async () => {
    expect((await as(t, 'leader', 'GET', '/api/supervision/work-plan?year=2026')).json().items).toHaveLength(2);
    expect((await as(t, 'leader', 'POST', '/api/supervision/work-items', { year: 2026, taskNumber: 1, title: 'x', deadline: '2026-12-31' })).statusCode).toBe(403);
    expect((await as(t, 'leader', 'POST', '/api/supervision/rounds', { year: 2026, roundId: '2026-Q2' })).statusCode).toBe(403);
    expect((await as(t, 'leader', 'POST', '/api/supervision/run', {})).statusCode).toBe(403);
    expect((await upload('leader', ids.lead, 'a.pdf', pdfBytes())).statusCode).toBe(403);
  });

  it('lets a town reporter record progress only on items its town leads', async () => {
    const progress = { completedOn: null, milestonesCompleted: { 印发培训通知: '2026-03-25' } };
    expect((await as(t, 'licheng', 'PUT', `/api/supervision/work-items/${ids.itemId}/progress`, progress)).statusCode).toBe(200);
    expect((await as(t, 'hr', 'PUT', `/api/supervision/work-items/${ids.itemId}/progress`, progress)).statusCode).toBe(403);
    expect((await as(t, 'amr', 'PUT', `/api/supervision/work-items/${ids.itemId}/progress`, progress)).statusCode).toBe(404);
  });

  it('accepts a PDF and a Word document as evidence, stored under a generated name outside the web root', async () => {
    const pdf = await upload('licheng', ids.lead, '培训通知.pdf', pdfBytes());
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json()).toMatchObject({ fileName: '培训通知.pdf', mediaType: 'application/pdf' });
    lichengPdf = pdf.json().id;
    const docx = await upload('licheng', ids.lead, '签到表.docx', await docxBytes());
    expect(docx.json().mediaType).toContain('wordprocessingml');
    const stored = fs.readdirSync(path.join(attachmentsDir, 'jinhu'));
    expect(stored).toHaveLength(2);
    expect(stored.every((name) => /^[0-9a-f-]{36}$/.test(name))).toBe(true);
  });

  it('refuses a .pdf that is really an .exe, a mislabelled image and an oversize file, keeping none of them', async () => {
    const before = fs.readdirSync(path.join(attachmentsDir, 'jinhu')).length;
    const exe = await upload('licheng', ids.lead, '佐证材料.pdf', exeBytes());
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('file_executable');
    const polyglot = await upload('licheng', ids.lead, '佐证材料.pdf', exeWithPdfHeaderBytes());
    expect(polyglot.statusCode).toBe(415);
    expect(polyglot.json().error.code).toBe('file_executable');
    const png = await upload('licheng', ids.lead, 'scan.pdf', pngBytes());
    expect(png.statusCode).toBe(415);
    expect(png.json().error.code).toBe('file_extension_mismatch');
    const big = await upload('licheng', ids.lead, 'big.pdf', pdfBytes(60 * 1024));
    expect(big.statusCode).toBe(413);
    expect(fs.readdirSync(path.join(attachmentsDir, 'jinhu')).length).toBe(before);
  });

  it('lets only the unit download its draft’s evidence; the office once the report is submitted', async () => {
    const file = (await upload('licheng', ids.lead, '照片.png', pngBytes())).json();
    const download = (who: 'licheng' | 'office' | 'hr') => as(t, who, 'GET', `/api/supervision/attachments/${file.id}`);
    const own = await download('licheng');
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/png');
    expect(own.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('照片.png')}`);
    expect(own.rawPayload.equals(pngBytes())).toBe(true);
    expect((await download('office')).statusCode).toBe(404);
    expect((await download('hr')).statusCode).toBe(404);

    await as(t, 'licheng', 'PUT', reportUrl(ids.lead), content('已举办培训', { 'training-participants': 60 }, { evidence: [{ name: '照片.png', fileId: file.id }] }));
    await as(t, 'licheng', 'POST', reportUrl(ids.lead, 'submit'));
    expect((await download('office')).statusCode).toBe(200);
    expect((await download('hr')).statusCode).toBe(404);
  });

  it("refuses evidence uploaded to another unit's report, or never uploaded", async () => {
    for (const fileId of [lichengPdf, '00000000-0000-4000-8000-000000000000']) {
      const response = await as(t, 'hr', 'PUT', reportUrl(ids.cooperating), content('人社局进展', {}, { evidence: [{ name: '通知.pdf', fileId }] }));
      expect(response.statusCode).toBe(422);
      expect(response.json().error.details[0].path).toBe('evidence[0]');
    }
  });
});
