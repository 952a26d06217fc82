import { field, options, type FieldOption, type RegisterDefinition } from '../catalog/register-field.js';
import { managementStandards } from './enterprise.js';

export const recognitionLevelOptions = options([
  ['national', '国家级', 'National', ['国家', '国家知识产权局']],
  ['provincial', '省级', 'Provincial', ['省']],
  ['municipal', '市级', 'Municipal', ['市']],
  ['county', '县级', 'County', ['县']],
]);

export const enterpriseTitleOptions = options([
  ['advantage', '知识产权优势企业', 'IP advantage enterprise', ['优势企业', '优势']],
  ['demonstration', '知识产权示范企业', 'IP demonstration enterprise', ['示范企业', '示范']],
]);

export const certificateStatusOptions = options([
  ['valid', '有效', 'Valid', ['正常']],
  ['suspended', '暂停', 'Suspended'],
  ['revoked', '撤销', 'Revoked'],
  ['expired', '过期', 'Expired', ['失效']],
]);

const standardOptions: FieldOption[] = managementStandards.map((s) => ({
  value: s,
  zh: s,
  en: s,
  aliases: [s.replace('GB/T ', ''), s.replace(' ', ''), s.slice(-4) === '2013' ? '企业知识产权管理规范' : '企业知识产权合规管理体系'],
}));

/**
 * 企业 register: 统一社会信用代码, town, GB/T 4754 industry, the plan's key-industry tag (3+X), and
 * the program's recognitions — 贯标 certificates (§6.1), 优势/示范 titles (§6.2) and 知识产权密集型
 * recognition (§6.3). One row carries at most one certificate, one title and one recognition; an
 * enterprise with several appears on several rows, which are merged.
 */
export const enterpriseRegister: RegisterDefinition = {
  kind: 'enterprises',
  zh: '企业',
  en: 'Enterprises',
  sheetName: '企业名录',
  fields: [
    field('creditCode', ['统一社会信用代码', '信用代码'], 'Credit code', 'credit-code', { required: true }),
    field('name', ['企业名称', '名称'], 'Name', 'text', { required: true }),
    field('address', ['地址', '注册地址', '经营地址'], 'Address', 'text'),
    field('region', ['所在镇街', '镇街', '所属镇街'], 'Town', 'region', { note: '不填时按地址归属' }),
    field('industryCode', ['行业代码', '国民经济行业代码'], 'Industry code (GB/T 4754)', 'text', { note: 'GB/T 4754-2017 代码，如 C3511' }),
    field('keyIndustry', ['重点产业', '产业标签'], 'Key industry', 'key-industry', { note: '工作方案“3+X”重点产业，如 高端装备、新材料、大健康' }),
    field('certificateNumber', ['贯标证书编号', '知识产权管理体系认证证书编号'], 'Certificate number (贯标)', 'text'),
    field('certificationBody', ['认证机构'], 'Certification body', 'text'),
    field('standard', ['认证标准', '标准版本'], 'Standard', 'enum', { options: standardOptions }),
    field('certificateIssuedOn', ['发证日期'], 'Certificate issued on', 'date'),
    field('certificateExpiresOn', ['证书有效期至', '有效期至'], 'Certificate valid until', 'date'),
    field('certificateStatus', ['证书状态'], 'Certificate status', 'enum', { options: certificateStatusOptions, note: '不填为有效' }),
    field('title', ['优势示范称号', '称号'], 'Title', 'enum', { options: enterpriseTitleOptions }),
    field('titleLevel', ['称号级别'], 'Title level', 'enum', { options: recognitionLevelOptions }),
    field('titleYear', ['称号年度', '认定年度'], 'Title year', 'year'),
    field('titleDocument', ['称号文件', '认定文号'], 'Title document', 'text'),
    field('ipIntensiveOn', ['知识产权密集型认定日期', '密集型认定日期'], 'IP-intensive recognised on', 'date'),
    field('ipIntensiveLevel', ['密集型认定级别'], 'IP-intensive level', 'enum', { options: recognitionLevelOptions }),
    field('ipIntensiveDocument', ['密集型认定文件'], 'IP-intensive document', 'text'),
  ],
  keyFields: ['creditCode'],
  titleField: 'name',
  categoryField: 'keyIndustry',
  listFields: ['creditCode', 'name', 'industryCode', 'keyIndustry'],
  searchFields: ['creditCode', 'name', 'address'],
  notes: [
    '一行最多填写一张贯标证书、一个优势/示范称号和一次知识产权密集型认定；同一企业有多项的，分多行填写，导入时按统一社会信用代码合并。',
    '证书和称号以证书编号、称号加级别和年度区分，再次导入时更新而不重复。',
  ],
  example: {
    creditCode: '91320831MA1ABCDE0D',
    name: '江苏金湖示例机械有限公司',
    address: '江苏省淮安市金湖县黎城街道工业园路1号',
    industryCode: 'C3511',
    keyIndustry: '高端装备',
    certificateNumber: '165IP240001R0M',
    certificationBody: '中知（北京）认证有限公司',
    standard: 'GB/T 29490-2023',
    certificateIssuedOn: '2024-05-20',
    certificateExpiresOn: '2027-05-19',
  },
};
