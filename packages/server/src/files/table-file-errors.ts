import { TableFileError } from './table-file-error.js';

/**
 * Every file-level refusal of the table reader, in both languages: what went wrong and what the
 * user can do about it. One place, so the wording stays consistent across CSV and XLSX.
 */

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const SAVE_AS_HINT_ZH = '请在 Excel 或 WPS 中另存为 .xlsx 后重新上传';
const SAVE_AS_HINT_EN = 'Save it from Excel or WPS as .xlsx and upload it again';

export function emptyFile(): TableFileError {
  return new TableFileError('empty_file', {
    zh: '文件是空的，没有任何数据。',
    en: 'The file is empty.',
  });
}

export function noHeader(rowNumber: number, names: string[]): TableFileError {
  const sample = names.filter((name) => name !== '').slice(0, 3).join('、');
  return new TableFileError('no_header', {
    zh: `第 ${rowNumber} 行应为表头（列名），但内容看起来是数据（${sample}）。请在数据上方加一行列名后重新上传。`,
    en: `Row ${rowNumber} should be the header (column names) but looks like data (${sample}). Add a row of column names above the data and upload again.`,
  });
}

export function blankHeader(rowNumber: number, column: number): TableFileError {
  const letter = columnLetter(column);
  return new TableFileError('blank_header', {
    zh: `表头（第 ${rowNumber} 行）第 ${column + 1} 列（${letter} 列）没有列名。请填写列名，或删除这一列后重新上传。`,
    en: `Column ${letter} (column ${column + 1}) of the header in row ${rowNumber} has no name. Name it, or delete the column, and upload again.`,
  });
}

export function duplicateHeader(name: string, first: number, second: number): TableFileError {
  const columns = `${columnLetter(first)}、${columnLetter(second)}`;
  return new TableFileError('duplicate_header', {
    zh: `列名“${name}”出现了不止一次（${columns} 列）。列名不能重复，请修改后重新上传。`,
    en: `The column name "${name}" appears more than once (columns ${columnLetter(first)} and ${columnLetter(second)}). Column names must be unique; rename one and upload again.`,
  });
}

export function tooManyRows(limit: number): TableFileError {
  const formatted = limit.toLocaleString('en-US');
  return new TableFileError('too_many_rows', {
    zh: `文件的数据行超过了 ${formatted} 行的上限。请拆分成多个文件后分批导入。`,
    en: `The file has more than ${formatted} data rows, the most one import accepts. Split it into several files and import them one after another.`,
  });
}

export function unsupportedType(extension: string): TableFileError {
  if (extension === '.xls' || extension === '.et') {
    return new TableFileError('unsupported_type', {
      zh: `不支持${extension === '.xls' ? '旧版 Excel 97-2003 工作簿（.xls）' : 'WPS 表格格式（.et）'}。${SAVE_AS_HINT_ZH}。`,
      en: `${extension === '.xls' ? 'Excel 97-2003 workbooks (.xls)' : 'WPS spreadsheets (.et)'} are not supported. ${SAVE_AS_HINT_EN}.`,
    });
  }
  const shown = extension === '' ? '无扩展名' : extension;
  return new TableFileError('unsupported_type', {
    zh: `不支持的文件类型（${shown}）。请上传 .xlsx、.csv 或 .tsv 文件。`,
    en: `Unsupported file type (${extension === '' ? 'no extension' : extension}). Upload an .xlsx, .csv or .tsv file.`,
  });
}

export function workbookWithTextExtension(extension: string, isOle: boolean): TableFileError {
  return new TableFileError('unsupported_type', {
    zh: isOle
      ? `文件扩展名是 ${extension}，但内容是旧版 Excel 工作簿（.xls）。${SAVE_AS_HINT_ZH}。`
      : `文件扩展名是 ${extension}，但内容是压缩包或 xlsx 工作簿。如果是 Excel 文件，请把扩展名改为 .xlsx；如果是压缩包，请先解压。`,
    en: isOle
      ? `The file is named ${extension} but holds an Excel 97-2003 workbook (.xls). ${SAVE_AS_HINT_EN}.`
      : `The file is named ${extension} but holds a zip archive or an .xlsx workbook. If it is an Excel file, rename it to .xlsx; if it is an archive, unzip it first.`,
  });
}

export function xlsxNotZip(extension: string, isOle: boolean): TableFileError {
  return new TableFileError('xlsx_not_zip', {
    zh: isOle
      ? `文件扩展名是 ${extension}，但内容是旧版 .xls 工作簿或加密的工作簿。请取消密码保护，${SAVE_AS_HINT_ZH}。`
      : `文件扩展名是 ${extension}，但内容不是 xlsx 工作簿（xlsx 文件实际上是一个 zip 压缩包）。如果这是 CSV 文件，请把扩展名改为 .csv；否则${SAVE_AS_HINT_ZH}。`,
    en: isOle
      ? `The file is named ${extension} but holds an Excel 97-2003 workbook or a password-protected one. Remove the password; ${SAVE_AS_HINT_EN}.`
      : `The file is named ${extension} but is not an .xlsx workbook (an .xlsx file is a zip archive). If it is a CSV file, rename it to .csv; otherwise ${SAVE_AS_HINT_EN}.`,
  });
}

export function damagedWorkbook(cause?: unknown): TableFileError {
  return new TableFileError(
    'xlsx_unreadable',
    {
      zh: '无法读取该 xlsx 文件，文件可能已损坏。请用 Excel 或 WPS 打开后重新保存为 .xlsx 再上传。',
      en: 'The .xlsx file cannot be read; it may be damaged. Open it in Excel or WPS, save it again as .xlsx and upload it again.',
    },
    cause === undefined ? undefined : { cause },
  );
}

