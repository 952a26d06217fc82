import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { as } from '../supervision/__tests__/supervision-fixture.js';
import { archiveFile } from './archive-files.js';
import { documentArchiveRepository, type ArchiveEntry } from './document-archive.repository.js';

/**
 * 文档 over HTTP: the office edits the narratives (each save a version, figures refused), every
 * reader sees the archive its data scope reaches — a town its own statistical reports, a
 * department none of the county's — downloads are audited, and the StratML export downloads.
 */
describe('documents routes', () => {
  let t: TestApp;
  const entry = (over: Partial<ArchiveEntry>): ArchiveEntry => ({
    id: crypto.randomUUID(),
    kind: 'statistical-report',
    title: '金湖县知识产权统计分析月报（2026年10月）',
    period: '2026-10',
    unitCode: null,
    regionCode: null,
    asOf: '2026-10-31',
    generatedAt: '2026-11-01T02:00:00.000Z',
    generatedBy: 'system',
    fontNote: null,
    figures: [],
    ...over,
  });
  const county = entry({});
  const licheng = entry({ title: '金湖县黎城街道知识产权统计分析月报（2026年10月）', unitCode: 'licheng', regionCode: 'licheng' });
  const jinbei = entry({ title: '金湖县金北街道知识产权统计分析月报（2026年10月）', unitCode: 'jinbei', regionCode: 'jinbei' });
  const file = archiveFile('月报.docx', 'docx', Buffer.from('PK word bytes'));

  beforeAll(async () => {
    t = await createTestApp();
    for (const e of [county, licheng, jinbei]) await documentArchiveRepository.insert(t.ctx.handle.db, 'jinhu', e, 1, [], [file]);
  });
  afterAll(async () => t.close());

  it('DOC-06 the office saves narrative versions; a typed figure is refused with the figure named', async () => {
    const first = await as(t, 'office', 'PUT', '/api/documents/narratives/next-steps', { text: '推动知识产权服务站点向镇街延伸。' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ section: 'next-steps', version: 1 });
    const refused = await as(t, 'office', 'PUT', '/api/documents/narratives/next-steps', { text: '力争新增贯标企业45家。' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('typed_figures');
    expect(refused.body).toContain('45家');
    const view = (await as(t, 'office', 'GET', '/api/documents/narratives')).json();
    const section = view.sections.find((s: { key: string }) => s.key === 'next-steps');
    expect(section.text).toBe('推动知识产权服务站点向镇街延伸。');
    expect(section.versions).toHaveLength(1);
    expect(view.sections.map((s: { key: string }) => s.key)).toEqual(['overview', 'achievements', 'problems', 'next-steps']);
    expect((await as(t, 'licheng', 'PUT', '/api/documents/narratives/next-steps', { text: 'x' })).statusCode).toBe(403);
  });

  it('DOC-07 each reader sees the archive its scope reaches, and another town’s report is 404', async () => {
    const titles = async (who: 'office' | 'leader' | 'licheng' | 'hr') => (await as(t, who, 'GET', '/api/documents/archive')).json().documents.map((d: { id: string }) => d.id).sort();
    expect(await titles('office')).toEqual([county.id, licheng.id, jinbei.id].sort());
    expect(await titles('leader')).toEqual([county.id, licheng.id, jinbei.id].sort());
    expect(await titles('licheng')).toEqual([licheng.id]);
    expect(await titles('hr')).toEqual([]);
    expect((await as(t, 'licheng', 'GET', `/api/documents/archive/${jinbei.id}`)).statusCode).toBe(404);
    expect((await as(t, 'licheng', 'GET', `/api/documents/archive/${jinbei.id}/files/${encodeURIComponent('月报.docx')}`)).statusCode).toBe(404);
  });

  it('DOC-08 a download sends the archived bytes under their name and is audited with the SHA-256', async () => {
    const response = await as(t, 'licheng', 'GET', `/api/documents/archive/${licheng.id}/files/${encodeURIComponent('月报.docx')}`);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.toString()).toBe('PK word bytes');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('月报.docx'));
    const audit = await t.ctx.handle.db.selectFrom('audit_log').selectAll().where('object_id', '=', licheng.id).execute();
    expect(audit.map((a) => a.event_type)).toEqual(['exports.downloaded']);
    expect(audit[0]!.details).toContain(file.sha256);
  });

  it('DOC-09 the StratML export downloads as XML in the Part 2 namespace', async () => {
    const response = await as(t, 'leader', 'GET', '/api/documents/stratml.xml?asOf=2026-10-31');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/xml');
    expect(response.body).toContain('<PerformancePlanOrReport xmlns="http://www.stratml.net/PerformancePlanOrReport" Type="Performance_Report">');
    expect(response.body.match(/<PerformanceIndicator /g)).toHaveLength(16);
    expect((await as(t, 'office', 'POST', '/api/documents/acceptance-packages', {})).statusCode).toBe(400);
  });
});
