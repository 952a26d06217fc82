import { registerKinds } from '@ipcounty/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, content, reportUrl, trainingRound } from '../supervision/__tests__/supervision-fixture.js';
import { createTestApp, type TestApp } from './__tests__/test-app.js';
import { INPUT_LIMITS } from './input-limits.js';

/** Every input has a bound: bodies (413), texts, names and lists (400), empty records (400, never 500). */
describe('input limits on every route', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof trainingRound>>;
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-28T10:00:00+08:00' });
    ids = await trainingRound(t);
  });
  afterAll(async () => t.close());

  it('refuses a 9 MB report narrative with 413 before reading it, and stores nothing', async () => {
    const huge = await as(t, 'licheng', 'PUT', reportUrl(ids.lead), content('进展'.repeat(4.5 * 2 ** 20)));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error).toMatchObject({ code: 'body_too_large', message: expect.stringContaining('1 MB') });
    const report = await as(t, 'licheng', 'GET', reportUrl(ids.lead));
    expect(JSON.stringify(report.json()).length).toBeLessThan(100_000);
  });

  it('refuses a narrative over 20,000 characters with 400 naming the field, and takes one at the limit', async () => {
    const long = await as(t, 'licheng', 'PUT', reportUrl(ids.lead), content('进'.repeat(INPUT_LIMITS.textChars + 1)));
    expect(long.statusCode).toBe(400);
    expect(long.json().error).toMatchObject({ code: 'field_too_long', details: [{ path: 'body.content.progress' }] });
    const fits = await as(t, 'licheng', 'PUT', reportUrl(ids.lead), content('进'.repeat(INPUT_LIMITS.textChars)));
    expect(fits.statusCode).toBe(200);
  });

  it('bounds names and titles more tightly, and lists', async () => {
    const title = await as(t, 'office', 'POST', '/api/supervision/work-items', { year: 2026, taskNumber: 21, title: '题'.repeat(INPUT_LIMITS.nameChars + 1), leadUnit: 'licheng', cooperatingUnits: [], deadline: '2026-06-30' });
    expect(title.statusCode).toBe(400);
    expect(title.json().error).toMatchObject({ code: 'field_too_long', details: [{ path: 'body.title' }] });
    const list = await as(t, 'office', 'PUT', '/api/registers/settings/key-industries', { keyIndustries: Array.from({ length: INPUT_LIMITS.listItems + 1 }, () => '高端装备') });
    expect(list.statusCode).toBe(400);
    expect(list.json().error.code).toBe('list_too_long');
  });

  it('checks access before limits: an anonymous caller is refused without learning them', async () => {
    const anonymous = await as(t, null, 'PUT', reportUrl(ids.lead), content('进'.repeat(INPUT_LIMITS.textChars + 1)));
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses an empty record of every register with 400 and stores none', async () => {
    for (const kind of registerKinds) {
      const empty = await as(t, 'office', 'POST', `/api/registers/${kind}`, { cells: {} });
      expect(empty.statusCode, kind).toBe(400);
      expect(empty.json().error.code, kind).toBe('invalid_record');
      expect(empty.json().error.details.length, kind).toBeGreaterThan(0);
      const listed = await as(t, 'office', 'GET', `/api/registers/${kind}`);
      expect(listed.json().total, kind).toBe(0);
    }
  });
});
