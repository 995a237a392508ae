import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomInt } from 'node:crypto';

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

/**
 * The key for a token issued against an enrollment code comes from the code itself, which head
 * office never stores: the sealed token alone opens nothing without the code.
 */
const tokenKey = (code: string) => Buffer.from(hkdfSync('sha256', normalizeCode(code), 'enrollment-token', '', 32));

/** AES-256-GCM: iv.tag.ciphertext, base64url. */
export function sealToken(token: string, code: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', tokenKey(code), iv);
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url')).join('.');
}

export function openToken(box: string, code: string): string {
  const [iv, tag, sealed] = box.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', tokenKey(code), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(sealed!), decipher.final()]).toString('utf8');
}
