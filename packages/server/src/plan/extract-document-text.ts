import { SaxesParser } from 'saxes';
import type { SourceBlock } from '@ipcounty/domain';
import { DetectingTextDecoder } from '../files/text-decoding.js';
import { AppError } from '../common/app-error.js';

/** The plan documents the parser reads: Word (.docx) and plain text. */
export const planDocumentTypes = ['.docx', '.txt'] as const;

const isZip = (bytes: Buffer) => bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;
const isOldWord = (bytes: Buffer) => bytes.length > 8 && bytes.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'));

/**
 * Plain text as saved on a county office's computer: UTF-8 or UTF-16 by its byte-order mark, else
 * UTF-8, else GB18030 (what Notepad in Chinese Windows writes as "ANSI"), as the table importer reads.
 */
function decodeText(bytes: Buffer): string {
  const decoder = new DetectingTextDecoder();
  return decoder.write(bytes) + decoder.end();
}

/**
 * A Word document's paragraphs and tables in order. mammoth gives well-formed HTML (entities
 * escaped, empty elements closed), read here as XML: a paragraph, heading or list item is a
 * paragraph; a table is its rows of cell texts (a cell's paragraphs joined by a line break).
 */
export function blocksOfHtml(html: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const parser = new SaxesParser();
  let text: string | undefined;
  let table: string[][] | undefined;
  let cell: string[] | undefined;
  let tableDepth = 0;
  parser.on('opentag', (tag) => {
    const name = tag.name.toLowerCase();
    if (name === 'table' && tableDepth++ === 0) table = [];
    else if (name === 'tr' && table && tableDepth === 1) table.push([]);
    else if ((name === 'td' || name === 'th') && table && tableDepth === 1) cell = [];
    else if (/^(p|h[1-6]|li)$/.test(name)) text = '';
    else if (name === 'br' && text !== undefined) text += '\n';
  });
  parser.on('text', (value) => {
    if (text !== undefined) text += value;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name.toLowerCase();
    if (/^(p|h[1-6]|li)$/.test(name) && text !== undefined) {
      if (cell) cell.push(text);
      else if (!table) blocks.push({ kind: 'paragraph', text });
      text = undefined;
    } else if ((name === 'td' || name === 'th') && cell && table && tableDepth === 1) {
      table[table.length - 1]!.push(cell.join('\n'));
      cell = undefined;
    } else if (name === 'table' && --tableDepth === 0 && table) {
      blocks.push({ kind: 'table', rows: table });
      table = undefined;
    }
  });
  parser.write(`<root>${html}</root>`).close();
  return blocks;
}

/** Read an uploaded plan document into the blocks the parser reads; other kinds are refused by name. */
export async function extractDocumentBlocks(file: { fileName: string; bytes: Buffer }): Promise<SourceBlock[] | string> {
  if (isZip(file.bytes)) {
    // mammoth loads with the first Word plan read, not at start.
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.convertToHtml({ buffer: file.bytes }).catch(() => {
      throw new AppError(422, 'unreadable_document', `${file.fileName} is not a Word document that can be read`, undefined, { file: file.fileName });
    });
    return blocksOfHtml(value);
  }
  if (isOldWord(file.bytes))
    throw new AppError(415, 'old_word_format', `Word 97–2003 (.doc) cannot be read: save ${file.fileName} as .docx`, undefined, { file: file.fileName });
  if (/\.txt$/i.test(file.fileName) || !file.bytes.includes(0)) {
    try {
      return decodeText(file.bytes);
    } catch {
      throw new AppError(422, 'undecodable_text', `The text of ${file.fileName} is in no known encoding`, undefined, { file: file.fileName });
    }
  }
  throw new AppError(415, 'unsupported_document', `Upload the plan as a Word document (.docx) or plain text (.txt), not ${file.fileName}`, undefined, { file: file.fileName });
}
