import type { LocalizedText } from '../../text/localized-text.js';

/**
 * The patent exports county offices have, as the importer reads them: CNIPA's free 专利检索及分析
 * system, the commercial databases (智慧芽 PatSnap, incoPat), USPTO PatentsView tables and
 * IPCounty's own template. Each lists its columns in the order the source writes them and a
 * short example; the import page, the README and the blank templates are made from this list.
 */
export interface PatentExportLayout {
  key: 'ipcounty' | 'cnipa' | 'commercial' | 'patentsview';
  name: LocalizedText;
  /** What a person should know about it, one sentence. */
  about: LocalizedText;
  headers: readonly string[];
  /** Two rows of one application where the source lists each publication (A, then B). */
  example: readonly (readonly string[])[];
}

export const patentExportLayouts: readonly PatentExportLayout[] = [
  {
    key: 'cnipa',
    name: { zh: '国家知识产权局 专利检索及分析', en: 'CNIPA 专利检索及分析 (pss-system)' },
    about: {
      zh: '每次公开一行（A 公开、B 授权公告）；没有授权公告日，按公开（公告）号的种类代码认定授权；专利权状态是导出当天的状态。',
      en: 'One row per publication (A published, B granted); no grant-date column, so the grant is read from the kind code of 公开（公告）号; 专利权状态 is the status on the export day.',
    },
    headers: ['申请号', '申请日', '公开（公告）号', '公开（公告）日', '申请（专利权）人', '发明（设计）人', '分类号', '优先权', '专利代理机构', '代理人', '国际申请', '国际公布', '进入国家日期', '摘要', '地址', '名称', '专利同族', '专利引证', '最新法律状态', '法律状态', '专利权状态'],
    example: [
      ['CN202310123456.6', '2023.01.05', 'CN116000001A', '2023.04.07', '江苏金湖示例机械有限公司', '王伟；李娜', 'A01G25/16；G05B19/042', '', '', '', '', '', '', '一种智能灌溉控制装置…', '211600 江苏省淮安市金湖县黎城街道工业园路1号', '一种智能灌溉控制装置', '', '', '授权', '授权', '有权'],
      ['CN202310123456.6', '2023.01.05', 'CN116000001B', '2024.03.15', '江苏金湖示例机械有限公司', '王伟；李娜', 'A01G25/16；G05B19/042', '', '', '', '', '', '', '一种智能灌溉控制装置…', '211600 江苏省淮安市金湖县黎城街道工业园路1号', '一种智能灌溉控制装置', '', '', '授权', '授权', '有权'],
    ],
  },
  {
    key: 'commercial',
    name: { zh: '商业数据库（智慧芽、incoPat）', en: 'Commercial databases (PatSnap 智慧芽, incoPat)' },
    about: {
      zh: '每次公开一行；申请人位置只有州/省、地市、区县时归到本县、不分镇街；简单法律状态是导出当天的状态。',
      en: 'One row per publication; an owner located only by 州/省, 地市 and 区县 is counted in the county with no town; 简单法律状态 is the status on the export day.',
    },
    headers: ['公开(公告)号', '申请号', '申请日', '公开(公告)日', '标题', '[标]当前申请(专利权)人', '当前申请(专利权)人州/省', '当前申请(专利权)人地市', '当前申请(专利权)人区县', '受理局', '专利类型', '简单法律状态', '法律状态/事件', 'IPC主分类号(小类)', '申请年'],
    example: [
      ['CN116000001A', 'CN202310123456.6', '2023-01-05', '2023-04-07', '一种智能灌溉控制装置', '江苏金湖示例机械有限公司', '江苏省', '淮安市', '金湖县', 'CN', '发明申请', '有效', '授权', 'A01G', '2023'],
      ['CN116000001B', 'CN202310123456.6', '2023-01-05', '2024-03-15', '一种智能灌溉控制装置', '江苏金湖示例机械有限公司', '江苏省', '淮安市', '金湖县', 'CN', '授权发明', '有效', '授权', 'A01G', '2023'],
    ],
  },
  {
    key: 'ipcounty',
    name: { zh: 'IPCounty 专利导入模板', en: 'IPCounty patent template' },
    about: {
      zh: '每件专利一行，授权公告日、失效日和申请人类型可直接填写；表头说明见模板的“填写说明”页。',
      en: 'One row per patent, with the grant date, lapse date and applicant types filled in directly; the template’s notes sheet explains each column.',
    },
    headers: ['申请号', '专利类型', '申请日', '授权公告号', '授权公告日', '发明名称', '申请人', '申请人类型', '申请人地址', '法律状态', '失效日'],
    example: [['202310123456.6', '发明', '2023-01-05', 'CN116000001B', '2024-03-15', '一种智能灌溉控制装置', '江苏金湖示例机械有限公司', '企业', '江苏省淮安市金湖县黎城街道工业园路1号', '有效', '']],
  },
  {
    key: 'patentsview',
    name: { zh: '美国专利商标局 PatentsView 表', en: 'USPTO PatentsView tables' },
    about: {
      zh: '制表符分隔（TSV）的授权专利表，可连同申请、受让人和地点表；按 patent_id 识别。',
      en: 'Tab-separated granted-patent tables, optionally joined with the application, assignee and location tables; recognised by patent_id.',
    },
    headers: ['patent_id', 'patent_type', 'patent_date', 'patent_title', 'filing_date', 'disambig_assignee_organization', 'disambig_city', 'disambig_state', 'disambig_country'],
    example: [['11223344', 'utility', '2022-01-18', 'Irrigation controller', '2020-05-06', 'Example Machinery Co., Ltd.', 'Huai’an', 'Jiangsu', 'CN']],
  },
];

const comparable = (header: string) => header.normalize('NFKC').replace(/[\s\uFEFF*]/g, '').replace(/[【［]/g, '[').replace(/[】］]/g, ']');

/**
 * Which layout a header row is: PatentsView by patent_id; the commercial databases by their
 * 当前申请(专利权)人 or 简单法律状态 columns; CNIPA's system by 专利权状态 or 公开（公告）号 without
 * a 授权公告日 column; otherwise the template.
 */
export function patentExportLayoutOf(headers: readonly string[]): PatentExportLayout {
  const names = headers.map(comparable);
  const has = (test: (name: string) => boolean) => names.some(test);
  const key: PatentExportLayout['key'] = has((n) => n.toLowerCase() === 'patent_id')
    ? 'patentsview'
    : has((n) => n.includes('当前申请(专利权)人') || n === '简单法律状态' || n === '受理局')
      ? 'commercial'
      : has((n) => n === '专利权状态') || (has((n) => n === '公开(公告)号') && !has((n) => n === '授权公告日'))
        ? 'cnipa'
        : 'ipcounty';
  return patentExportLayouts.find((layout) => layout.key === key)!;
}

/** Whether a header is one of the layout's columns, brackets of either width and spaces aside. */
export function layoutHasColumn(layout: PatentExportLayout, header: string): boolean {
  const name = comparable(header);
  return layout.headers.some((h) => comparable(h) === name);
}
