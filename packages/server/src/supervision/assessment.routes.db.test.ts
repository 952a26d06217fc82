import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { as, content, reportUrl, trainingRound } from './__tests__/supervision-fixture.js';

/**
 * 考核 on a worked example, 2026 assessed on 07-20 (Q1 due 04-10 and Q2 due 07-10 both closed):
 *
 * 黎城街道 (street): Q1 on time, approved with quality 90 and 30 人次; Q2 sent 07-12 (2 days late) at
 * 100 %, approved with quality 80 and 10 人次, which completes the training item (due 06-30).
 *   报送及时性 30 × (1 + 0.5 × 1) ÷ 2 = 22.5 · 任务完成率 30 × 1 ÷ 1 = 30 · 工作质量 20 × 85 ÷ 100 = 17
 *   指标完成度 20 × 40/50 = 16 · 加分 +2 (获省专利奖) → 87.5
 * 县人社局 (department): Q1 on time, Q2 never sent; no quality score, no indicator of its own.
 *   报送及时性 30 × 1 ÷ 2 = 15 · 任务完成率 30 · 工作质量 and 指标完成度 不参评, so the 45 of 60 applicable
 *   points are rescaled: 45 × 100 ÷ 60 = 75 (+30) · Q2 missing past its round −2 → 73
 */
