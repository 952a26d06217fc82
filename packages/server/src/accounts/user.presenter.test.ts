import { describe, expect, it } from 'vitest';
import type { Account } from './account.js';
import { presentUser } from './user.presenter.js';

const account: Account = {
  countyId: 'jinhu',
  userId: 'u-1',
  login: 'wang.fang',
  displayName: '王芳',
  phone: '13912345678',
  unitCode: 'finance',
  regionCode: null,
  status: 'active',
  roles: ['unit-reporter'],
  passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g',
  passwordChangedAt: 0,
  passwordTemporary: false,
  totpSecret: 'JBSWY3DPEHPK3PXP',
  totpPendingSecret: null,
  totpLastStep: 1,
  totpEnrolledAt: '2026-11-01T00:00:00.000Z',
  createdAt: '2026-11-01T00:00:00.000Z',
  createdBy: 'admin',
  lastLoginAt: null,
};

describe('presentUser', () => {
  it('PI-02 masks the phone number for a viewer without pii.unmask and shows it to one with it', () => {
    expect(presentUser(account, { id: 'sys', roles: ['system-admin'] })).toMatchObject({ phone: '139****5678', phoneMasked: true });
    expect(presentUser(account, { id: 'office', roles: ['program-office'] })).toMatchObject({ phone: '13912345678', phoneMasked: false });
  });

  it('DJ-RES-01 never lets the password hash or the authenticator secret out', () => {
    const shown = JSON.stringify(presentUser(account, { id: 'office', roles: ['program-office'] }));
    expect(shown).not.toContain('argon2');
    expect(shown).not.toContain('JBSWY3DPEHPK3PXP');
    expect(JSON.parse(shown).mfaEnrolled).toBe(true);
  });
});
