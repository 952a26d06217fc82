import { createHash } from 'node:crypto';
import type { ArchiveFileContent } from './document-archive.repository.js';

export const mediaTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  zip: 'application/zip',
  xml: 'application/xml',
} as const;

/** A file for the archive, with its size and SHA-256. */
export function archiveFile(name: string, kind: keyof typeof mediaTypes, content: Buffer): ArchiveFileContent {
  return { name, mediaType: mediaTypes[kind], size: content.length, sha256: createHash('sha256').update(content).digest('hex'), content };
}
