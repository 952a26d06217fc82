import type { LocalizedText } from '@ipcounty/domain';

/** Why a whole file could not be read as a table (as opposed to a problem in one row). */
export type TableFileErrorCode =
  | 'empty_file'
  | 'no_header'
  | 'blank_header'
  | 'duplicate_header'
  | 'unsupported_type'
  | 'undecodable'
  | 'unterminated_quote'
  | 'too_many_rows'
  /** A cell, row, part or the whole workbook beyond the reader's limits (see README, Security). */
  | 'too_large'
  | 'xlsx_not_zip'
  | 'xlsx_unreadable';

/**
 * A file-level problem: the importer stops and shows `reason` to the user.
 * `message` carries both languages so that a log line is readable by everyone.
 */
export class TableFileError extends Error {
  override readonly name = 'TableFileError';

  constructor(
    readonly code: TableFileErrorCode,
    readonly reason: LocalizedText,
    options?: { cause?: unknown },
  ) {
    super(`${reason.zh} / ${reason.en}`, options);
  }
}
