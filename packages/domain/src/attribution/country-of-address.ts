import { toHalfWidth } from '../registers/dates.js';

/**
 * The country or region (ISO 3166-1 alpha-2) an address or a 国家/地区 cell names, so foreign
 * and Hong Kong, Macao and Taiwan owners leave the domestic counts (§1 Exclusions). Mainland
 * addresses and cells naming China give 'CN'; undefined when neither says.
 */
const NAMES: ReadonlyArray<readonly [string, string]> = [
  ['中国香港', 'HK'],
  ['香港', 'HK'],
  ['中国澳门', 'MO'],
  ['澳门', 'MO'],
  ['澳門', 'MO'],
  ['中国台湾', 'TW'],
  ['台湾', 'TW'],
  ['臺灣', 'TW'],
  ['中国', 'CN'],
  ['中华人民共和国', 'CN'],
  ['美国', 'US'],
  ['美利坚合众国', 'US'],
  ['日本', 'JP'],
  ['韩国', 'KR'],
  ['大韩民国', 'KR'],
  ['德国', 'DE'],
  ['法国', 'FR'],
  ['英国', 'GB'],
  ['瑞士', 'CH'],
  ['荷兰', 'NL'],
  ['瑞典', 'SE'],
  ['意大利', 'IT'],
  ['加拿大', 'CA'],
  ['澳大利亚', 'AU'],
  ['新加坡', 'SG'],
  ['芬兰', 'FI'],
  ['丹麦', 'DK'],
  ['比利时', 'BE'],
  ['奥地利', 'AT'],
  ['以色列', 'IL'],
  ['印度', 'IN'],
  ['俄罗斯', 'RU'],
  ['西班牙', 'ES'],
  ['挪威', 'NO'],
  ['爱尔兰', 'IE'],
  ['卢森堡', 'LU'],
  ['马来西亚', 'MY'],
  ['泰国', 'TH'],
  ['越南', 'VN'],
  ['新西兰', 'NZ'],
  ['巴西', 'BR'],
];

const CODE = /^[A-Z]{2}$/;
const ALIASES: Readonly<Record<string, string>> = { USA: 'US', UK: 'GB', PRC: 'CN', CHN: 'CN', 中国大陆: 'CN', 大陆: 'CN', 内地: 'CN' };

/** From a 国家/地区 cell: a two-letter code, a Chinese name, or a common alias. */
export function countryFromText(text: string): string | undefined {
  const value = toHalfWidth(text).trim();
  if (value === '') return undefined;
  const upper = value.toUpperCase();
  if (ALIASES[upper] ?? ALIASES[value]) return ALIASES[upper] ?? ALIASES[value];
  if (CODE.test(upper)) return upper;
  return NAMES.find(([name]) => value === name || value.startsWith(name))?.[1];
}

/**
 * From the start of an address: 美国加利福尼亚州… → US, 香港九龙… → HK, 江苏省… → CN. Only a
 * country named first counts (a street called 香港路 in Jiangsu stays Chinese).
 */
export function countryFromAddress(address: string): string | undefined {
  const text = toHalfWidth(address).replace(/\s+/g, '').replace(/^\d{6}/, '');
  if (text === '') return undefined;
  const named = NAMES.find(([name]) => text.startsWith(name));
  if (named) return named[1];
  if (/^[\u4e00-\u9fff]{2,4}(?:省|自治区|市)/.test(text)) return 'CN';
  return undefined;
}
