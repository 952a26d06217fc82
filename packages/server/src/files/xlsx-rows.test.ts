import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectTableError, makeTempDir, readAll, zipArchive } from './__tests__/table-fixtures.js';
import { matchHeaders } from './header-matching.js';
import { openTable, readTable, readTableHeaders } from './table-reader.js';
import { formatCellDate } from './xlsx-rows.js';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(async () => {
  await temp.remove();
});

async function workbookFile(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const path = temp.path(name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const headers = ['申请号', '申请日', '公告日时', '权利要求数', '费用', '名称', '合计', '有效', '备注', '链接'];

function patentSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('专利清单');
  sheet.addRow(headers);
  const first = sheet.addRow([
    2023101234567,
    new Date(Date.UTC(2024, 2, 15)),
    // 20:30 on the 15th: read through a Shanghai clock this would turn into the 16th.
    new Date(Date.UTC(2024, 2, 15, 20, 30)),
    10,
    0.1 + 0.2,
    { richText: [{ text: '一种' }, { font: { bold: true }, text: '智能' }, { text: '装置' }] },
    { formula: 'D2*2', result: 20 },
    true,
    { error: '#N/A' },
    { text: '国家知识产权局', hyperlink: 'https://www.cnipa.gov.cn' },
  ]);
  first.getCell(2).numFmt = 'yyyy-mm-dd';
  first.getCell(3).numFmt = 'yyyy-mm-dd hh:mm';
  const second = sheet.addRow([1e21, { formula: 'B2+1', result: 45367 }, null, 1.5e-7, -12.5, { formula: '"甲"&"乙"', result: '甲乙' }]);
  second.getCell(2).numFmt = 'yyyy"年"m"月"d"日"';
  sheet.getCell('C4').value = '合并单元格';
  sheet.mergeCells('C4:E4');
  sheet.getCell('A4').value = 'CN202320001234.5';
  for (const address of ['A6', 'B6', 'A9', 'C9']) {
    sheet.getCell(address).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  }
  return sheet;
}

describe('readTable: xlsx', () => {
  it('reads values as the user typed them: dates, plain numbers, long ids, rich text, formulas', async () => {
    const path = await workbookFile('patents.xlsx', (workbook) => {
      patentSheet(workbook);
      workbook.addWorksheet('其他').addRow(['不应读取']);
    });
    const table = await openTable({ path }, { fileName: 'patents.xlsx' });
    expect(table.format).toBe('xlsx');
    expect(table.headers).toEqual(headers);
    const rows = [];
    for await (const row of table.rows()) rows.push(row);

    expect(rows).toEqual([
      {
        rowNumber: 2,
        cells: {
          申请号: '2023101234567',
          申请日: '2024-03-15',
          公告日时: '2024-03-15 20:30:00',
          权利要求数: '10',
          费用: '0.3',
          名称: '一种智能装置',
          合计: '20',
          有效: 'TRUE',
          备注: '#N/A',
          链接: '国家知识产权局',
        },
        formulaColumns: ['合计'],
      },
      {
        rowNumber: 3,
        cells: {
          申请号: '1000000000000000000000',
          申请日: '2024-03-16',
          公告日时: '',
          权利要求数: '0.00000015',
          费用: '-12.5',
          名称: '甲乙',
          合计: '',
          有效: '',
          备注: '',
          链接: '',
        },
        formulaColumns: ['申请日', '名称'],
      },
      {
        rowNumber: 4,
        cells: {
          申请号: 'CN202320001234.5',
          申请日: '',
          公告日时: '合并单元格',
          权利要求数: '',
          费用: '',
          名称: '',
          合计: '',
          有效: '',
          备注: '',
          链接: '',
        },
      },
    ]);
  });

  it('stops cleanly when the reader leaves early or only wants the header', async () => {
    const path = await workbookFile('early.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('s');
      sheet.addRow(['申请号']);
      for (let i = 1; i <= 3000; i += 1) sheet.addRow([`CN${i}`]);
    });
    const seen: number[] = [];
    for await (const row of readTable({ path }, { fileName: 'early.xlsx' })) {
      seen.push(row.rowNumber);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual([2, 3]);
    expect(await readTableHeaders({ path }, { fileName: 'early.xlsx' })).toEqual(['申请号']);
  });

  it('reads the first visible sheet when the first one is hidden', async () => {
    const path = await workbookFile('hidden.xlsx', (workbook) => {
      const lists = workbook.addWorksheet('下拉选项', { state: 'hidden' });
      lists.addRow(['选项', '值']);
      lists.addRow(['发明', 'invention']);
      const data = workbook.addWorksheet('数据');
      data.addRow(['申请号', '名称']);
      data.addRow(['1', '装置']);
    });
    expect(await readAll({ path }, { fileName: 'hidden.xlsx' })).toEqual([{ rowNumber: 2, cells: { 申请号: '1', 名称: '装置' } }]);
  });

  it('finds the header below a merged title row', async () => {
    const path = await workbookFile('titled.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('统计');
      sheet.getCell('A1').value = '2024年金湖县专利统计表';
      sheet.mergeCells('A1:C1');
      sheet.addRow(['镇街', '发明专利', '实用新型']);
      sheet.addRow(['黎城街道', 12, 30]);
    });
    const table = await openTable({ path }, { fileName: 'titled.xlsx' });
    expect(table.headerRowNumber).toBe(2);
    const rows = [];
    for await (const row of table.rows()) rows.push(row);
    expect(rows).toEqual([{ rowNumber: 3, cells: { 镇街: '黎城街道', 发明专利: '12', 实用新型: '30' } }]);
  });

  it('reads dates in a workbook that uses the 1904 date system', async () => {
    const path = await workbookFile('1904.xlsx', (workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('s');
      sheet.addRow(['名称', '申请日']);
      sheet.addRow(['甲', new Date(Date.UTC(2023, 11, 31))]).getCell(2).numFmt = 'yyyy-mm-dd';
    });
    const rows = await readAll({ path }, { fileName: '1904.xlsx' });
    expect(rows[0]?.cells['申请日']).toBe('2023-12-31');
  });

  it('reads dates when styles.xml comes after the sheet in the zip', async () => {
    // Shared strings and relationships before the sheet, styles after it: exceljs on its own
    // parses the sheet before it knows that style 1 is a date format.
    const zip = await zipArchive(orderedParts(['types', 'rels', 'workbookRels', 'workbook', 'sharedStrings', 'sheet', 'styles']), { deflate: true });
    expect(await firstDataRowWithPlainExcelJs(zip)).toEqual([2023101234567, 45366, '一种装置']);

    const rows = await readAll({ buffer: zip }, { fileName: 'late-styles.xlsx' });
    expect(rows).toEqual([{ rowNumber: 2, cells: { 申请号: '2023101234567', 申请日: '2024-03-15', 名称: '一种装置' } }]);
  });

  it('reads a workbook whose workbook.xml comes last in the zip', async () => {
    // exceljs on its own fails on this order with a TypeError.
    const zip = await zipArchive(orderedParts(['types', 'rels', 'workbookRels', 'sharedStrings', 'sheet', 'styles', 'workbook']), { deflate: true });
    await expect(firstDataRowWithPlainExcelJs(zip)).rejects.toThrow(TypeError);

    const rows = await readAll({ buffer: zip }, { fileName: 'late-workbook.xlsx' });
    expect(rows).toEqual([{ rowNumber: 2, cells: { 申请号: '2023101234567', 申请日: '2024-03-15', 名称: '一种装置' } }]);
  });

  it('reads uncompressed parts stored with the sheet before the strings and styles', async () => {
    const zip = await zipArchive(orderedParts(['types', 'rels', 'workbookRels', 'workbook', 'sheet', 'styles', 'sharedStrings']));
    const rows = await readAll({ buffer: zip }, { fileName: 'stored.xlsx' });
    expect(rows).toEqual([{ rowNumber: 2, cells: { 申请号: '2023101234567', 申请日: '2024-03-15', 名称: '一种装置' } }]);
  });

  it('reads a sheet with inline strings and no shared-strings part', async () => {
    const parts = workbookParts();
    const sheet = {
      name: 'xl/worksheets/sheet1.xml',
      content: parts.sheet.content
        .replace(/<c r="(\w+)" t="s"><v>(\d)<\/v><\/c>/g, (_, ref: string, index: string) =>
          `<c r="${ref}" t="inlineStr"><is><t>${['申请号', '申请日', '名称', '一种装置'][Number(index)]}</t></is></c>`),
    };
    const zip = await zipArchive([parts.types, parts.rels, parts.workbookRels, parts.workbook, parts.styles, sheet], { deflate: true });
    expect(await readAll({ buffer: zip }, { fileName: 'inline.xlsx' })).toEqual([
      { rowNumber: 2, cells: { 申请号: '2023101234567', 申请日: '2024-03-15', 名称: '一种装置' } },
    ]);
  });

  it('follows the workbook to a sheet file with an unusual name', async () => {
    const parts = workbookParts();
    const zip = await zipArchive(
      [
        parts.types,
        parts.rels,
        { name: parts.workbookRels.name, content: parts.workbookRels.content.replace('worksheets/sheet1.xml', '/xl/worksheets/data.xml') },
        parts.workbook,
        parts.styles,
        parts.sharedStrings,
        { name: 'xl/worksheets/data.xml', content: parts.sheet.content },
      ],
      { deflate: true },
    );
    expect(await readAll({ buffer: zip }, { fileName: 'renamed.xlsx' })).toHaveLength(1);
  });

  it('rejects a workbook whose first sheet is empty', async () => {
    const path = await workbookFile('empty.xlsx', (workbook) => {
      workbook.addWorksheet('空表');
    });
    await expectTableError(readAll({ path }, { fileName: 'empty.xlsx' }), 'empty_file');
  });

  it('rejects a damaged workbook', async () => {
    const path = await workbookFile('whole.xlsx', (workbook) => {
      patentSheet(workbook);
    });
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(path);
    const error = await expectTableError(
      readAll({ buffer: bytes.subarray(0, Math.floor(bytes.length / 2)) }, { fileName: 'damaged.xlsx' }),
      'xlsx_unreadable',
    );
    expect(error.reason.zh).toContain('无法读取该 xlsx 文件');
  });

  it('rejects more data rows than maxRows', async () => {
    const path = await workbookFile('rows.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('s');
      sheet.addRow(['申请号']);
      for (let i = 1; i <= 4; i += 1) sheet.addRow([`CN${i}`]);
    });
    expect(await readAll({ path }, { fileName: 'rows.xlsx', maxRows: 4 })).toHaveLength(4);
    const error = await expectTableError(readAll({ path }, { fileName: 'rows.xlsx', maxRows: 3 }), 'too_many_rows');
    expect(error.reason.en).toContain('more than 3 data rows');
  });

  it('reports a missing required column from the header alone', async () => {
    const path = await workbookFile('no-app-no.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('s');
      sheet.addRow(['名称', '申请日']);
      sheet.addRow(['装置', new Date(Date.UTC(2024, 0, 2))]);
    });
    const found = await readTableHeaders({ path }, { fileName: 'no-app-no.xlsx' });
    const match = matchHeaders(found, [
      { key: 'applicationNumber', labels: ['申请号'], required: true },
      { key: 'title', labels: ['名称', '发明名称'], required: true },
    ]);
    expect(match.missing).toEqual(['applicationNumber']);
    expect(match.problems[0]?.reason).toEqual({ zh: '缺少必填列：申请号', en: 'Missing required column: 申请号' });
  });
});

