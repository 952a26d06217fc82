import { AppError } from '../common/app-error.js';
import { detectEvidenceType } from './evidence-file-type.js';

/** Names are shown and offered on download; keep them printable and short. */
export function cleanFileName(name: string, fallback = 'file'): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const base = name.replace(/^.*[\\/]/, '').replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_').trim();
  return base.slice(-120) || fallback;
}

/**
 * The checks every 佐证材料 upload passes before its bytes are stored, whichever area keeps it: not
 * empty, at most ATTACHMENT_MAX_MB, and a PDF, image or Office file whose content matches its name.
 */
export function checkEvidenceFile(bytes: Uint8Array, fileName: string, maxMb: number, fallbackName?: string): { name: string; mediaType: string } {
  if (bytes.length === 0) throw new AppError(422, 'empty_file', `The file is empty`);
  if (bytes.length > maxMb * 1024 * 1024) throw new AppError(413, 'file_too_large', `The file is larger than ${maxMb} MB`, undefined, { maxMb });
  const name = cleanFileName(fileName, fallbackName);
  const detection = detectEvidenceType(bytes, name);
  if (!detection.ok) {
    // The detector words its refusal in both languages ("中文 / English"); each side travels as the reason.
    const [zh = detection.message, en = detection.message] = detection.message.split(' / ');
    throw new AppError(415, `file_${detection.code.replace('-', '_')}`, en, undefined, { reason: { zh, en } });
  }
  return { name, mediaType: detection.type.mediaType };
}
