import { describe, expect, it } from 'vitest';
import { ipcMatches, matchStrategicEmergingIndustry, parseIpc } from './ipc-pattern.js';

describe('parseIpc', () => {
  it('reads the usual spellings', () => {
    expect(parseIpc('G06N 3/08')).toEqual({ subclass: 'G06N', group: '3', subgroup: '08' });
    expect(parseIpc('g06n3/08')).toEqual({ subclass: 'G06N', group: '3', subgroup: '08' });
    expect(parseIpc('G06N0003080000')).toEqual({ subclass: 'G06N', group: '3', subgroup: '08' });
    expect(parseIpc('H01M10/0525')).toEqual({ subclass: 'H01M', group: '10', subgroup: '0525' });
    expect(parseIpc('G06N3/*')).toEqual({ subclass: 'G06N', group: '3' });
    expect(parseIpc('G06N')).toEqual({ subclass: 'G06N' });
    expect(parseIpc('not an ipc')).toBeNull();
  });
});

describe('ipcMatches', () => {
  it('matches at subclass, group and subgroup level without confusing group 3 with group 30', () => {
    const code = parseIpc('G06N3/08');
    if (!code) throw new Error('parse');
    expect(ipcMatches(code, { subclass: 'G06N' })).toBe(true);
    expect(ipcMatches(code, { subclass: 'G06N', group: '3' })).toBe(true);
    expect(ipcMatches(code, { subclass: 'G06N', group: '30' })).toBe(false);
    expect(ipcMatches(code, { subclass: 'G06N', group: '3', subgroup: '04' })).toBe(false);
    expect(ipcMatches(code, { subclass: 'G06F' })).toBe(false);
  });
});

describe('matchStrategicEmergingIndustry', () => {
  const table = [
    { industry: '1.6', pattern: 'G06N3/*', keywords: ['神经网络', '人工智能'] },
    { industry: '6.1', pattern: 'H01M10/0525' },
  ];

  it('tests every IPC code of the patent, not only the main one', () => {
    expect(matchStrategicEmergingIndustry(['F16H1/00', 'H01M10/0525'], '一种锂电池', table)?.industry).toBe('6.1');
  });

  it('applies the keyword condition of a row', () => {
    expect(matchStrategicEmergingIndustry(['G06N3/08'], '基于神经网络的检测方法', table)?.industry).toBe('1.6');
    expect(matchStrategicEmergingIndustry(['G06N3/08'], '一种齿轮', table)).toBeNull();
  });
});
