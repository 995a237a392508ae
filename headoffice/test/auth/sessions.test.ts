import { describe, expect, test } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/auth/password.js';
import { sessionLimits, sessionOf, startSession } from '../../src/auth/sessions.js';
import { buildServer } from '../../src/http/server.js';
import { headOfficeAppForFile } from '../api.js';
import { addUser, password, signIn, signedIn } from './sign-in.js';

const ho = headOfficeAppForFile();

describe('passwords', () => {
  test('are kept as argon2id hashes, salted: the same password twice gives two hashes, each verifying it alone', async () => {
    const [a, b] = [await hashPassword(password), await hashPassword(password)];
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, password)).toBe(true);
    expect(await verifyPassword(a, `${password}!`)).toBe(false);
    expect(await verifyPassword(null, password)).toBe(false);
    const [row] = await ho.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [(await addUser(ho.db, 'viewer')).email]);
    expect(row!.password_hash).not.toContain(password);
  });
});

describe('signing in', () => {
  test('sets an HttpOnly, SameSite=Strict session cookie (Secure over HTTPS) and gives the page its CSRF token', async () => {
    const { user, res, cookie, csrfToken } = await signedIn(ho.app, ho.db, 'viewer');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { email: user.email, role: 'viewer' } });
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie!.secure).toBeFalsy();
    expect(csrfToken).toMatch(/^[0-9a-f]{64}$/);
    // The database holds the hash of the session id, never the id.
    expect(await ho.db.query('SELECT 1 FROM sessions WHERE id_hash = $1', [cookie!.value])).toHaveLength(0);

    const proxied = await buildServer({ db: ho.db, trustProxy: ['127.0.0.1'] });
    try {
      const https = await proxied.inject({
        method: 'POST', url: '/api/session', payload: { email: user.email, password },
        headers: { origin: 'https://ho.chain.example', host: 'ho.chain.example', 'x-forwarded-proto': 'https' },
      });
      expect(https.statusCode).toBe(200);
      expect(https.cookies[0]).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
    } finally {
      await proxied.close();
    }
  });

  test('a wrong password and an unknown address get the same answer; both are refused', async () => {
    const user = await addUser(ho.db, 'viewer');
    const wrong = await signIn(ho.app, user.email, 'not the password', '10.1.0.1');
    const unknown = await signIn(ho.app, 'nobody@chain.example', password, '10.1.0.2');
    expect([wrong.res.statusCode, unknown.res.statusCode]).toEqual([401, 401]);
    expect(wrong.res.json()).toEqual(unknown.res.json());
    expect(wrong.cookie).toBeUndefined();
  });

  test('an address with NUL or half an emoji is refused as unknown, and nothing breaks', async () => {
    for (const email of ['a\u0000b@chain.example', 'a\uD800b@chain.example']) {
      const { res } = await signIn(ho.app, email, password, '10.1.0.3');
      expect([res.statusCode, res.json()]).toEqual([401, { error: 'wrong_password', message: 'Wrong email or password.' }]);
    }
  });

  test('a disabled user cannot sign in, and is signed out at once', async () => {
    const admin = await signedIn(ho.app, ho.db, 'administrator');
    const viewer = await signedIn(ho.app, ho.db, 'viewer');
    const res = await ho.app.inject({ method: 'PATCH', url: `/api/users/${viewer.user.id}`, headers: admin.headers, payload: { disabled: true } });
    expect(res.json()).toMatchObject({ disabled: true });
    expect((await ho.app.inject({ method: 'GET', url: '/api/session', headers: viewer.headers })).statusCode).toBe(401);
    expect((await signIn(ho.app, viewer.user.email)).res.statusCode).toBe(401);
  });

  test('a sign-in from another site (Origin) is refused', async () => {
    const user = await addUser(ho.db, 'viewer');
    for (const headers of [{ origin: 'https://evil.example' }, {}]) {
      const res = await ho.app.inject({ method: 'POST', url: '/api/session', headers, payload: { email: user.email, password } });
      expect(res.statusCode).toBe(403);
    }
  });
});

