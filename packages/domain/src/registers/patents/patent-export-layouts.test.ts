import { describe, expect, it } from 'vitest';
import { layoutHasColumn, patentExportLayoutOf, patentExportLayouts } from './patent-export-layouts.js';

const layout = (key: string) => patentExportLayouts.find((l) => l.key === key)!;

describe('patentExportLayoutOf', () => {
  it('recognises each layout by its own header', () => {
    for (const each of patentExportLayouts) expect(patentExportLayoutOf(each.headers).key).toBe(each.key);
  });

  it('recognises CNIPA by 公开（公告）号 without a grant-date column, brackets in either width', () => {
    expect(patentExportLayoutOf(['申请号', '申请日', '公开(公告)号', '公开(公告)日', '名称']).key).toBe('cnipa');
    expect(patentExportLayoutOf(['申请号', '公开（公告）号', '授权公告日']).key).toBe('ipcounty');
  });

  it('recognises PatSnap by its [标] owner column in full-width brackets too', () => {
    expect(patentExportLayoutOf(['公开（公告）号', '【标】当前申请（专利权）人']).key).toBe('commercial');
  });

  it('gives every example row as many cells as its header', () => {
    for (const each of patentExportLayouts) for (const row of each.example) expect(row).toHaveLength(each.headers.length);
    expect(layout('cnipa').headers).toContain('专利权状态');
  });

  it('knows a layout’s columns whatever the width of their brackets', () => {
    expect(layoutHasColumn(layout('cnipa'), '发明(设计)人')).toBe(true);
    expect(layoutHasColumn(layout('cnipa'), '备注')).toBe(false);
  });
});
