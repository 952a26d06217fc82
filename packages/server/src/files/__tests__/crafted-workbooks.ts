import { Readable } from 'node:stream';
import { zipArchive } from './table-fixtures.js';

/**
 * Crafted .xlsx files for the reader's limits, generated in the test. Large parts are produced as
 * streams and deflated on the way into the zip, so the test itself never holds them.
 */

const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function parts(sheet: string | Readable): { name: string; content: string | Readable }[] {
  return [
    {
      name: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    },
    { name: '_rels/.rels', content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/_rels/workbook.xml.rels', content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', content: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="专利" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    { name: 'xl/worksheets/sheet1.xml', content: sheet },
  ];
}

const sheetStart = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>申请号</t></is></c><c r="B1" t="inlineStr"><is><t>名称</t></is></c></row>`;
const sheetEnd = '</sheetData></worksheet>';

/** A stream of `size` bytes of `fill` between a head and a tail, made 1 MB at a time. */
function streamed(head: string, fill: (offset: number, length: number) => string, size: number, tail: string): Readable {
  async function* chunks() {
    yield head;
    for (let offset = 0; offset < size; offset += 2 ** 20) yield fill(offset, Math.min(2 ** 20, size - offset));
    yield tail;
  }
  return Readable.from(chunks());
}

/** The upload of the security review: one inline-string cell of `megabytes` MB (150 by default), about 150 KB zipped. */
export function hugeInlineCellWorkbook(megabytes = 150): Promise<Buffer> {
  const sheet = streamed(`${sheetStart}<row r="2"><c r="A2" t="inlineStr"><is><t>`, (_, length) => 'A'.repeat(length), megabytes * 2 ** 20, `</t></is></c></row>${sheetEnd}`);
  return zipArchive(parts(sheet), { deflate: true });
}

/** A classic zip bomb: a sheet of a million identical rows that packs a thousandfold. */
export function zipBombWorkbook(megabytes = 200): Promise<Buffer> {
  const row = '<row><c t="inlineStr"><is><t>炸弹</t></is></c><c><v>1</v></c></row>';
  const sheet = streamed(sheetStart, (_, length) => row.repeat(Math.ceil(length / Buffer.byteLength(row))), megabytes * 2 ** 20, sheetEnd);
  return zipArchive(parts(sheet), { deflate: true });
}

/** Text that does not compress (so only the cell limit can stop it): `length` characters. */
export function incompressibleText(length: number): string {
  let state = 12345;
  let text = '';
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    text += String.fromCharCode(0x4e00 + (state % 0x5000));
  }
  return text;
}

/** A workbook whose cell B2 holds `text`, and optional extra columns in row 2. */
export function oneCellWorkbook(text: string, extraCells = ''): Promise<Buffer> {
  return zipArchive(parts(`${sheetStart}<row r="2"><c r="A2"><v>2023101234567</v></c><c r="B2" t="inlineStr"><is><t>${text}</t></is></c>${extraCells}</row>${sheetEnd}`), { deflate: true });
}

/** A sheet with a DOCTYPE that declares entities (the "billion laughs"). */
export function entityWorkbook(): Promise<Buffer> {
  const doctype = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
  return zipArchive(parts(`<?xml version="1.0" encoding="UTF-8"?>${doctype}<worksheet xmlns="${ns}"><sheetData><row r="1"><c t="inlineStr"><is><t>&b;</t></is></c></row>${sheetEnd}`), { deflate: true });
}

/** Lowers the uncompressed size the central directory declares for every entry, as a crafted file would. */
export function understateSizes(zip: Buffer, declared: number): Buffer {
  const copy = Buffer.from(zip);
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]); // a central directory record
  for (let at = copy.indexOf(signature); at !== -1; at = copy.indexOf(signature, at + 4)) {
    if (copy.readUInt32LE(at + 24) > declared) copy.writeUInt32LE(declared, at + 24);
  }
  return copy;
}
