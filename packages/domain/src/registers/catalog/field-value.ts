import type { LocalizedText } from '../../text/localized-text.js';
import type { MessageLanguage } from '../../text/error-message.js';
import type { Region } from '../../plan/plan.schema.js';
import { createRegionResolver, normalizeAddress } from '../../attribution/region-resolver.js';
import { isIsoDate } from '../../periods/iso-date.js';
import { parseRecordDate, toHalfWidth } from '../dates.js';
import { validateCreditCode } from '../enterprises/credit-code.js';
import { parseAmountToFen, type AmountUnit, type Fen } from '../money.js';
import type { FieldOption, RegisterField } from './register-field.js';

/** What a record holds for a field: see RegisterFieldType. */
export type FieldValue = string | number | boolean | string[];

export type ParsedField = { ok: true; value: FieldValue | undefined } | { ok: false; reason: LocalizedText };

/** What reading a cell needs beyond the cell: the plan's regions and the configured key industries. */
export interface FieldContext {
  /** A plan region code for a name, alias or code as written in a region column; null if none. */
  regionCode(text: string): string | null;
  /** The name shown for a region code. */
  regionName(code: string): string;
  keyIndustries: readonly string[];
}

export function fieldContext(regions: readonly Region[], keyIndustries: readonly string[]): FieldContext {
  const exact = new Map<string, string>();
  for (const region of regions) {
    for (const name of [region.code, region.name, ...region.aliases]) exact.set(normalizeAddress(name).toLowerCase(), region.code);
  }
  // A region column names a region outright, so a town needs no county before it (黎城街道).
  const resolver = createRegionResolver(regions, { requireCountyName: false });
  const names = new Map(regions.map((r) => [r.code, r.name]));
  return {
    regionCode(text) {
      const key = normalizeAddress(text).toLowerCase();
      const known = exact.get(key);
      if (known) return known;
      const resolved = resolver.resolve(text);
      return resolved.status === 'resolved' ? resolved.region : null;
    },
    regionName: (code) => names.get(code) ?? code,
    keyIndustries,
  };
}

const TRUE_WORDS = new Set(['是', 'y', 'yes', 'true', '1', '有', '√', '✓', 't']);
const FALSE_WORDS = new Set(['否', 'n', 'no', 'false', '0', '无', '×', 'f', '-']);
const LIST_SEPARATORS = /[;；|\n\r、,，]+/;
const UNIT_EXPONENT: Readonly<Record<AmountUnit, number>> = { 元: 2, 万元: 6, 亿元: 10 };

export function isAmountUnit(unit: string): unit is AmountUnit {
  return unit === '元' || unit === '万元' || unit === '亿元';
}

/** The amount unit a header names, in Chinese (万元) or in the English an English export writes (10,000 yuan). */
export function amountUnitOf(text: string): AmountUnit | undefined {
  if (isAmountUnit(text)) return text;
  const words = text.trim().replace(/\s+/g, ' ').toLowerCase();
  return (Object.keys(amountUnitWords) as AmountUnit[]).find((unit) => amountUnitWords[unit].en === words);
}

/** Text compared ignoring width, case and spaces, for option labels. */
function comparable(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '').toLowerCase();
}

/** Each option list's labels, compared form → option; built once per list (imports read millions of cells). */
const optionIndexes = new WeakMap<readonly FieldOption[], Map<string, FieldOption>>();

export function findOption(options: readonly FieldOption[], raw: string): FieldOption | undefined {
  let index = optionIndexes.get(options);
  if (!index) {
    index = new Map();
    for (const option of options) for (const label of [option.value, option.zh, option.en, ...(option.aliases ?? [])]) if (!index.has(comparable(label))) index.set(comparable(label), option);
    optionIndexes.set(options, index);
  }
  return index.get(raw) ?? index.get(comparable(raw));
}

const LIST_SEPARATOR = /[;；|\n\r、,，]/;

