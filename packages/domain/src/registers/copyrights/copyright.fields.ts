import { field, options, type RegisterDefinition } from '../catalog/register-field.js';
import { workCategories } from './copyright-registration.js';

export const copyrightKindOptions = options([
  ['work', '作品', 'Work', ['作品登记', '作品著作权', '作品著作权登记']],
  ['software', '计算机软件', 'Software', ['软件', '软件著作权', '计算机软件著作权', '软著']],
]);

/** 著作权登记 register: works and software are separate NCAC series (§5.3) and never mixed. */
export const copyrightRegister: RegisterDefinition = {
  kind: 'copyrights',
  zh: '著作权登记',
  en: 'Copyright registrations',
  sheetName: '著作权登记',
  fields: [
    field('registrationNumber', ['登记号', '登记证号'], 'Registration number', 'text', { required: true }),
    field('kind', ['登记类别', '类别', '登记类型'], 'Kind', 'enum', { required: true, options: copyrightKindOptions, note: '作品或计算机软件' }),
    field('workCategory', ['作品类别'], 'Work category', 'enum', {
      options: workCategories.map((c) => ({ value: c, zh: c, en: c, aliases: [`${c}作品`] })),
      note: `仅作品填写：${workCategories.join('、')}`,
    }),
    field('title', ['作品名称', '软件名称', '名称'], 'Title', 'text', { required: true }),
    field('owners', ['著作权人', '权利人'], 'Owners', 'list', { required: true }),
    field('ownerAddress', ['著作权人地址', '地址'], 'Owner address', 'text'),
    field('region', ['所在镇街'], 'Town', 'region'),
    field('registeredOn', ['登记日期', '登记日'], 'Registered on', 'date', { required: true }),
    field('completedOn', ['创作完成日期', '开发完成日期', '完成日期'], 'Completed on', 'date'),
    field('firstPublishedOn', ['首次发表日期'], 'First published on', 'date'),
    field('authority', ['登记机构'], 'Registering authority', 'text'),
  ],
  keyFields: ['registrationNumber'],
  titleField: 'title',
  categoryField: 'kind',
  dateField: 'registeredOn',
  listFields: ['registrationNumber', 'title', 'kind', 'workCategory', 'owners', 'registeredOn'],
  searchFields: ['registrationNumber', 'title', 'owners'],
  example: {
    registrationNumber: '苏作登字-2024-F-00000001',
    kind: '作品',
    workCategory: '美术',
    title: '金湖示例文创图案',
    owners: '金湖县示例文化传媒有限公司',
    ownerAddress: '江苏省淮安市金湖县金北街道示例路8号',
    registeredOn: '2024-05-08',
  },
};
