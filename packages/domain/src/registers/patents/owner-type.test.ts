import { describe, expect, it } from 'vitest';
import { inferOwnerType } from './owner-type.js';

describe('inferOwnerType', () => {
  it.each([
    ['江苏金湖示例机械有限公司', 'enterprise'],
    ['南京大学科技园发展有限公司', 'enterprise'],
    ['南京航空航天大学', 'university'],
    ['淮安信息职业技术学院', 'university'],
    ['江苏省农业科学院', 'research-institute'],
    ['金湖县农业农村局', 'government'],
    ['王小明', 'individual'],
    ['ACME Corp', 'enterprise'],
    ['金湖县红星五金厂', 'enterprise'],
    ['江苏食品药品职业技术学院', 'university'],
    ['淮安市农业科学研究院', 'research-institute'],
    ['金湖县水利研究所', 'research-institute'],
    ['王伟', 'individual'],
    ['买买提·艾力', 'individual'],
    ['金湖示例农场', 'other'],
  ])('%s → %s', (name, type) => {
    expect(inferOwnerType(name)).toBe(type);
  });
});