export function noWorksheet(): TableFileError {
  return new TableFileError('xlsx_unreadable', {
    zh: '该 xlsx 文件中没有工作表。',
    en: 'The .xlsx file contains no worksheet.',
  });
}

/** A quote never closed, or a row so long that one must be missing (Excel keeps 32,767 characters a cell). */
export function unterminatedQuote(row: number, maxRecordBytes: number): TableFileError {
  const limit = maxRecordBytes.toLocaleString('en-US');
  return new TableFileError('unterminated_quote', {
    zh: `第 ${row} 行有一个未闭合的双引号（或该行超过 ${limit} 字节），文件格式不正确。请检查该行的引号，或在 Excel 中另存为 xlsx 后重新上传。`,
    en: `Row ${row} opens a double quote that is never closed (or the row is longer than ${limit} bytes), so the file is malformed. Check the quotes in that row, or save it from Excel as .xlsx and upload again.`,
  });
}

/** A part of the workbook larger, or compressed more tightly, than any real spreadsheet: a zip bomb or a damaged file. */
export function workbookTooLarge(part: string, reason: 'size' | 'ratio' | 'entries', limit: number): TableFileError {
  const shown = limit.toLocaleString('en-US');
  const why = {
    size: { zh: `解压后超过 ${Math.round(limit / 2 ** 20)} MB 的上限`, en: `unpacks to more than the ${Math.round(limit / 2 ** 20)} MB limit` },
    ratio: { zh: `压缩比超过 ${shown} 倍，不像正常的表格`, en: `is compressed more than ${shown} times, which no real spreadsheet is` },
    entries: { zh: `包含的部件超过 ${shown} 个`, en: `holds more than ${shown} parts` },
  }[reason];
  return new TableFileError('too_large', {
    zh: `该 xlsx 文件的“${part}”${why.zh}，已拒绝读取（可能是损坏或恶意构造的文件）。请拆分数据后重新上传。`,
    en: `The .xlsx part "${part}" ${why.en}; the file was refused (it may be damaged or crafted). Split the data and upload it again.`,
  });
}

/** A single cell longer than a spreadsheet program can hold: refused before it is read into memory. */
export function cellTooLong(row: number, column: number, limit: number): TableFileError {
  const shown = limit.toLocaleString('en-US');
  return new TableFileError('too_large', {
    zh: `第 ${row} 行 ${columnLetter(column)} 列的单元格超过 ${shown} 个字符（Excel 单元格的上限），已拒绝读取。请缩短该单元格后重新上传。`,
    en: `The cell in row ${row}, column ${columnLetter(column)} is longer than ${shown} characters (Excel's limit for a cell); the file was refused. Shorten that cell and upload again.`,
  });
}

/** A row with more columns or more text than a sheet can hold. */
export function rowTooLarge(row: number, what: 'columns' | 'characters', limit: number): TableFileError {
  const shown = limit.toLocaleString('en-US');
  return new TableFileError('too_large', {
    zh: what === 'columns' ? `第 ${row} 行超过 ${shown} 列，已拒绝读取。` : `第 ${row} 行的内容超过 ${shown} 个字符，已拒绝读取。请检查该行后重新上传。`,
    en: what === 'columns' ? `Row ${row} has more than ${shown} columns; the file was refused.` : `Row ${row} holds more than ${shown} characters; the file was refused. Check that row and upload again.`,
  });
}

/** The shared text of a workbook (one table for every sheet) beyond what an import may hold. */
export function sharedStringsTooLarge(limit: number): TableFileError {
  const shown = limit.toLocaleString('en-US');
  return new TableFileError('too_large', {
    zh: `该 xlsx 文件的共享文本超过 ${shown} 个字符，已拒绝读取。请拆分成多个文件后分批导入。`,
    en: `The workbook's shared text holds more than ${shown} characters; the file was refused. Split it into several files and import them one after another.`,
  });
}

/** Text in a legacy encoding other than the Chinese ones (Shift-JIS, Big5, EUC-KR…), or not text at all. */
export function unsupportedEncoding(name: string): TableFileError {
  return new TableFileError('undecodable', {
    zh: `文件编码是 ${name}，不支持该编码（仅支持 UTF-8、UTF-16 和 GBK/GB18030）。请在 Excel 中另存为“CSV UTF-8”或 xlsx 后重新上传。`,
    en: `The file is encoded in ${name}, which is not supported (only UTF-8, UTF-16 and GBK/GB18030 are). Save it from Excel as "CSV UTF-8" or .xlsx and upload again.`,
  });
}

/** One shared text entry longer than a cell can hold. */
export function sharedStringTooLong(limit: number): TableFileError {
  const shown = limit.toLocaleString('en-US');
  return new TableFileError('too_large', {
    zh: `该 xlsx 文件中有一段文本超过 ${shown} 个字符（Excel 单元格的上限），已拒绝读取。`,
    en: `The workbook holds a text longer than ${shown} characters (Excel's limit for a cell); the file was refused.`,
  });
}

/** Markup that no spreadsheet program writes into a sheet (DTDs, comments, CDATA): a crafted file. */
export function unexpectedMarkup(part: string): TableFileError {
  return new TableFileError('xlsx_unreadable', {
    zh: `该 xlsx 文件的“${part}”含有表格软件不会写入的内容（DTD、注释或 CDATA），已拒绝读取。请用 Excel 或 WPS 打开后重新保存为 .xlsx 再上传。`,
    en: `The .xlsx part "${part}" holds markup no spreadsheet program writes (a DTD, comment or CDATA); the file was refused. Open it in Excel or WPS, save it again as .xlsx and upload it again.`,
  });
}
