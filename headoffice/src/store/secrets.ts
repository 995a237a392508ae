import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Only hashes of tokens and codes are stored: a copy of the database grants no access. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export const newDeviceToken = () => randomBytes(32).toString('base64url');

// No 0/O, 1/I/L: the code is read off a screen and typed at the desk.
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A one-time enrollment code like `K7QM-3XHP-W2ZC` (about 59 bits). */
export function newEnrollmentCode(): string {
  const chars = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What the clerk typed, compared case-, dash- and space-insensitively. */
export const normalizeCode = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, '');
