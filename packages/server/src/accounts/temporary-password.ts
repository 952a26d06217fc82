import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: the password is read off a screen and typed in by hand.
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/**
 * A one-time password issued by the system (ASVS 6.4.1, DJ-AC-02): 16 characters from the CSPRNG
 * in four groups (xxxx-xxxx-xxxx-xxxx), about 90 bits. Upper and lower case, a digit and the
 * hyphens meet any policy's composition rule, and the length meets the ASVS profile's 15.
 */
export function generateTemporaryPassword(): string {
  for (;;) {
    const chars = Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]!);
    const text = chars.join('');
    if (/[A-Z]/.test(text) && /[a-z]/.test(text) && /\d/.test(text))
      return [0, 4, 8, 12].map((i) => text.slice(i, i + 4)).join('-');
  }
}
