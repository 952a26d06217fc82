import { field, options, type RegisterDefinition } from '../catalog/register-field.js';

export const patentTypeOptions = options([
  ['invention', '发明', 'Invention', ['发明专利', '发明申请', '授权发明', '发明授权', 'FM', 'PCT发明']],
  ['utility-model', '实用新型', 'Utility model', ['实用新型专利', '新型', 'XX']],
  ['design', '外观设计', 'Design', ['外观设计专利', '外观', 'WG']],
]);

/** Whether the applicant types came from the file or were inferred from the names (inferOwnerType). */
export const applicantTypeSourceOptions = options([
  ['file', '文件所填', 'From the file'],
  ['inferred', '按名称推断', 'Inferred from the names'],
]);

/** CNIPA's applicant typology (专利统计年报 专授表4/5, indicator-definitions.md §3.2). */
export const ownerTypeOptions = options([
  ['enterprise', '企业', 'Enterprise', ['公司', '工矿企业']],
  ['university', '大专院校', 'University', ['高校', '大学', '院校', '高等院校']],
  ['research-institute', '科研单位', 'Research institute', ['科研院所', '科研机构', '研究所']],
  ['individual', '个人', 'Individual', ['非职务', '个人（非职务）']],
  ['government', '机关团体', 'Government or association', ['机关', '团体', '机关团体单位', '事业单位']],
  ['other', '其他', 'Other']]);

/**
 * 专利 register: the columns of CNIPA-style exports (pss-system and commercial services, §8.1),
 * under every name seen for them. The applicants, patentees and current owners are separate
 * columns; at least one of them must be present.
 */
