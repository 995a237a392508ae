import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * A PIN is short: a copied desk.db must not give up a 6-digit manager PIN in under a day on one
 * core, so one guess must cost ~90 ms or more there. Checking every staff member's own salted hash
 * at sign-in would cost that many times over; instead every PIN of a desk is hashed with one
 * random salt of that desk, and sign-in is a single hash and an index lookup (PINs are unique per
 * desk anyway: the PIN says who is at the counter). The salt is random per desk, so nothing can
 * be precomputed across desks, and a guess still costs a full hash.
 * scrypt N=2^14, r=8 (16 MiB), p=7: ~205 ms on the build machine, so 10^6 PINs take ~57 hours of
 * one core and a given PIN falls after ~28 hours on average, while sign-in stays one hash
 * (`npm run bench -- pins`). The cost comes from p, not from
 * more memory: at 32 MiB this machine's time was mostly cache misses (6x the time for 2x the work),
 * which a CPU with a larger cache would not pay.
 */
export type PinCost = { N: number; r: number; p: number };
export const pinCost: PinCost = { N: 1 << 14, r: 8, p: 7 };

const scryptAsync = (pin: string, salt: Buffer, len: number, o: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scrypt(pin, salt, len, o, (e, key) => (e ? reject(e) : resolve(key))));

/** The stored key of a PIN under the desk's salt and cost; runs off the main thread. */
export async function pinKey(pin: string, salt: string, cost: PinCost): Promise<string> {
  const key = await scryptAsync(pin, Buffer.from(salt, 'base64'), 32, { ...cost, maxmem: 128 * cost.N * cost.r * 2 });
  return key.toString('base64');
}

export const newPinSalt = () => randomBytes(16).toString('base64');

/**
 * Hashes of the first versions (`scrypt$N$r$p$salt$hash`, one salt per person, N=2^13): they are
 * only ever verified, and replaced by a key under the desk's salt when the person next signs in.
 */
export async function legacyPinMatches(pin: string, stored: string): Promise<boolean> {
  const [, n, rr, pp, salt, hash] = stored.split('$');
  const expected = Buffer.from(hash!, 'base64');
  const actual = await scryptAsync(pin, Buffer.from(salt!, 'base64'), expected.length, { N: Number(n), r: Number(rr), p: Number(pp) });
  return timingSafeEqual(expected, actual);
}