export function splitList(raw: string): string[] {
  // Most list cells name one item (one applicant, one class): no separator, nothing to split.
  if (!LIST_SEPARATOR.test(raw)) {
    const item = raw.trim();
    return item === '' ? [] : [item];
  }
  return raw
    .split(LIST_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Reads one cell for a field. An empty cell is `undefined` (a required field then is a problem);
 * anything that cannot be read is refused with a reason in both languages, never guessed.
 * `headerUnit` is the unit the column's header names (质押金额（亿元） → 亿元).
 */
export function parseFieldValue(field: RegisterField, raw: string, context: FieldContext, headerUnit?: string): ParsedField {
  const text = raw === '' ? raw : raw.trim();
  if (text === '') {
    return field.required
      ? { ok: false, reason: { zh: `${field.labels[0]}为必填项`, en: `${field.en} is required` } }
      : { ok: true, value: undefined };
  }
  if (text.length > MAX_CELL_CHARS) return { ok: false, reason: tooLong(field) };
  switch (field.type) {
    case 'text':
      return { ok: true, value: text };
    case 'date': {
      // Most cells are already ISO dates; check those without the general parser.
      if (isIsoDate(text)) return plausibleDate(text);
      const date = parseRecordDate(text);
      return date.ok
        ? plausibleDate(date.date)
        : { ok: false, reason: { zh: `日期“${text}”无效，应为 2023-01-05、2023.01.05、2023/1/5 或 20230105 等格式的真实日期`, en: date.reason } };
    }
    case 'year': {
      const match = /^(\d{4})\s*年?$/.exec(toHalfWidth(text));
      const year = match ? Number(match[1]) : NaN;
      return year >= 1949 && year <= 2100
        ? { ok: true, value: year }
        : { ok: false, reason: { zh: `年份“${text}”无效，应为四位数年份，如 2024`, en: `"${text}" is not a year such as 2024` } };
    }
    case 'integer':
      return parseInteger(field, text, headerUnit);
    case 'amount': {
      const unit = (headerUnit && amountUnitOf(headerUnit)) || (field.unit ?? '元');
      const amount = parseAmountToFen(text, unit);
      if (amount.ok && !(Math.abs(amount.fen) <= MAX_PLAUSIBLE_FEN)) return { ok: false, reason: implausibleNumber(field, text) };
      return amount.ok
        ? { ok: true, value: amount.fen }
        : { ok: false, reason: { zh: `金额“${text}”无效，应为数字（单位${unit}）或带单位的金额，如 1.5亿元`, en: amount.reason } };
    }
    case 'enum': {
      const option = findOption(field.options ?? [], text);
      return option ? { ok: true, value: option.value } : { ok: false, reason: unknownOption(field, text) };
    }
    case 'enum-list': {
      const values: string[] = [];
      for (const part of splitList(text)) {
        const option = findOption(field.options ?? [], part);
        if (!option) return { ok: false, reason: unknownOption(field, part) };
        values.push(option.value);
      }
      return { ok: true, value: values };
    }
    case 'boolean': {
      const word = comparable(text);
      if (TRUE_WORDS.has(word)) return { ok: true, value: true };
      if (FALSE_WORDS.has(word)) return { ok: true, value: false };
      return { ok: false, reason: { zh: `“${text}”应填 是 或 否`, en: `"${text}" should be yes or no (是/否)` } };
    }
    case 'list':
      return { ok: true, value: splitList(text) };
    case 'region': {
      const code = context.regionCode(text);
      return code
        ? { ok: true, value: code }
        : { ok: false, reason: { zh: `“${text}”不是本县或所辖镇（街道）、开发区的名称`, en: `"${text}" is not the county or one of its towns, streets or zones` } };
    }
    case 'credit-code': {
      const code = validateCreditCode(text);
      return code.ok
        ? { ok: true, value: code.code }
        : { ok: false, reason: { zh: `统一社会信用代码“${text}”无效（长度、字符或校验位不符）`, en: code.reason } };
    }
    case 'key-industry': {
      const industry = context.keyIndustries.find((name) => comparable(name) === comparable(text));
      return industry
        ? { ok: true, value: industry }
        : {
            ok: false,
            reason: {
              zh: `“${text}”不是已设置的重点产业（${context.keyIndustries.join('、')}）`,
              en: `"${text}" is not one of the configured key industries (${context.keyIndustries.join(', ')})`,
            },
          };
    }
  }
}

function parseInteger(field: RegisterField, text: string, headerUnit: string | undefined): ParsedField {
  const multiplier = headerUnit && field.units ? field.units[headerUnit] : 1;
  const number = toHalfWidth(text).replace(/[,，\s]/g, '');
  const valid = multiplier !== undefined && (multiplier === 1 ? /^\d+$/ : /^\d+(?:\.\d+)?$/).test(number);
  if (!valid) {
    const unitText = headerUnit && multiplier !== 1 ? headerUnit : '';
    return {
      ok: false,
      reason: {
        zh: `“${text}”应为${unitText ? `以${unitText}为单位的数字` : '不小于 0 的整数'}`,
        en: `"${text}" should be ${unitText ? `a number in ${unitText}` : 'a whole number of at least 0'}`,
      },
    };
  }
  // 万人 figures carry decimals (29.05 万人); the count is whole persons.
  const count = Math.round(Number(number) * multiplier);
  return count <= MAX_PLAUSIBLE_COUNT ? { ok: true, value: count } : { ok: false, reason: implausibleNumber(field, text) };
}

/**
 * Bounds of plausibility: values that read correctly but no record holds. A cell of a register is
 * a name, a title, an address or a short note; Excel keeps 32,767 characters a cell, none of ours
 * needs more than a few hundred.
 */
export const MAX_CELL_CHARS = 5_000;
/** Dates of records of a 21st-century programme, with their history (granted trademarks from 1950 on). */
export const PLAUSIBLE_YEARS = { from: 1900, to: 2100 } as const;
/** A count (persons, cases, items) beyond any county's: a billion. */
export const MAX_PLAUSIBLE_COUNT = 1_000_000_000;
/** An amount beyond any county's: a trillion yuan (1 万亿元), in fen. */
export const MAX_PLAUSIBLE_FEN = 1e12 * 100;

function plausibleDate(date: string): ParsedField {
  const year = Number(date.slice(0, 4));
  if (year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to) return { ok: true, value: date };
  return {
    ok: false,
    reason: { zh: `日期“${date}”不合理，年份应在 ${PLAUSIBLE_YEARS.from}–${PLAUSIBLE_YEARS.to} 之间`, en: `The date ${date} is not plausible; the year should lie between ${PLAUSIBLE_YEARS.from} and ${PLAUSIBLE_YEARS.to}` },
  };
}

function tooLong(field: RegisterField): LocalizedText {
  const shown = MAX_CELL_CHARS.toLocaleString('en-US');
  return { zh: `${field.labels[0]}超过 ${shown} 个字符，不像是${field.labels[0]}`, en: `${field.en} is longer than ${shown} characters, which no ${field.en.toLowerCase()} is` };
}

function implausibleNumber(field: RegisterField, text: string): LocalizedText {
  return { zh: `${field.labels[0]}“${text}”数值不合理（过大）`, en: `${field.en} "${text}" is not a plausible value (too large)` };
}

function unknownOption(field: RegisterField, text: string): LocalizedText {
  const allowed = field.options ?? [];
  return {
    zh: `${field.labels[0]}“${text}”无法识别，可填：${allowed.map((o) => o.zh).join('、')}`,
    en: `${field.en} "${text}" is not recognised; use one of: ${allowed.map((o) => o.en).join(', ')}`,
  };
}

/** Fen in a unit, exactly, without trailing zeros: 15 000 000 000 分 in 亿元 → '1.5'. */
export function formatFenInUnit(fen: Fen, unit: AmountUnit): string {
  const places = UNIT_EXPONENT[unit];
  const digits = String(Math.abs(fen)).padStart(places + 1, '0');
  const whole = digits.slice(0, -places);
  const fraction = digits.slice(-places).replace(/0+$/, '');
  return `${fen < 0 ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/**
 * How a value is written as a cell: a region by its name, and options, yes/no and lists in the
 * reader's language (Chinese, the template's, unless asked). Either language imports back: the
 * importer reads an option by its English label and yes/no as well.
 */
export type CellContext = Pick<FieldContext, 'regionName'> & { language?: MessageLanguage };

/** 是 / 否 in each language: a boolean cell, and any yes/no column beside the fields. */
export const yesNoWords: Readonly<Record<MessageLanguage, { yes: string; no: string }>> = {
  'zh-CN': { yes: '是', no: '否' },
  en: { yes: 'Yes', no: 'No' },
};

/** What separates the items of a list cell in each language (the importer reads ； and ; alike). */
const listSeparators: Readonly<Record<MessageLanguage, string>> = { 'zh-CN': '；', en: '; ' };

/** The unit of an amount column in words, for an English header (质押金额（万元） → Pledge amount (10,000 yuan)). */
export const amountUnitWords: Readonly<Record<AmountUnit, LocalizedText>> = {
  元: { zh: '元', en: 'yuan' },
  万元: { zh: '万元', en: '10,000 yuan' },
  亿元: { zh: '亿元', en: '100 million yuan' },
};

/**
 * A value as a cell, the way the template asks for it: the inverse of parseFieldValue, so an
 * exported row imports back to the same record.
 */
export function formatFieldValue(field: RegisterField, value: FieldValue | undefined, context: CellContext): string {
  if (value === undefined) return '';
  const language = context.language ?? 'zh-CN';
  const optionText = (v: string) => {
    const option = field.options?.find((o) => o.value === v);
    return option ? (language === 'en' ? option.en : option.zh) : v;
  };
  switch (field.type) {
    case 'amount':
      return formatFenInUnit(value as number, field.unit ?? '元');
    case 'enum':
      return optionText(String(value));
    case 'enum-list':
      return (value as string[]).map(optionText).join(listSeparators[language]);
    case 'boolean':
      return value ? yesNoWords[language].yes : yesNoWords[language].no;
    case 'list':
      return (value as string[]).join(listSeparators[language]);
    case 'region':
      return context.regionName(value as string);
    default:
      return String(value);
  }
}

/** The header a template gives a field: its first name, with the unit a plain number is in. */
export function templateHeader(field: RegisterField): string {
  const name = field.labels[0] ?? field.key;
  return field.type === 'amount' && field.unit ? `${name}（${field.unit}）` : name;
}

/** A field's column header in the reader's language: the template's in Chinese, the English name and unit in English. */
export function fieldHeader(field: RegisterField, language: MessageLanguage): string {
  if (language === 'zh-CN') return templateHeader(field);
  return field.type === 'amount' && field.unit ? `${field.en} (${amountUnitWords[field.unit].en})` : field.en;
}
