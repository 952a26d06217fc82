import type { LocalizedText } from './localized-text.js';

/**
 * Where each indicator's counting rule comes from, worded for its reader in each language: the
 * documents and statistics it follows. The definitions' own `source` keeps the references for
 * maintainers; this is what the 统计口径 card shows.
 */
export const ruleSources: Readonly<Record<string, LocalizedText>> = {
  'effective-invention-patents-per-10k': {
    zh: '国家知识产权局《专利统计年报》专受表1注释（有效量）；国家知识产权局国内外有效专利统计表（2023年10月）关于地址口径的说明',
    en: 'CNIPA Patent Statistics Yearbook, table 1 note (patents in force); CNIPA statistics of patents in force (October 2023), note on the address used',
  },
  'high-value-invention-patents-per-10k': {
    zh: '国家知识产权局“十四五”高价值发明专利五类口径',
    en: 'CNIPA’s five kinds of high-value invention patent (14th Five-Year Plan)',
  },
  'enterprise-grant-share': {
    zh: '国家知识产权局《专利统计年报》专授表4、表5的专利权人类型',
    en: 'CNIPA Patent Statistics Yearbook, grant tables 4 and 5 (kinds of patentee)',
  },
  'invention-grant-share': {
    zh: '方案原文：企业专利授权量占比达80%以上，其中发明专利授权占比达到10%（分母口径待确认）',
    en: 'The plan: enterprises hold over 80% of patents granted, inventions 10% of grants (the denominator is not yet confirmed)',
  },
  'trademark-registrations': {
    zh: '国家知识产权局商标统计说明（2023年12月16日至2024年9月15日）',
    en: 'CNIPA trademark statistics note (16 December 2023 to 15 September 2024)',
  },
  'copyright-registrations': { zh: '国家版权局全国作品登记情况月度统计表', en: 'NCAC monthly statistics of registered works' },
  'satisfaction-score': { zh: '国家知识产权局知识产权保护社会满意度调查方法', en: 'CNIPA method of the public satisfaction survey on IP protection' },
  'new-service-agencies': { zh: '方案原文：新增知识产权服务机构5家；无官方统计口径', en: 'The plan: 5 new IP service agencies; no official statistical definition' },
  'new-high-level-talent': { zh: '方案原文：新增知识产权高层次人才2人；无官方统计口径', en: 'The plan: 2 new high-level IP professionals; no official statistical definition' },
  'introduced-professionals': { zh: '方案原文：引进知识产权专业人员5人；无官方统计口径', en: 'The plan: 5 IP professionals brought in; no official statistical definition' },
  'training-participants': { zh: '方案原文：培训各类人员500人次；无官方统计口径', en: 'The plan: 500 person-times of training; no official statistical definition' },
  'patent-intensive-industry-share': {
    zh: '国家统计局《知识产权（专利）密集型产业统计分类（2019）》；国家统计局、国家知识产权局增加值公告',
    en: 'NBS classification of IP (patent) intensive industries (2019); NBS and CNIPA notices of value added',
  },
  'pledge-financing-amount': { zh: '国家知识产权局专利商标质押融资登记金额', en: 'CNIPA registered amounts of patent and trademark pledge financing' },
  'new-certified-enterprises': { zh: '国家认监委、国家知识产权局公告2023年第27号', en: 'CNCA and CNIPA announcement No. 27 of 2023' },
  'advantage-demonstration-enterprises': { zh: '国知办函运字〔2022〕497号；国知发运字〔2025〕28号', en: 'CNIPA circulars 国知办函运字〔2022〕497号 and 国知发运字〔2025〕28号' },
  'ip-intensive-enterprises': { zh: '无全国统一口径；按县或省认定名单', en: 'No national definition; county or provincial recognition lists' },
};
