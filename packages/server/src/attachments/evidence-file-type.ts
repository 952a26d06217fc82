/**
 * What kind of file an upload really is, read from its bytes (magic numbers and, for Office files,
 * the names inside the container), never from the name or the type the browser sent. 佐证材料 are
 * PDFs, images and Office documents; anything else is refused, and so is a file whose extension
 * says something other than its content (a .pdf that is a Windows program).
 */
export interface EvidenceType {
  kind: 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'docx' | 'xlsx' | 'pptx' | 'doc' | 'xls' | 'ppt';
  mediaType: string;
  /** The extensions a file of this kind may carry (WPS writes .wps/.et/.dps in the old Office format). */
  extensions: readonly string[];
  /** 中文名称, for messages. */
  label: string;
}

export type Detection =
  | { ok: true; type: EvidenceType }
  | { ok: false; code: 'unsupported' | 'executable' | 'macro' | 'extension-mismatch'; message: string };

const types = {
  pdf: { kind: 'pdf', mediaType: 'application/pdf', extensions: ['pdf'], label: 'PDF 文档' },
  png: { kind: 'png', mediaType: 'image/png', extensions: ['png'], label: 'PNG 图片' },
  jpeg: { kind: 'jpeg', mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG 图片' },
  gif: { kind: 'gif', mediaType: 'image/gif', extensions: ['gif'], label: 'GIF 图片' },
  webp: { kind: 'webp', mediaType: 'image/webp', extensions: ['webp'], label: 'WebP 图片' },
  docx: { kind: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], label: 'Word 文档' },
  xlsx: { kind: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], label: 'Excel 表格' },
  pptx: { kind: 'pptx', mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'], label: 'PowerPoint 演示文稿' },
  doc: { kind: 'doc', mediaType: 'application/msword', extensions: ['doc', 'wps'], label: 'Word 97–2003 文档' },
  xls: { kind: 'xls', mediaType: 'application/vnd.ms-excel', extensions: ['xls', 'et'], label: 'Excel 97–2003 表格' },
  ppt: { kind: 'ppt', mediaType: 'application/vnd.ms-powerpoint', extensions: ['ppt', 'dps'], label: 'PowerPoint 97–2003 演示文稿' },
} as const satisfies Record<EvidenceType['kind'], EvidenceType>;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Names of the entries in a ZIP's central directory (OOXML files are ZIPs); null when it is not a readable ZIP. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65535 bytes (after an optional comment).
  for (let eocd = bytes.length - 22; eocd >= Math.max(0, bytes.length - 22 - 65_535); eocd--) {
    if (view.getUint32(eocd, true) !== 0x06054b50) continue;
    const count = view.getUint16(eocd + 10, true);
    let offset = view.getUint32(eocd + 16, true);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
      const nameLength = view.getUint16(offset + 28, true);
      const extraLength = view.getUint16(offset + 30, true);
      const commentLength = view.getUint16(offset + 32, true);
      names.push(new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
      offset += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }
  return null;
}

/** Storage names in an OLE compound file (old Office, WPS): directory entries are 128-byte aligned, names UTF-16LE. */
function oleHasEntry(bytes: Uint8Array, name: string): boolean {
  const pattern = [...name].flatMap((c) => [c.charCodeAt(0), 0]);
  for (let at = 512; at + pattern.length + 2 <= bytes.length; at += 128)
    if (startsWith(bytes, pattern, at) && bytes[at + pattern.length] === 0 && bytes[at + pattern.length + 1] === 0) return true;
  return false;
}

function detectContent(bytes: Uint8Array): Detection {
  // Executables first: a PDF header may sit anywhere in the first 1 KB, so a Windows program with
  // %PDF- at 0x50 would otherwise pass as a document.
  if (startsWith(bytes, ascii('MZ')) || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]))
    return { ok: false, code: 'executable', message: '文件是可执行程序，不能作为佐证材料 / The file is an executable program' };
  const head = bytes.subarray(0, 1024);
  const pdfAt = new TextDecoder('latin1').decode(head).indexOf('%PDF-');
  if (pdfAt !== -1) return { ok: true, type: types.pdf };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, type: types.png };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, type: types.jpeg };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return { ok: true, type: types.gif };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { ok: true, type: types.webp };

  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    if (names?.includes('[Content_Types].xml')) {
      if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n)))
        return { ok: false, code: 'macro', message: '文件含有宏，请另存为不含宏的文档 / The document contains macros; save it without them' };
      if (names.includes('word/document.xml')) return { ok: true, type: types.docx };
      if (names.includes('xl/workbook.xml')) return { ok: true, type: types.xlsx };
      if (names.includes('ppt/presentation.xml')) return { ok: true, type: types.pptx };
    }
    return { ok: false, code: 'unsupported', message: '压缩包不是 Word、Excel 或 PowerPoint 文档 / The archive is not a Word, Excel or PowerPoint document' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (oleHasEntry(bytes, '_VBA_PROJECT') || oleHasEntry(bytes, 'Macros'))
      return { ok: false, code: 'macro', message: '文件含有宏，请另存为不含宏的文档 / The document contains macros; save it without them' };
    if (oleHasEntry(bytes, 'WordDocument')) return { ok: true, type: types.doc };
    if (oleHasEntry(bytes, 'Workbook') || oleHasEntry(bytes, 'Book')) return { ok: true, type: types.xls };
    if (oleHasEntry(bytes, 'PowerPoint Document')) return { ok: true, type: types.ppt };
  }
  return { ok: false, code: 'unsupported', message: '只接受 PDF、图片（PNG、JPEG、GIF、WebP）和 Office 文档 / Only PDF, images and Office documents are accepted' };
}

/** The file's extension, lower case, without the dot ('' when it has none). */
export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return match ? match[1]!.toLowerCase() : '';
}

/** Detect an upload's type and check that its name agrees with it. */
export function detectEvidenceType(bytes: Uint8Array, fileName: string): Detection {
  const detected = detectContent(bytes);
  if (!detected.ok) return detected;
  const extension = extensionOf(fileName);
  if (!detected.type.extensions.includes(extension))
    return {
      ok: false,
      code: 'extension-mismatch',
      message: `文件内容是${detected.type.label}，扩展名却是“.${extension || '（无）'}” / The content is ${detected.type.kind.toUpperCase()} but the name ends in ".${extension}"`,
    };
  return detected;
}
