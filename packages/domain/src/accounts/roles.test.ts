import { describe, expect, it } from 'vitest';
import { adminRoleIds, businessRoleIds, roles, validateRoleSet } from './roles.js';

const codes = (result: ReturnType<typeof validateRoleSet>) => (result.ok ? [] : result.problems.map((p) => p.code));

describe('validateRoleSet', () => {
  it('DJ-AC-04 refuses every pair of administrator roles on one account', () => {
    for (const a of adminRoleIds)
      for (const b of adminRoleIds) {
        if (a === b) continue;
        expect(codes(validateRoleSet([a, b])), `${a} + ${b}`).toEqual(['several-admin-roles']);
      }
    expect(codes(validateRoleSet([...adminRoleIds]))).toEqual(['several-admin-roles']);
  });

  it('DJ-AC-04 refuses an administrator role together with any business role', () => {
    const holder = { unitCode: 'market-supervision', regionCode: 'licheng' };
    for (const admin of adminRoleIds)
      for (const business of businessRoleIds)
        expect(codes(validateRoleSet([admin, business], holder)), `${admin} + ${business}`).toEqual([
          'admin-with-business-role',
        ]);
  });

  it('DJ-AC-04 accepts each administrator role alone', () => {
    for (const admin of adminRoleIds) expect(validateRoleSet([admin])).toEqual({ ok: true, roles: [admin] });
  });

  it('DJ-AC-01 lets business roles combine: the program office also reporting for its own unit', () => {
    expect(validateRoleSet(['program-office', 'unit-reporter'], { unitCode: 'market-supervision' })).toEqual({
      ok: true,
      roles: ['program-office', 'unit-reporter'],
    });
    expect(validateRoleSet(['leader', 'expert']).ok).toBe(true);
  });

  it('DJ-AC-01 needs the unit of a unit reporter and the town of a town reporter', () => {
    expect(codes(validateRoleSet(['unit-reporter']))).toEqual(['unit-required']);
    expect(codes(validateRoleSet(['town-reporter'], { unitCode: 'market-supervision' }))).toEqual(['town-required']);
    expect(validateRoleSet(['town-reporter'], { regionCode: 'licheng' }).ok).toBe(true);
  });

  it('DJ-AC-01 refuses an empty, unknown or repeated role with a message in both languages', () => {
    expect(codes(validateRoleSet([]))).toEqual(['no-roles']);
    expect(codes(validateRoleSet(['superuser']))).toEqual(['unknown-role']);
    const repeated = validateRoleSet(['leader', 'leader']);
    expect(repeated).toMatchObject({ ok: false, problems: [{ code: 'duplicate-role', roles: ['leader'] }] });
    const mixed = validateRoleSet(['system-admin', 'audit-admin']);
    if (mixed.ok) throw new Error('expected a refusal');
    expect(mixed.problems[0]?.zh).toBe('系统管理员、安全管理员、审计管理员三权分立，一个账户只能担任其一：系统管理员、审计管理员');
    expect(mixed.problems[0]?.en).toContain('one account holds at most one');
  });

  it('names every role in Chinese and English', () => {
    expect(Object.values(roles).map((r) => `${r.nameZh}/${r.nameEn}`)).toEqual([
      '系统管理员/System administrator',
      '安全管理员/Security administrator',
      '审计管理员/Audit administrator',
      '工作专班/Program office',
      '单位填报员/Unit reporter',
      '镇街填报员/Town reporter',
      '领导/Leader',
      '评审专家/Expert evaluator',
      '省级管理/Provincial office',
    ]);
  });
});