export const patentRegister: RegisterDefinition = {
  kind: 'patents',
  zh: '专利',
  en: 'Patents',
  sheetName: '专利清单',
  fields: [
    field('applicationNumber', ['申请号', '专利申请号', '申请号/专利号'], 'Application number', 'text', {
      required: true,
      note: '如 202310123456.6 或 CN202310123456.6，须含校验位；以文本格式填写，避免 Excel 改写为科学计数法',
    }),
    field('type', ['专利类型'], 'Patent type', 'enum', { options: patentTypeOptions, note: '发明、实用新型或外观设计；不填时按申请号第5位判断' }),
    field('filingDate', ['申请日', '申请日期'], 'Filing date', 'date', { required: true, note: '如 2023-01-05、2023.01.05、2023/1/5 或 20230105' }),
    field('publicationNumber', ['公开（公告）号', '公开号', '公开公告号'], 'Publication number', 'text', {
      note: '每次公开（公告）一行：同一申请先公开（A）后授权（B）时为两行，按申请号合并；B、U、S（2010-04-01 以前为 C、Y、D）为授权公告，其公开（公告）日即授权公告日',
    }),
    field('publicationDate', ['公开（公告）日', '公开日', '公开公告日'], 'Publication date', 'date'),
    field('grantNumber', ['授权公告号'], 'Grant number', 'text'),
    field('grantDate', ['授权公告日', '授权日', '授权日期'], 'Grant date', 'date', { note: '2020-12-31 及以前授权的按专利权人地址统计，2021-01-01 起按申请人地址统计' }),
    field('publicationNumbers', ['全部公开（公告）号'], 'All publication numbers', 'list', { computed: true }),
    field('title', ['发明名称', '专利名称', '名称', '标题'], 'Title', 'text', { required: true }),
    field('applicants', ['申请（专利权）人', '申请人', '申请人名称', '原始申请（专利权）人'], 'Applicants', 'list', { note: '多个申请人用分号（；）分隔，第一署名在前' }),
    field('applicantTypes', ['申请人类型'], 'Applicant types', 'enum-list', {
      options: ownerTypeOptions,
      note: '企业、大专院校、科研单位、机关团体或个人，与申请人一一对应；不填时按名称判断',
    }),
    field('applicantTypeSource', ['申请人类型来源'], 'Applicant types from', 'enum', { options: applicantTypeSourceOptions, computed: true }),
    field('applicantAddress', ['申请人地址', '地址', '第一申请人地址', '当前申请（专利权）人地址'], 'Applicant address', 'text', { note: '第一申请人的地址，用于归属镇街；开头的邮政编码不影响归属' }),
    field('applicantProvince', ['申请人省份', '当前申请（专利权）人州/省', '申请人州/省'], 'Applicant province', 'text', { note: '没有地址时与地市、区县一起用于归属：只能归到本县，不能归到镇街' }),
    field('applicantCity', ['申请人地市', '当前申请（专利权）人地市'], 'Applicant city', 'text'),
    field('applicantDistrict', ['申请人区县', '申请人所在区县', '当前申请（专利权）人区县'], 'Applicant county', 'text', { note: '没有地址时用于归属' }),
    field('applicantCountry', ['申请人国家/地区', '国家/地区', '申请人国别', '国别'], 'Applicant country or region', 'text'),
    field('patentees', ['专利权人', '授权时专利权人'], 'Patentees (at grant)', 'list'),
    field('patenteeAddress', ['专利权人地址'], 'Patentee address', 'text'),
    field('currentPatentees', ['当前权利人', '当前专利权人', '当前申请（专利权）人'], 'Current owners', 'list', { note: '没有申请人列时按当前权利人统计' }),
    field('ipcMain', ['主分类号', 'IPC主分类号', '主分类'], 'Main IPC', 'text'),
    field('ipcCodes', ['分类号', 'IPC分类号', 'IPC'], 'IPC codes', 'list'),
    field('legalStatus', ['法律状态', '当前法律状态', '法律状态/事件'], 'Legal status', 'text', {
      note: '如 有效、失效、审中、未缴年费专利权终止；失效的请同时填写失效日',
    }),
    field('rightStatus', ['专利权状态', '简单法律状态'], 'Status at export', 'text', {
      note: '有权、无权、在审（或 有效、失效、审中），是导出当天的状态：无权或失效而没有失效日的，按最迟在导出日期失效统计，此前的数字为推定',
    }),
    field('latestLegalStatus', ['最新法律状态'], 'Latest legal status', 'text', { note: '与“法律状态”同时提供时，以最新法律状态判断失效原因' }),
    field('statusDate', ['导出日期', '状态日期'], 'Export date', 'date', { note: '状态所对应的日期；不填时为导入时确认的导出日期' }),
    field('office', ['受理局'], 'Receiving office', 'text', { note: 'CN 以外的受理局（如 US、EP）不是中国专利，这些行不导入' }),
    field('lapseDate', ['失效日', '失效日期', '终止日'], 'Lapse date', 'date'),
    field('overseasFamily', ['海外同族数', '海外同族', '海外同族数量'], 'Overseas family members', 'text', { note: '数量，或 是/否' }),
    field('overseasFamilyGranted', ['海外授权同族数', '海外同族授权数', '海外同族授权数量'], 'Overseas family members granted', 'integer', {
      note: '已在海外获得授权的同族数；填写时按授权判断“在海外有同族专利权”',
    }),
    field('strategicEmerging', ['战略新兴产业标识', '战略性新兴产业', '战新产业'], 'Strategic emerging industry', 'boolean'),
    field('highValue', ['高价值专利', '高价值标识'], 'High-value (vendor flag)', 'boolean'),
    field('maintainedOverTenYears', ['维持年限超十年'], 'Maintained over ten years (vendor flag)', 'boolean'),
    field('pledgeFinancing', ['质押融资', '质押融资标识'], 'Pledge financing (vendor flag)', 'boolean'),
    field('award', ['获奖', '获奖情况'], 'Award', 'text', { note: '如 2023年第二十四届中国专利奖优秀奖；或 是/否' }),
  ],
  keyFields: ['applicationNumber'],
  titleField: 'title',
  categoryField: 'type',
  dateField: 'filingDate',
  listFields: ['applicationNumber', 'title', 'type', 'filingDate', 'grantDate', 'applicants', 'legalStatus'],
  searchFields: ['applicationNumber', 'title', 'applicants', 'patentees', 'currentPatentees', 'applicantAddress', 'ipcMain'],
  notes: [
    '可直接导入国家知识产权局专利检索或商业数据库导出的表格（CSV、TSV 或 XLSX，UTF-8 或 GBK 编码）；列名带全角或半角括号均可。',
    '同一申请号在文件中出现多次时合并为一条，并给出提示。任何一行有错误时整个文件不导入，问题清单可下载。',
    '专利的法律状态可另行导入“法律事件”文件（申请号、日期、法律状态），以便按任意日期判断是否有效。',
  ],
  example: {
    applicationNumber: '202310123456.6',
    type: '发明',
    filingDate: '2023-01-05',
    publicationNumber: 'CN116000001A',
    publicationDate: '2023-04-07',
    grantNumber: 'CN116000001B',
    grantDate: '2024-03-15',
    title: '一种智能灌溉控制装置',
    applicants: '江苏金湖示例机械有限公司',
    applicantTypes: '企业',
    applicantAddress: '211600 江苏省淮安市金湖县黎城街道工业园路1号',
    ipcMain: 'A01G25/16',
    ipcCodes: 'A01G25/16；G05B19/042',
    legalStatus: '有效',
  },
};