describe('formatCellDate', () => {
  it('uses the UTC fields exceljs fills with the wall-clock time, whatever the time zone', () => {
    expect(formatCellDate(new Date(Date.UTC(2024, 2, 15)))).toBe('2024-03-15');
    expect(formatCellDate(new Date(Date.UTC(2024, 2, 15, 23, 59, 59, 999)))).toBe('2024-03-16');
    expect(formatCellDate(new Date(Date.UTC(2024, 2, 15, 8, 5, 9, 400)))).toBe('2024-03-15 08:05:09');
    // A cell formatted h:mm holds a fraction of a day: 0.5 is noon.
    expect(formatCellDate(new Date(Date.UTC(1899, 11, 30, 12)))).toBe('12:00:00');
    expect(formatCellDate(new Date(Number.NaN))).toBe('');
  });
});

async function firstDataRowWithPlainExcelJs(zip: Buffer): Promise<unknown[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([zip]), { styles: 'cache', sharedStrings: 'cache' });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      if (row.number === 2) return (row.values as unknown[]).slice(1);
    }
  }
  return [];
}

type Part = 'types' | 'rels' | 'workbookRels' | 'sharedStrings' | 'sheet' | 'styles' | 'workbook';

/** A minimal workbook (申请号 / 申请日 as a built-in date format / 名称) with its parts in the given order. */
function orderedParts(order: readonly Part[]): { name: string; content: string }[] {
  const parts = workbookParts();
  return order.map((part) => parts[part]);
}

function workbookParts(): Record<Part, { name: string; content: string }> {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return {
    types: {
      name: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '</Types>',
    },
    rels: {
      name: '_rels/.rels',
      content:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    workbookRels: {
      name: 'xl/_rels/workbook.xml.rels',
      content:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    sharedStrings: {
      name: 'xl/sharedStrings.xml',
      content:
        `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${ns}" count="4" uniqueCount="4">` +
        '<si><t>申请号</t></si><si><t>申请日</t></si><si><t>名称</t></si><si><t>一种装置</t></si></sst>',
    },
    sheet: {
      name: 'xl/worksheets/sheet1.xml',
      content:
        `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}" xmlns:r="${rel}"><sheetData>` +
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
        '<row r="2"><c r="A2"><v>2023101234567</v></c><c r="B2" s="1"><v>45366</v></c><c r="C2" t="s"><v>3</v></c></row>' +
        '</sheetData></worksheet>',
    },
    styles: {
      name: 'xl/styles.xml',
      content:
        `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${ns}">` +
        '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
        '</styleSheet>',
    },
    workbook: {
      name: 'xl/workbook.xml',
      content:
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}">` +
        '<sheets><sheet name="专利" sheetId="1" r:id="rId1"/></sheets></workbook>',
    },
  };
}
