import { asvsPasswordPolicy, checkPassword, dengbaoPasswordPolicy } from '@ipcounty/domain';
import { describe, expect, it } from 'vitest';
import { generateTemporaryPassword } from './temporary-password.js';

describe('generateTemporaryPassword', () => {
  it('AS-AUTH-08 makes random one-time passwords that pass both password profiles', () => {
    const issued = Array.from({ length: 500 }, generateTemporaryPassword);
    expect(new Set(issued).size).toBe(500);
    for (const password of issued) {
      expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{4}(-[A-HJ-NP-Za-km-z2-9]{4}){3}$/);
      expect(checkPassword(dengbaoPasswordPolicy, password, { username: 'admin' })).toEqual([]);
      expect(checkPassword(asvsPasswordPolicy, password, { username: 'admin' })).toEqual([]);
    }
  });
});
