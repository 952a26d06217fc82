import { describe, expect, it } from 'vitest';
import { cellsByKey, matchHeaders, type ColumnSpec } from './header-matching.js';

type PatentKey = 'applicationNumber' | 'publicationNumber' | 'applicationDate' | 'applicant' | 'title';

const patentColumns: ColumnSpec<PatentKey>[] = [
  { key: 'applicationNumber', labels: ['申请号'], required: true },
  { key: 'publicationNumber', labels: ['公开（公告）号', '公开号'], required: false },
  { key: 'applicationDate', labels: ['申请日'], required: true },
  { key: 'applicant', labels: ['申请（专利权）人', '申请人'], required: true },
  { key: 'title', labels: ['名称', '发明名称'], required: false },
];

describe('matchHeaders', () => {
  it('matches the names a CNIPA export uses', () => {
    const match = matchHeaders(['申请号', '公开（公告）号', '申请日', '申请（专利权）人', '名称'], patentColumns);
    expect(match.columns).toEqual({
      applicationNumber: '申请号',
      publicationNumber: '公开（公告）号',
      applicationDate: '申请日',
      applicant: '申请（专利权）人',
      title: '名称',
    });
    expect(match).toMatchObject({ units: {}, missing: [], unknown: [], problems: [] });
  });

  it('ignores half-width brackets, spaces, line breaks, a byte-order mark, case and required-column stars', () => {
    const match = matchHeaders(['\uFEFF申请号*', '公开(公告)号', ' 申 请 日 ', '申请[专利权]人', '发明\n名称'], patentColumns);
    expect(match.columns).toEqual({
      applicationNumber: '\uFEFF申请号*',
      publicationNumber: '公开(公告)号',
      applicationDate: ' 申 请 日 ',
      applicant: '申请[专利权]人',
      title: '发明\n名称',
    });
    expect(matchHeaders(['PATENT_ID', 'Ｐａｔｅｎｔ＿Ｄａｔｅ'], [
      { key: 'id', labels: ['patent_id'], required: true },
      { key: 'date', labels: ['patent_date'], required: true },
    ]).columns).toEqual({ id: 'PATENT_ID', date: 'Ｐａｔｅｎｔ＿Ｄａｔｅ' });
  });

  it('accepts any alias, the first listed winning when several are present', () => {
    const match = matchHeaders(['申请号', '公开号', '申请日', '申请人', '公开（公告）号'], patentColumns);
    expect(match.columns.publicationNumber).toBe('公开（公告）号');
    expect(match.columns.applicant).toBe('申请人');
    expect(match.unknown).toEqual(['公开号']);
  });

  it('reports a unit written in brackets after the name', () => {
    const spec: ColumnSpec<'population' | 'gdp' | 'area'>[] = [
      { key: 'population', labels: ['常住人口'], required: true },
      { key: 'gdp', labels: ['地区生产总值', 'GDP'], required: true },
      { key: 'area', labels: ['面积'], required: false },
    ];
    const match = matchHeaders(['常住人口（万人）', 'GDP (亿元)', '面积【㎡】'], spec);
    expect(match.columns).toEqual({ population: '常住人口（万人）', gdp: 'GDP (亿元)', area: '面积【㎡】' });
    expect(match.units).toEqual({ population: '万人', gdp: '亿元', area: '㎡' });
  });

  it('prefers the exact name to one with a unit', () => {
    const match = matchHeaders(['常住人口（万人）', '常住人口'], [{ key: 'population', labels: ['常住人口'], required: true }]);
    expect(match.columns).toEqual({ population: '常住人口' });
    expect(match.units).toEqual({});
    expect(match.unknown).toEqual(['常住人口（万人）']);
  });

  it('does not take a bracket inside the name for a unit', () => {
    const match = matchHeaders(['公开(公告)号'], [{ key: 'publication', labels: ['公开号'], required: true }]);
    expect(match.missing).toEqual(['publication']);
  });

  it('lists missing required columns with a problem in both languages, and the headers nobody used', () => {
    const match = matchHeaders(['名称', '摘要', '申请人'], patentColumns, { headerRowNumber: 2 });
    expect(match.missing).toEqual(['applicationNumber', 'applicationDate']);
    expect(match.unknown).toEqual(['摘要']);
    expect(match.problems).toEqual([
      {
        row: 2,
        column: '申请号',
        reason: { zh: '缺少必填列：申请号', en: 'Missing required column: 申请号' },
        severity: 'error',
      },
      {
        row: 2,
        column: '申请日',
        reason: { zh: '缺少必填列：申请日', en: 'Missing required column: 申请日' },
        severity: 'error',
      },
    ]);
    const aliases = matchHeaders([], [{ key: 'publication', labels: ['公开（公告）号', '公开号'], required: true }]);
    expect(aliases.problems[0]?.reason).toEqual({
      zh: '缺少必填列：公开（公告）号（也可命名为：公开号）',
      en: 'Missing required column: 公开（公告）号 (also accepted: 公开号)',
    });
  });

  it('reads a name behind a short bracketed tag, as PatSnap marks its standardised columns, after the exact names', () => {
    const match = matchHeaders(['[标]当前申请(专利权)人', '【标】申请号', '申请日'], patentColumns.concat({ key: 'title', labels: ['当前申请（专利权）人'], required: false }));
    expect(match.columns).toMatchObject({ applicationNumber: '【标】申请号', applicationDate: '申请日', title: '[标]当前申请(专利权)人' });
    expect(matchHeaders(['[标]申请号', '申请号'], patentColumns).columns.applicationNumber).toBe('申请号');
    // A tag is not the whole name.
    expect(matchHeaders(['(申请号)'], patentColumns).columns.applicationNumber).toBeUndefined();
  });

  it('gives each header to one key only', () => {
    const match = matchHeaders(['申请人'], [
      { key: 'applicant', labels: ['申请人'], required: true },
      { key: 'firstApplicant', labels: ['申请人', '第一申请人'], required: true },
    ]);
    expect(match.columns).toEqual({ applicant: '申请人' });
    expect(match.missing).toEqual(['firstApplicant']);
  });
});

describe('cellsByKey', () => {
  it('reads a row under the spec keys', () => {
    const match = matchHeaders(['申请号', '公开号', '申请日', '申请人'], patentColumns);
    const cells = { 申请号: '2023101234567', 公开号: 'CN116000000A', 申请日: '2023-05-06', 申请人: '金湖某公司' };
    expect(cellsByKey(cells, match.columns)).toEqual({
      applicationNumber: '2023101234567',
      publicationNumber: 'CN116000000A',
      applicationDate: '2023-05-06',
      applicant: '金湖某公司',
    });
  });
});
