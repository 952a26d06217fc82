import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useFieldEncryptionKey } from '../accounts/field-encryption.js';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { expertRepository } from './expert.repository.js';

/** Issue #10 point 6: the expert pool's phone numbers are personal information, encrypted at rest like the accounts'. */
describe('expert phone numbers at rest', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ principal: null });
    useFieldEncryptionKey(randomBytes(32));
  });
  afterEach(async () => {
    useFieldEncryptionKey(null);
    await t.close();
  });

  it('DJ-CONF-02 stores an expert’s phone sealed and reads it back as entered', async () => {
    const expert = {
      id: 'e-1',
      name: '王立新',
      field: '专利代理',
      organisation: '淮安市知识产权保护中心',
      title: '高级工程师',
      phone: '13912345678',
      email: null,
      avoidUnits: [],
      avoidEnterprises: [],
      active: true,
    };
    await expertRepository.put(t.ctx.handle.db, 'jinhu', expert, '2026-12-07T01:00:00.000Z', 'office');
    const stored = await t.ctx.handle.db.selectFrom('experts').select('phone').where('expert_id', '=', 'e-1').executeTakeFirstOrThrow();
    expect(stored.phone).toMatch(/^enc:v1:/);
    expect(stored.phone).not.toContain('5678');
    expect((await expertRepository.get(t.ctx.handle.db, 'jinhu', 'e-1'))?.phone).toBe('13912345678');
  });
});
