import { randomBytes, scryptSync } from 'node:crypto';

/** A PIN hash as the first versions wrote it (one salt per person, scrypt N=2^13): old desks hold these. */
export function legacyPinHash(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, 32, { N: 8192, r: 8, p: 1 });
  return `scrypt$8192$8$1$${salt.toString('base64')}$${hash.toString('base64')}`;
}
