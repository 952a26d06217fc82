import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Evidence files on disk: `<ATTACHMENTS_DIR>/<county>/<random id>`, no extension, outside the web
 * root and never served as a folder; the original name lives in the database only, so a crafted
 * name (`../../x`, `a.pdf.exe`) never touches the file system.
 */
export function attachmentStore(root: string) {
  const folder = (countyId: string) => path.resolve(root, countyId.replace(/[^a-z0-9-]/g, '_'));
  return {
    /** Write the bytes under a new generated name; returns it with the content's SHA-256. */
    async write(countyId: string, bytes: Uint8Array): Promise<{ storedName: string; sha256: string }> {
      const dir = folder(countyId);
      await fs.mkdir(dir, { recursive: true, mode: 0o750 });
      const storedName = randomUUID();
      await fs.writeFile(path.join(dir, storedName), bytes, { flag: 'wx', mode: 0o640 });
      return { storedName, sha256: createHash('sha256').update(bytes).digest('hex') };
    },

    async read(countyId: string, storedName: string): Promise<Buffer> {
      if (!/^[0-9a-f-]{36}$/.test(storedName)) throw new Error(`not a stored attachment name: ${storedName}`);
      return fs.readFile(path.join(folder(countyId), storedName));
    },

    /** Remove a file whose database row was never written (the transaction failed). */
    async discard(countyId: string, storedName: string): Promise<void> {
      await fs.rm(path.join(folder(countyId), storedName), { force: true });
    },
  };
}
