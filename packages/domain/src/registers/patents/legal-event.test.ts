import { describe, expect, it } from 'vitest';
import { categoriseLegalEvent } from './legal-event.js';

describe('categoriseLegalEvent', () => {
  it('reads the gazette heading 专利申请权、专利权的恢复 as a restoration, not a transfer', () => {
    expect(categoriseLegalEvent({ rawName: '专利申请权、专利权的恢复' })).toBe('restoration');
    expect(categoriseLegalEvent({ rawName: '专利申请权、专利权的转移' })).toBe('transfer');
  });

  it('maps confident INPADOC codes', () => {
    expect(categoriseLegalEvent({ code: 'CF01' })).toBe('lapse-non-payment');
    expect(categoriseLegalEvent({ code: 'gr01' })).toBe('grant');
    expect(categoriseLegalEvent({ code: 'RGAV' })).toBe('abandonment-double-grant');
    expect(categoriseLegalEvent({ code: 'CX01' })).toBe('expiry');
  });

  it('splits 专利权的终止 by its sub-reason', () => {
    expect(categoriseLegalEvent({ rawName: '专利权的终止', rawSubtype: '未缴年费专利权终止' })).toBe('lapse-non-payment');
    expect(categoriseLegalEvent({ rawName: '专利权的终止', rawSubtype: '专利权有效期届满' })).toBe('expiry');
    expect(categoriseLegalEvent({ rawName: '专利权的终止', rawSubtype: '专利权的主动放弃' })).toBe('abandonment');
    expect(categoriseLegalEvent({ rawName: '专利权的终止' })).toBeNull();
  });

  it('needs 全部 or 部分 to place an invalidation', () => {
    expect(categoriseLegalEvent({ rawName: '专利权的无效宣告', rawSubtype: '宣告专利权全部无效' })).toBe('invalidation-full');
    expect(categoriseLegalEvent({ rawName: '专利权的无效宣告', rawSubtype: '宣告专利权部分无效' })).toBe('invalidation-partial');
    expect(categoriseLegalEvent({ rawName: '专利权的无效宣告', rawSubtype: '维持专利权有效' })).toBe('invalidation-upheld');
    expect(categoriseLegalEvent({ rawName: '专利权的无效宣告' })).toBeNull();
  });

  it('prefers the specific name over a shorter one inside it', () => {
    expect(categoriseLegalEvent({ rawName: '避免重复授权放弃专利权' })).toBe('abandonment-double-grant');
    expect(categoriseLegalEvent({ rawName: '发明专利申请公布后的视为撤回' })).toBe('withdrawal');
    expect(categoriseLegalEvent({ rawName: '专利权的视为放弃' })).toBe('deemed-abandonment');
    expect(categoriseLegalEvent({ rawName: '专利申请权、专利权的转移' })).toBe('transfer');
    expect(categoriseLegalEvent({ rawName: '专利权质押合同登记的生效、变更及注销' })).toBe('pledge-registered');
    expect(categoriseLegalEvent({ rawName: '权利的恢复' })).toBe('restoration');
    expect(categoriseLegalEvent({ rawName: '授权' })).toBe('grant');
    expect(categoriseLegalEvent({ rawName: '某种未知事件' })).toBeNull();
  });
});
