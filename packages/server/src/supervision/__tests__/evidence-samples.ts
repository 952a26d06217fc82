import { Document, Packer, Paragraph } from 'docx';

/** Small files of each kind, built here so the tests carry no binary fixtures. */

export const pdfBytes = (padding = 0) =>
  Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'), Buffer.alloc(padding, 0x20), Buffer.from('\ntrailer << /Root 1 0 R >>\n%%EOF\n')]);

export const pngBytes = () =>
  Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4450000000049454e44ae426082', 'hex');

/** A Windows program: the 'MZ' header of every .exe. */
export const exeBytes = () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126, 0), Buffer.from('PE\0\0'), Buffer.alloc(64, 0)]);

/** A Windows program with a PDF header planted at 0x50, inside its DOS stub (a polyglot). */
export const exeWithPdfHeaderBytes = () => {
  const bytes = exeBytes();
  bytes.write('%PDF-1.4', 0x50, 'latin1');
  return bytes;
};

export const docxBytes = async () => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('签到表')] }] }));

/** A ZIP holding the named (empty) entries, stored uncompressed: enough for a container check. */
export function zipBytes(names: readonly string[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const n = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(n.length, 26);
    locals.push(local, n);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, n);
    offset += 30 + n.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An OLE compound file whose directory names the given streams (as old Word/Excel files do). */
export function oleBytes(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streams].forEach((name, i) => directory.write(name.split('').join('\0') + '\0', i * 128, 'latin1'));
  return Buffer.concat([header, directory]);
}

/** A multipart/form-data body with one file field, as a browser sends it. */
export function multipart(fileName: string, bytes: Buffer, contentType = 'application/octet-stream') {
  const boundary = '----ipcounty-test-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
