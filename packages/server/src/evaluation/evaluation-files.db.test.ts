import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { multipart, pdfBytes } from '../supervision/__tests__/evidence-samples.js';
import { people, type Person } from '../supervision/__tests__/supervision-fixture.js';
import { zipEntryText } from '../supervision/__tests__/zip-entry.js';

/** Evidence files, the expert pool's Excel import and the task dossier's folder export. */
describe('evaluation files', () => {
  let t: TestApp;
  let dir: string;
  let selfCheckId = '';
  let fileId = '';
  const upload = (who: Person, ownerKind: string, ownerId: string, name: string, bytes: Buffer) => {
    t.actAs(people[who]);
    return t.app.inject({ method: 'POST', url: `/api/evaluation/files?ownerKind=${ownerKind}&ownerId=${encodeURIComponent(ownerId)}`, ...multipart(name, bytes) });
  };
  const get = (who: Person, url: string) => {
    t.actAs(people[who]);
    return t.app.inject({ method: 'GET', url });
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-evaluation-files-'));
    t = await createTestApp({ now: '2026-12-07T10:00:00+08:00', config: { ATTACHMENTS_DIR: dir } });
    t.actAs(people.office);
    selfCheckId = (await t.app.inject({ method: 'POST', url: '/api/evaluation/self-checks', payload: { title: '自查', year: null, dueOn: '2026-12-20' } })).json().id;
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a unit uploads evidence to its own part only, and another unit cannot read it', async () => {
    const own = `${selfCheckId}/14/market-supervision`;
    const uploaded = await upload('amr', 'self-check-part', own, '标准制定证明.pdf', pdfBytes());
    expect(uploaded.statusCode).toBe(201);
    fileId = uploaded.json().id;
    expect((await upload('hr', 'self-check-part', own, 'x.pdf', pdfBytes())).statusCode).toBe(404);
    t.actAs(people.amr);
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/evaluation/self-checks/${selfCheckId}/tasks/14/parts/market-supervision`,
      payload: { summary: '已完成', problems: [], proposedRating: 'complete', evidence: [{ kind: 'file', id: fileId, label: '标准制定证明.pdf' }], submit: true },
    });
    expect(saved.statusCode).toBe(200);
    expect((await get('office', `/api/evaluation/files/${fileId}`)).statusCode).toBe(200);
    expect((await get('amr', `/api/evaluation/files/${fileId}`)).statusCode).toBe(200);
    expect((await get('hr', `/api/evaluation/files/${fileId}`)).statusCode).toBe(404);
  });

  it('a file uploaded for one part cannot be cited as evidence of another', async () => {
    t.actAs(people.amr);
    const other = await t.app.inject({
      method: 'PUT',
      url: `/api/evaluation/self-checks/${selfCheckId}/tasks/18/parts/market-supervision`,
      payload: { summary: 'x', problems: [], proposedRating: null, evidence: [{ kind: 'file', id: fileId, label: '借用' }], submit: false },
    });
    expect(other.statusCode).toBe(422);
  });

  it('exports task 14’s dossier as a folder: an evidence index naming each file, and the files', async () => {
    const response = await get('office', '/api/evaluation/dossiers/14/export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/zip');
    const zip = response.rawPayload;
    const folder = '任务14-推进专利标准融合发展';
    const index = zipEntryText(zip, `${folder}/证据索引.csv`);
    expect(index).toContain('"1","自查自纠 · market-supervision","县市场监管局","标准制定证明.pdf"');
    expect(index).toContain('佐证材料/001-标准制定证明.pdf');
    expect(zipEntryText(zip, `${folder}/佐证材料/001-标准制定证明.pdf`)).toContain('%PDF-1.4');
    expect(zipEntryText(zip, `${folder}/档案说明.txt`)).toContain('佐证材料 1 个');
  });

  it('imports experts from the Excel template, reporting a row whose unit the plan does not have', async () => {
    const template = await get('office', '/api/evaluation/experts/template.xlsx');
    expect(template.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    sheet.addRow(['钱七', '专利运营', '某大学', '教授', '', '', '县市场监管局、县发改委', '某某阀门有限公司']);
    sheet.addRow(['孙八', '商标', '某事务所', '律师', '', '', '不存在的局', '']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    t.actAs(people.office);
    const imported = await t.app.inject({ method: 'POST', url: '/api/evaluation/experts/import', ...multipart('专家库.xlsx', bytes) });
    expect(imported.json()).toMatchObject({ added: 1, updated: 0, problems: [{ row: 4 }] });
    const pool = (await get('office', '/api/evaluation/experts')).json().experts;
    expect(pool).toEqual([expect.objectContaining({ name: '钱七', avoidUnits: ['market-supervision', 'development-reform'], avoidEnterprises: ['某某阀门有限公司'] })]);
    // Importing the same file again updates the expert instead of adding a second one.
    expect((await t.app.inject({ method: 'POST', url: '/api/evaluation/experts/import', ...multipart('专家库.xlsx', bytes) })).json()).toMatchObject({ added: 0, updated: 1 });
  });
});
