import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): ~30 ms here, and a
 * copied database costs a guesser the same 19 MiB and 2 passes for every guess.
 */
const params = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, params);

// An account that does not exist is checked against this, so a wrong address answers as slowly as a wrong password.
const noAccount = hash('no account has this password', params);

/** Whether `password` is the one `stored` was made from; `null` (no such account) is never. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  const matches = await verify(stored ?? (await noAccount), password).catch(() => false);
  return stored !== null && matches;
}