describe('lockout', () => {
  test('five wrong passwords lock the account from any address, even with the right one', async () => {
    const user = await addUser(ho.db, 'viewer');
    for (let i = 0; i < 5; i++) expect((await signIn(ho.app, user.email, `guess ${i}`, `10.2.0.${i}`)).res.statusCode).toBe(401);
    const locked = await signIn(ho.app, user.email, password, '10.2.0.99');
    expect(locked.res.statusCode).toBe(429);
    expect(locked.res.json()).toMatchObject({ error: 'locked' });
    expect(Number(locked.res.headers['retry-after'])).toBeGreaterThan(60);
  });

  test('ten wrong passwords from one address lock that address for every account', async () => {
    const other = await addUser(ho.db, 'viewer');
    for (let i = 0; i < 10; i++) await signIn(ho.app, `someone-${i}@chain.example`, 'guess', '10.3.0.1');
    expect((await signIn(ho.app, other.email, password, '10.3.0.1')).res.statusCode).toBe(429);
    expect((await signIn(ho.app, other.email, password, '10.3.0.2')).res.statusCode).toBe(200);
  });

  test('twenty guesses sent at once: five are checked, the rest refused; a restarted head office still refuses', async () => {
    const user = await addUser(ho.db, 'viewer');
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(ho.app, user.email, `guess ${i}`, `10.4.0.${i}`)));
    expect(answers.filter((a) => a.res.statusCode === 401)).toHaveLength(5);
    expect(answers.filter((a) => a.res.statusCode === 429)).toHaveLength(15);
    const restarted = await buildServer({ db: ho.db });
    try {
      expect((await signIn(restarted, user.email, password, '10.4.1.1')).res.statusCode).toBe(429);
    } finally {
      await restarted.close();
    }
  });
});

