import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// PINs are short, so the hash only slows down someone who copies the database; N=2^13 keeps sign-in
// (which checks every staff member's hash) well under a second for a shop's staff list.
const N = 8192;
const r = 8;
const p = 1;

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, 32, { N, r, p });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export function pinMatches(pin: string, stored: string): boolean {
  const [, n, rr, pp, salt, hash] = stored.split('$');
  const expected = Buffer.from(hash!, 'base64');
  const actual = scryptSync(pin, Buffer.from(salt!, 'base64'), expected.length, { N: Number(n), r: Number(rr), p: Number(pp) });
  return timingSafeEqual(expected, actual);
}
