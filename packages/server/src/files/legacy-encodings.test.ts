import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { expectTableError, readAll } from './__tests__/table-fixtures.js';
import { looksLikeShiftJis } from './text-decoding.js';

const japanese =
  '出願番号,発明の名称,出願人,出願日\r\n' +
  '2023-123456,スマート灌漑システムの制御装置,株式会社テクノロジー,2023-05-06\r\n' +
  '2023-123457,ネットワーク通信の方法およびプログラム,日本電気株式会社,2023-05-07\r\n';

const chinese =
  '申请号,名称,申请人,申请人地址,申请日\r\n' +
  '2023101234567,一种智能灌溉控制装置及其使用方法,金湖县第一机械有限公司,江苏省淮安市金湖县黎城街道工业园区,2023-05-06\r\n' +
  '2023201234561,一种阀门密封结构,江苏金湖阀门集团股份有限公司,江苏省淮安市金湖县银涂镇,2023-01-05\r\n';

describe('text files in a legacy encoding', () => {
  it('refuses a Shift-JIS file as an unsupported encoding, not for a missing column', async () => {
    const error = await expectTableError(readAll({ buffer: iconv.encode(japanese, 'shift_jis') }, { fileName: '特許.csv' }), 'undecodable');
    expect(error.reason.zh).toContain('Shift-JIS');
    expect(error.reason.en).toContain('not supported');
  });

  it('still reads Chinese text saved as GBK, which Shift-JIS would also decode', async () => {
    const bytes = iconv.encode(chinese, 'gbk');
    expect(looksLikeShiftJis(bytes)).toBe(false);
    const rows = await readAll({ buffer: bytes }, { fileName: '专利.csv' });
    expect(rows[1]?.cells['申请人']).toBe('江苏金湖阀门集团股份有限公司');
  });
});
