import type { OwnerType } from './patent.js';

/**
 * The applicant type when the source gives none, read from the name the way CNIPA's typology
 * (§3.2) sorts filers: universities and colleges, research institutes, enterprises, government
 * bodies and associations; a name of two or three Chinese characters alone is a person (非职务).
 * Order matters: 某某大学科技园有限公司 is an enterprise, 某某研究院有限公司 too.
 */
export function inferOwnerType(name: string): OwnerType {
  const text = name.replace(/\s+/g, '');
  if (/(有限公司|有限责任公司|股份公司|集团|公司|企业|工厂|厂$|合作社|商行|经营部|株式会社|Co\.|Ltd|Inc|GmbH|LLC|Corp)/i.test(text)) return 'enterprise';
  // 科学院 contains 学院: an academy is a research institute unless a university runs it.
  if (!/大学/.test(text) && /(研究院|研究所|研究中心|科学院|设计院|实验室|工程技术中心)/.test(text)) return 'research-institute';
  if (/(大学|学院|学校|职业技术|高等专科)/.test(text)) return 'university';
  if (/(局|委员会|政府|办公室|协会|学会|商会|联合会|中心|医院|站$|所$|队$)/.test(text)) return 'government';
  // A personal name is two or three characters (王伟, 王小明); a longer one is more often a body's
  // short name, and is left 'other' for a person to set. Transliterated names carry a ·.
  if (/^[\u4e00-\u9fff]{2,3}$/.test(text) || /^[\u4e00-\u9fff]+·[\u4e00-\u9fff·]+$/.test(text)) return 'individual';
  return 'other';
}
