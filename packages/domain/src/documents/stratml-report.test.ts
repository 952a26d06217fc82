import { describe, expect, it } from 'vitest';
import { stratmlIdentifier, stratmlPerformanceReport } from './stratml-report.js';

const input = {
  name: '金湖县方案 <2024—2026>',
  description: '总体目标',
  organization: { name: '金湖县人民政府', identifier: 'jinhu', description: '发文机关' },
  vision: '愿景',
  goals: [
    {
      code: 'creation',
      name: '创造',
      description: '段落',
      indicators: [
        {
          code: 'patents-per-10k',
          name: '万人有效发明专利拥有量',
          description: '达到45件',
          unit: '件',
          targets: [{ description: '2026年目标', value: 45, startDate: '2024-01-01', endDate: '2026-12-31' }],
          actuals: [{ description: '2025年末', value: 40.123456, startDate: '2025-01-01', endDate: '2025-12-31' }],
        },
      ],
      objectives: [],
    },
    { code: 'task-group-1', name: '管理', description: '任务组', indicators: [], objectives: [{ code: 'task-1', name: '健全体系', description: '正文', stakeholders: ['县市场监管局'] }] },
  ],
  startDate: '2024-01-01',
  endDate: '2026-12-31',
  publicationDate: '2026-11-30',
  source: '',
};

describe('stratmlPerformanceReport', () => {
  const xml = stratmlPerformanceReport(input);
  it('is a Performance_Report in the Part 2 namespace', () => {
    expect(xml).toContain('<PerformancePlanOrReport xmlns="http://www.stratml.net/PerformancePlanOrReport" Type="Performance_Report">');
  });
  it('escapes text', () => expect(xml).toContain('<Name>金湖县方案 &lt;2024—2026&gt;</Name>'));
  it('puts the target and the actual in one MeasurementInstance, rounded to 4 decimals', () => {
    expect(xml).toContain('<MeasurementInstance><TargetResult><Description>2026年目标</Description><NumberOfUnits>45</NumberOfUnits>');
    expect(xml).toContain('<ActualResult><Description>2025年末</Description><NumberOfUnits>40.1235</NumberOfUnits>');
  });
  it('names a task’s units as performers', () => expect(xml).toContain('<Stakeholder><Name>县市场监管局</Name><Role><Name>责任单位</Name><RoleType>Performer</RoleType></Role></Stakeholder>'));
  it('makes identifiers valid xsd:IDs', () => expect(stratmlIdentifier('goal', '1 a/b')).toBe('goal_1_a_b'));
});
