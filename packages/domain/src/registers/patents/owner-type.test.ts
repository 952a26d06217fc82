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
  ])('%s → %s', (name, type) => {
    expect(inferOwnerType(name)).toBe(type);
  });
});