describe('assessment API', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof trainingRound>>;
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-04-01T09:00:00+08:00' });
    ids = await trainingRound(t);
    await as(t, 'office', 'POST', '/api/supervision/rounds', { year: 2026, roundId: '2026-Q2' });
    await as(t, 'office', 'PUT', '/api/supervision/targets/2026/training-participants', { countyTarget: 200, regionTargets: { licheng: 50 } });
    await as(t, 'office', 'PUT', '/api/supervision/years/2026/settings', {
      assessmentScheme: {
        weights: { timeliness: 30, completion: 30, quality: 20, indicatorAttainment: 20 },
        bonusItems: [{ code: 'provincial-award', title: '+获省专利奖', points: 2 }],
      },
    });
    const q2 = (unit: string) => ids.lead.replace('2026-Q1', '2026-Q2').replace('licheng', unit);

    await as(t, 'licheng', 'PUT', reportUrl(ids.lead), content('举办第一期培训', { 'training-participants': 30 }));
    await as(t, 'licheng', 'POST', reportUrl(ids.lead, 'submit'));
    await as(t, 'hr', 'PUT', reportUrl(ids.cooperating), content('配合制定培训方案'));
    await as(t, 'hr', 'POST', reportUrl(ids.cooperating, 'submit'));
    await as(t, 'office', 'POST', reportUrl(ids.lead, 'approve'), { qualityScore: 90 });

    t.clock.set('2026-07-12T09:00:00+08:00');
    await as(t, 'licheng', 'PUT', reportUrl(q2('licheng')), content('第二期培训完成，事项办结', { 'training-participants': 10 }, { percentComplete: 100 }));
    await as(t, 'licheng', 'POST', reportUrl(q2('licheng'), 'submit'));
    await as(t, 'office', 'POST', reportUrl(q2('licheng'), 'approve'), { qualityScore: 80 });
    await as(t, 'office', 'POST', '/api/supervision/adjustments', { year: 2026, unitCode: 'licheng', kind: 'bonus', code: 'provincial-award', note: '辖区企业获省专利银奖' });
    t.clock.set('2026-07-20T09:00:00+08:00');
  });
  afterAll(async () => t.close());

  it('scores each unit line by line as worked out by hand, and ranks them overall and by unit type', async () => {
    const body = (await as(t, 'office', 'GET', '/api/supervision/assessment?year=2026')).json();
    const licheng = body.scores.find((s: { unitCode: string }) => s.unitCode === 'licheng');
    expect(licheng.lines.map((l: { label: string; formula: string; points: number }) => [l.label, l.formula, l.points])).toEqual([
      ['报送及时性', '30 × (1 + 0.5 × 1) ÷ 2 = 22.5', 22.5],
      ['任务完成率', '30 × 1 ÷ 1 = 30', 30],
      ['工作质量', '20 × 85 ÷ 100 = 17', 17],
      ['指标完成度', '20 × mean(0.8) = 20 × 0.8 = 16', 16],
      ['+获省专利奖', '+2 × 1', 2],
    ]);
    expect(licheng.total).toBe(87.5);
    const hr = body.scores.find((s: { unitCode: string }) => s.unitCode === 'human-resources');
    expect(hr.lines.map((l: { points: number; applicable: boolean }) => [l.points, l.applicable])).toEqual([[15, true], [30, true], [0, false], [0, false], [30, true], [-2, true]]);
    expect(hr.lines.at(-1)).toMatchObject({ kind: 'deduction', formula: '−2 × 1', deduction: { cause: 'overdueReport', count: 1, pointsEach: 2 } });
    expect(hr.total).toBe(73);
    expect(body.ranking.overall.map((r: { unitCode: string; rank: number }) => [r.unitCode, r.rank])).toEqual([['licheng', 1], ['human-resources', 2]]);
    expect(Object.keys(body.ranking.byGroup).sort()).toEqual(['departments', 'towns-and-streets']);
  });

  it('records the completion of the work item from the lead unit’s approved 100 % report, dated its submission', async () => {
    const items = (await as(t, 'office', 'GET', '/api/supervision/work-plan?year=2026')).json().items;
    expect(items[0].progress.completedOn).toBe('2026-07-12');
  });

  it('shows a unit only its own score and place', async () => {
    const body = (await as(t, 'hr', 'GET', '/api/supervision/assessment?year=2026')).json();
    expect(body.scores.map((s: { unitCode: string }) => s.unitCode)).toEqual(['human-resources']);
    expect(body.ranking.overall).toEqual([expect.objectContaining({ unitCode: 'human-resources', rank: 2 })]);
    expect(body.unitsAssessed).toBe(2);
    expect(body.adjustments).toEqual([]);
    const dashboard = (await as(t, 'hr', 'GET', '/api/supervision/dashboard?year=2026')).json();
    expect(dashboard.scores).toEqual([expect.objectContaining({ rank: 2, of: 2, groupRank: 1, groupSize: 1, score: expect.objectContaining({ total: 73 }) })]);
  });

  it('takes a reopened report’s figures and quality score out of the score', async () => {
    await as(t, 'office', 'POST', reportUrl(ids.lead, 'reopen'), { reason: '人次待核实' });
    const licheng = (await as(t, 'licheng', 'GET', '/api/supervision/assessment?year=2026')).json().scores[0];
    // Q1 was still sent on time (reopening does not undo a submission), but its 30 人次 and its quality
    // score 90 no longer count: quality 20 × 80 ÷ 100 = 16, attainment 20 × 10/50 = 4.
    expect(licheng.lines.map((l: { points: number }) => l.points)).toEqual([22.5, 30, 16, 4, 2]);
    expect(licheng.total).toBe(74.5);
  });

  it('exports the ranking and every score line to Excel with text neutralised against formulas', async () => {
    const response = await as(t, 'office', 'GET', '/api/supervision/assessment.xlsx?year=2026');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const ranking = workbook.getWorksheet('2026年考核排名')!;
    expect(ranking.getRow(1).values).toEqual([undefined, '总排名', '单位', '单位类型', '考核组', '组内排名', '基本分', '加分', '减分', '总分']);
    // After the reopening above: 黎城街道 74.5 ahead of 县人社局 73.
    expect([ranking.getCell('B2').value, ranking.getCell('I2').value]).toEqual(['黎城街道', 74.5]);
    expect([ranking.getCell('B3').value, ranking.getCell('I3').value]).toEqual(['县人社局', 73]);
    const lines = workbook.getWorksheet('得分明细')!;
    const bonus = lines.getColumn(2).values.find((v) => typeof v === 'string' && v.includes('获省专利奖'));
    expect(bonus).toBe("'+获省专利奖");
    expect((await as(t, 'hr', 'GET', '/api/supervision/assessment.xlsx?year=2026')).statusCode).toBe(403);
  });

  it('writes 考核依据 and 计分方法 in the reader’s language: Chinese by default, English with lang=en', async () => {
    const sheetOf = async (url: string, name: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await as(t, 'office', 'GET', url)).rawPayload as unknown as ArrayBuffer);
      return workbook.getWorksheet(name)!;
    };
    const row = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    const zh = await sheetOf('/api/supervision/assessment.xlsx?year=2026', '得分明细');
    const en = await sheetOf('/api/supervision/assessment.xlsx?year=2026&lang=en', 'Score lines');
    expect(row(zh, 1)).toEqual(['单位', '考核项目', '考核依据', '计分方法', '得分']);
    expect(row(en, 1)).toEqual(['Unit', 'Component', 'Measured', 'Points worked out', 'Score']);
    const said = (sheet: ExcelJS.Worksheet) => sheet.getColumn(3).values.concat(sheet.getColumn(4).values).filter((v): v is string => typeof v === 'string').slice(2);
    expect(said(zh).join('')).not.toMatch(/[a-z]{3,}/);
    // Chinese only where it is data: the office’s note on a bonus, an indicator the plan names in Chinese only.
    expect(said(en).map((v) => v.replace(/ \(.*\)$/, "")).filter((v) => /[\u4e00-\u9fff]/.test(v) && !/\d+\/\d+/.test(v))).toEqual([]);
  });
});
