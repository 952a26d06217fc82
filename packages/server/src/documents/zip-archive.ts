import yazl from 'yazl';

/** A ZIP of named files (UTF-8 names, so Chinese folder and file names survive), as bytes. */
export function zipArchive(entries: readonly { path: string; content: Buffer; mtime?: Date }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(e.content, e.path, { mtime: e.mtime ?? new Date(0), compress: true });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}
