import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRegisterFixture, csv, officeUser, type RegisterFixture } from '../__tests__/register-fixture.js';
import { registerKinds } from '@ipcounty/domain';
import { registerRepository } from '../register.repository.js';
import { registersVersion } from '../registers-version.js';
import { OUTSIDE_COUNTY } from './address-placer.js';
import { assignAddress } from './assign-address.js';

/** 黎城镇 is a town name of Jinhu, but without 金湖县 the resolver cannot be sure the address is here. */
const vague = '淮安市黎城镇城南示例小区3号';
const elsewhere = '江苏省淮安市清江浦区健康路1号';
const header = ['申请号', '申请日', '发明名称', '申请人', '申请人地址'];
const file = csv([header, ['202310123456.6', '2023-01-05', '甲', '甲公司', vague], ['202310123457.0', '2023-01-05', '乙', '乙公司', elsewhere]]);

describe('manual address assignments', () => {
  let f: RegisterFixture;
  beforeEach(async () => (f = await createRegisterFixture()));
  afterEach(async () => f.drop());

  const assign = (address: string, region: string | null) => assignAddress({ ctx: f, countyId: 'jinhu', user: officeUser, address, region });
  const regions = async () => (await f.handle.db.selectFrom('register_patents').select(['record_key', 'region', 'attribution']).orderBy('record_key').execute()).map((r) => [r.region, r.attribution]);

  it('lists unresolved addresses, and an assignment places every record with the address at once', async () => {
    await f.importFile('patents', 'p.csv', file, { confirmed: true });
    await f.importFile('trademarks', 't.csv', csv([['注册号', '国际分类', '申请人', '申请人地址'], ['1', '7', '甲公司', vague]]));
    const unresolved = await registerRepository.unresolvedAddresses(f.handle.db, 'jinhu', registerKinds);
    expect(unresolved.map((u) => [u.kind, u.address, u.records])).toEqual(
      expect.arrayContaining([
        ['patents', vague, 1],
        ['patents', elsewhere, 1],
        ['trademarks', vague, 1],
      ]),
    );
    const version = await registersVersion(f.handle, 'jinhu');
    expect(await assign(` ${vague}`, 'licheng')).toEqual({ addressKey: vague, records: 2 });
    expect(await assign(elsewhere, OUTSIDE_COUNTY)).toMatchObject({ records: 1 });
    expect(await regions()).toEqual([
      ['licheng', 'attributed'],
      [null, 'excluded'],
    ]);
    expect((await f.handle.db.selectFrom('register_trademarks').select('region').executeTakeFirstOrThrow()).region).toBe('licheng');
    expect(await registersVersion(f.handle, 'jinhu')).not.toBe(version);
    expect(await registerRepository.unresolvedAddresses(f.handle.db, 'jinhu', registerKinds)).toEqual([]);
  });

  it('keeps assignments across re-imports, and re-places the records when one is removed', async () => {
    await assign(vague, 'licheng');
    await f.importFile('patents', 'p.csv', file, { confirmed: true });
    expect(await regions()).toEqual([
      ['licheng', 'attributed'],
      [null, 'unresolved'],
    ]);
    await f.importFile('patents', 'p.csv', file, { confirmed: true });
    expect((await regions())[0]).toEqual(['licheng', 'attributed']);
    await assign(vague, null);
    expect((await regions())[0]).toEqual([null, 'unresolved']);
  });

  it('refuses a region the plan does not have, and records every assignment in the audit log', async () => {
    await expect(assign(vague, 'atlantis')).rejects.toMatchObject({ status: 422, code: 'unknown_region' });
    await assign(vague, 'yintu');
    const entries = await f.handle.db.selectFrom('audit_log').select(['event_type', 'object_type', 'object_id']).where('event_type', '=', 'registers.changed').execute();
    expect(entries).toEqual([{ event_type: 'registers.changed', object_type: 'address-assignment', object_id: vague }]);
  });
});
