import { describe, expect, it } from 'vitest';
import { docxBytes, exeBytes, exeWithPdfHeaderBytes, oleBytes, pdfBytes, pngBytes, zipBytes } from '../supervision/__tests__/evidence-samples.js';
import { detectEvidenceType, extensionOf, zipEntryNames } from './evidence-file-type.js';

const kind = (bytes: Uint8Array, name: string) => {
  const d = detectEvidenceType(bytes, name);
  return d.ok ? d.type.kind : d.code;
};

describe('detectEvidenceType', () => {
  it('recognises PDFs, images and Office documents by their bytes', async () => {
    expect(kind(pdfBytes(), '会议纪要.pdf')).toBe('pdf');
    expect(kind(pngBytes(), '现场照片.PNG')).toBe('png');
    expect(kind(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'a.jpeg')).toBe('jpeg');
    expect(kind(await docxBytes(), '签到表.docx')).toBe('docx');
    expect(kind(zipBytes(['[Content_Types].xml', 'xl/workbook.xml']), '台账.xlsx')).toBe('xlsx');
    expect(kind(oleBytes(['WordDocument']), '通知.wps')).toBe('doc');
    expect(kind(oleBytes(['Workbook']), '统计.xls')).toBe('xls');
  });

  it('refuses a .pdf that is really an .exe, naming it', () => {
    const d = detectEvidenceType(exeBytes(), '佐证材料.pdf');
    expect(d).toMatchObject({ ok: false, code: 'executable' });
  });

  it('AS-FILE-03 refuses a program with %PDF- at 0x50: the executable check runs before the PDF check', () => {
    expect(exeWithPdfHeaderBytes().subarray(0x50, 0x58).toString('latin1')).toBe('%PDF-1.4');
    expect(detectEvidenceType(exeWithPdfHeaderBytes(), '佐证材料.pdf')).toMatchObject({ ok: false, code: 'executable' });
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(60, 0), Buffer.from('%PDF-1.7')]);
    expect(detectEvidenceType(elf, 'a.pdf')).toMatchObject({ ok: false, code: 'executable' });
  });

  it('refuses a file whose name says something other than its content', () => {
    const d = detectEvidenceType(pngBytes(), 'scan.pdf');
    expect(d).toMatchObject({ ok: false, code: 'extension-mismatch' });
    expect(d.ok ? '' : d.message).toContain('PNG 图片');
    expect(kind(pdfBytes(), 'no-extension')).toBe('extension-mismatch');
  });

  it('refuses documents with macros, archives that are not Office files, and unknown bytes', () => {
    expect(kind(zipBytes(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin']), 'a.docx')).toBe('macro');
    expect(kind(oleBytes(['WordDocument', 'Macros']), 'a.doc')).toBe('macro');
    expect(kind(zipBytes(['readme.txt', 'payload.exe']), 'a.docx')).toBe('unsupported');
    expect(kind(oleBytes(['SummaryInformation']), 'a.msi.doc')).toBe('unsupported');
    expect(kind(Buffer.from('just some text'), 'a.txt')).toBe('unsupported');
  });
});

describe('zipEntryNames', () => {
  it('reads the central directory, and returns null for bytes that are not a ZIP', () => {
    expect(zipEntryNames(zipBytes(['a.txt', '子目录/b.xml']))).toEqual(['a.txt', '子目录/b.xml']);
    expect(zipEntryNames(Buffer.from('PK\x03\x04 broken'))).toBeNull();
  });
});

describe('extensionOf', () => {
  it('takes the last extension, lower case', () => {
    expect([extensionOf('a.PDF'), extensionOf('a.pdf.exe'), extensionOf('noext'), extensionOf('x.tar.gz ')]).toEqual(['pdf', 'exe', '', 'gz']);
  });
});