describe('sessions', () => {
  test('end after 30 idle minutes, and 12 hours after sign-in however busy', async () => {
    const user = await addUser(ho.db, 'viewer');
    const t0 = Date.now();
    const idle = await startSession(ho.db, user.id, t0);
    expect(await sessionOf(ho.db, idle, t0 + sessionLimits.idleMs - 1000)).not.toBeNull();
    expect(await sessionOf(ho.db, idle, t0 + 2 * sessionLimits.idleMs - 2000)).not.toBeNull();
    expect(await sessionOf(ho.db, idle, t0 + 3 * sessionLimits.idleMs)).toBeNull();
    // Ended for good: no later clock reading brings it back.
    expect(await sessionOf(ho.db, idle, t0)).toBeNull();

    const busy = await startSession(ho.db, user.id, t0);
    let now = t0;
    while (now + 20 * 60_000 < t0 + sessionLimits.absoluteMs) {
      now += 20 * 60_000;
      expect(await sessionOf(ho.db, busy, now)).not.toBeNull();
    }
    expect(await sessionOf(ho.db, busy, t0 + sessionLimits.absoluteMs)).toBeNull();
  });

  test('sign-out ends this session; sign-out everywhere ends every session of the user', async () => {
    const user = await addUser(ho.db, 'viewer');
    const [a, b, c] = [await signIn(ho.app, user.email), await signIn(ho.app, user.email), await signIn(ho.app, user.email)];
    const me = (s: typeof a) => ho.app.inject({ method: 'GET', url: '/api/session', headers: s.headers });
    const out = await ho.app.inject({ method: 'DELETE', url: '/api/session', headers: a.headers });
    expect(out.statusCode).toBe(200);
    expect(out.cookies[0]).toMatchObject({ name: 'ho_session', value: '' });
    expect((await me(a)).statusCode).toBe(401);
    expect((await me(b)).statusCode).toBe(200);
    expect((await ho.app.inject({ method: 'DELETE', url: '/api/sessions', headers: b.headers })).json()).toEqual({ ended: 2 });
    expect((await me(b)).statusCode).toBe(401);
    expect((await me(c)).statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  test('a change without the session token, with a wrong one, or from another Origin is refused and changes nothing', async () => {
    const admin = await signedIn(ho.app, ho.db, 'administrator');
    const create = (headers: Record<string, string>) => ho.app.inject({
      method: 'POST', url: '/api/users', headers, payload: { email: 'csrf@chain.example', name: 'X', role: 'viewer', password },
    });
    const { 'x-csrf-token': _token, ...noToken } = admin.headers;
    for (const headers of [noToken, { ...admin.headers, 'x-csrf-token': 'f'.repeat(64) }, { ...admin.headers, origin: 'https://evil.example' }, { cookie: admin.headers.cookie, 'x-csrf-token': admin.csrfToken }]) {
      const res = await create(headers);
      expect(res.statusCode).toBe(403);
    }
    expect(await ho.db.query("SELECT 1 FROM users WHERE email = 'csrf@chain.example'")).toHaveLength(0);
    expect((await create(admin.headers)).statusCode).toBe(200);
  });
});

describe('least privilege', () => {
  test('only an administrator manages users: a viewer, a regional manager and the service centre are refused, with their token and Origin right', async () => {
    for (const role of ['viewer', 'regional_manager', 'service_centre'] as const) {
      const { headers } = await signedIn(ho.app, ho.db, role, role === 'regional_manager' ? ['PRG01'] : []);
      const post = await ho.app.inject({ method: 'POST', url: '/api/users', headers, payload: { email: `by-${role}@chain.example`, name: 'X', role: 'administrator', password } });
      expect(post.statusCode, role).toBe(403);
      expect((await ho.app.inject({ method: 'GET', url: '/api/users', headers })).statusCode, role).toBe(403);
    }
    expect(await ho.db.query("SELECT 1 FROM users WHERE email LIKE 'by-%'")).toEqual([]);
  });

  test('an administrator creates, edits, disables users and resets a password (which ends their sessions)', async () => {
    const admin = await signedIn(ho.app, ho.db, 'administrator');
    const created = await ho.app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload: { email: 'Petra@Chain.example', name: 'Petra', role: 'regional_manager', stores: ['brn01', 'PRG01'], password } });
    expect(created.json()).toMatchObject({ email: 'petra@chain.example', role: 'regional_manager', stores: ['BRN01', 'PRG01'], disabled: false });
    const again = await ho.app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload: { email: 'petra@chain.example', name: 'P', role: 'viewer', password } });
    expect(again.json()).toMatchObject({ error: 'user_exists' });
    const noRegion = await ho.app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload: { email: 'r@chain.example', name: 'R', role: 'regional_manager', password } });
    expect(noRegion.json()).toMatchObject({ error: 'malformed', fields: ['stores'] });
    const short = await ho.app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload: { email: 's@chain.example', name: 'S', role: 'viewer', password: 'short' } });
    expect(short.json()).toMatchObject({ error: 'malformed', fields: ['password'] });

    const { id } = created.json() as { id: number };
    const petra = await signIn(ho.app, 'petra@chain.example');
    const viewer = await ho.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: admin.headers, payload: { role: 'viewer' } });
    expect(viewer.json()).toMatchObject({ role: 'viewer', stores: [] });
    const reset = await ho.app.inject({ method: 'POST', url: `/api/users/${id}/password`, headers: admin.headers, payload: { password: 'a brand new passphrase' } });
    expect(reset.statusCode).toBe(200);
    expect((await ho.app.inject({ method: 'GET', url: '/api/session', headers: petra.headers })).statusCode).toBe(401);
    expect((await signIn(ho.app, 'petra@chain.example')).res.statusCode).toBe(401);
    expect((await signIn(ho.app, 'petra@chain.example', 'a brand new passphrase')).res.statusCode).toBe(200);
    expect(((await ho.app.inject({ method: 'GET', url: '/api/users', headers: admin.headers })).json() as { email: string }[]).map((u) => u.email)).toContain('petra@chain.example');
  });
});
