import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { runAdminCommand } from '../../src/admin-commands.js';
import { audited, commandLine } from '../../src/audit/audit-log.js';
import { headOfficeAppForFile } from '../api.js';
import { addUser, password, signIn, signedIn } from '../auth/sign-in.js';

const ho = headOfficeAppForFile();

type Entry = { actor: string; action: string; target: string | null; address: string | null; before: unknown; after: unknown };
const entries = async (action: string, target?: string) =>
  ho.db.query<Entry>('SELECT actor, action, target, address, before, after FROM audit_log WHERE action = $1 AND ($2::text IS NULL OR target = $2) ORDER BY id', [action, target ?? null]);

describe('the audit log records', () => {
  test('sign-in, a failed sign-in (to an account or to none), sign-out and sign-out everywhere, with the address', async () => {
    const user = await addUser(ho.db, 'viewer');
    await signIn(ho.app, user.email, 'wrong guess here', '10.9.0.1');
    await signIn(ho.app, 'Nobody@Chain.example', password, '10.9.0.2');
    const session = await signIn(ho.app, user.email, password, '10.9.0.3');
    await ho.app.inject({ method: 'DELETE', url: '/api/session', headers: session.headers, remoteAddress: '10.9.0.3' });
    const other = await signIn(ho.app, user.email, password, '10.9.0.4');
    await ho.app.inject({ method: 'DELETE', url: '/api/sessions', headers: other.headers, remoteAddress: '10.9.0.4' });

    expect(await entries('session.sign_in_failed', user.email)).toEqual([{ actor: user.email, action: 'session.sign_in_failed', target: user.email, address: '10.9.0.1', before: null, after: { reason: 'wrong_password' } }]);
    expect(await entries('session.sign_in_failed', 'nobody@chain.example')).toMatchObject([{ address: '10.9.0.2' }]);
    expect(await entries('session.signed_in', user.email)).toMatchObject([{ address: '10.9.0.3' }, { address: '10.9.0.4' }]);
    expect(await entries('session.signed_out', user.email)).toMatchObject([{ actor: user.email, address: '10.9.0.3' }]);
    expect(await entries('session.signed_out_everywhere', user.email)).toMatchObject([{ after: { sessionsEnded: 1 } }]);
  });

  test("user changes with the record before and after, never a password or its hash", async () => {
    const admin = await signedIn(ho.app, ho.db, 'administrator');
    const created = await ho.app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload: { email: 'Rita@Chain.example', name: 'Rita', role: 'regional_manager', stores: ['PRG01'], password } });
    expect(created.statusCode).toBe(200);
    const { id } = created.json() as { id: number };
    await ho.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: admin.headers, payload: { stores: ['PRG01', 'BRN01'], locale: 'cs' } });
    await ho.app.inject({ method: 'POST', url: `/api/users/${id}/password`, headers: admin.headers, payload: { password: 'another long password' } });

    expect(await entries('user.created', 'rita@chain.example')).toMatchObject([{ actor: admin.user.email, before: null, after: { email: 'rita@chain.example', role: 'regional_manager', stores: ['PRG01'] } }]);
    expect(await entries('user.changed', 'rita@chain.example')).toMatchObject([{ before: { stores: ['PRG01'], locale: 'en' }, after: { stores: ['BRN01', 'PRG01'], locale: 'cs' } }]);
    expect(await entries('user.password_set', 'rita@chain.example')).toMatchObject([{ actor: admin.user.email, after: { sessionsEnded: 0 } }]);
    const everything = JSON.stringify(await ho.db.query('SELECT * FROM audit_log'));
    expect(everything).not.toContain(password);
    expect(everything).not.toContain('another long password');
    expect(everything).not.toContain('$argon2id$');
  });

  test('a change refused writes no line: the record and the change share one transaction', async () => {
    const admin = await signedIn(ho.app, ho.db, 'administrator');
    const before = await entries('user.changed');
    // The last administrator who can sign in cannot be demoted... once the others are gone.
    await ho.db.query("UPDATE users SET disabled_at = now() WHERE role = 'administrator' AND id <> $1", [admin.user.id]);
    const res = await ho.app.inject({ method: 'PATCH', url: `/api/users/${admin.user.id}`, headers: admin.headers, payload: { role: 'viewer' } });
    expect(res.json()).toMatchObject({ error: 'last_administrator' });
    expect(await entries('user.changed')).toEqual(before);

    // And a line is never left without its change: a command failing after its write leaves neither.
    const failing = audited(ho.db, commandLine, () => ({ action: 'test.rolled_back' }));
    await expect(failing.transaction(async (tx) => {
      await tx.query("INSERT INTO stores (code, name) VALUES ('ROLL1', 'x')");
      throw new Error('power cut');
    })).rejects.toThrow('power cut');
    expect(await ho.db.query("SELECT 1 FROM stores WHERE code = 'ROLL1'")).toEqual([]);
    expect(await entries('test.rolled_back')).toEqual([]);
  });

  test('enrollment codes, reference data, integration tokens and sales days from the command line, never the code or token itself', async () => {
    const { code } = (await runAdminCommand(ho.db, 'enroll', { store: 'AUD01', desk: 'A' })) as { code: string };
    await runAdminCommand(ho.db, 'reference', { store: 'AUD01', data: { policyOverrides: {}, reasonCodes: ['defective'], staff: [] } });
    const { token } = (await runAdminCommand(ho.db, 'integration-token', { name: 'ERP', stores: 'AUD01' })) as { token: string };
    await runAdminCommand(ho.db, 'sales-days', { store: 'AUD01', days: 60 });

    expect(await entries('enrollment.issued', 'AUD01 A')).toEqual([{ actor: 'command line', action: 'enrollment.issued', target: 'AUD01 A', address: null, before: null, after: { hours: 24, replace: false } }]);
    expect(await entries('reference.set', 'AUD01')).toMatchObject([{ after: { version: 1, data: { reasonCodes: ['defective'] } } }]);
    expect(await entries('integration.token_created', 'ERP')).toMatchObject([{ after: { stores: ['AUD01'] } }]);
    expect(await entries('sales_days.set', 'AUD01')).toMatchObject([{ after: { days: 60 } }]);
    const everything = JSON.stringify(await ho.db.query('SELECT * FROM audit_log'));
    expect(everything).not.toContain(code);
    expect(everything).not.toContain(token);
  });
});

describe('viewing and exporting the log', () => {
  test('administrators only; filtered by user, action and date', async () => {
    const viewer = await signedIn(ho.app, ho.db, 'viewer');
    expect((await ho.app.inject({ method: 'GET', url: '/api/audit', headers: viewer.headers })).statusCode).toBe(403);
    expect((await ho.app.inject({ method: 'GET', url: '/api/audit.csv', headers: viewer.headers })).statusCode).toBe(403);

    const admin = await signedIn(ho.app, ho.db, 'administrator');
    const page = async (query: string) => (await ho.app.inject({ method: 'GET', url: `/api/audit?${query}`, headers: admin.headers })).json() as { entries: Entry[]; actions: string[] };
    const mine = await page(`user=${encodeURIComponent(viewer.user.email)}`);
    // Created by the command line: only the viewer's own sign-in is theirs.
    expect(mine.entries.map((e) => e.action)).toEqual(['session.signed_in']);
    expect((await page('action=session')).entries.every((e) => e.action.startsWith('session.'))).toBe(true);
    expect((await page('action=user.created')).entries.every((e) => e.action === 'user.created')).toBe(true);
    expect((await page('from=2000-01-01&to=2000-01-02')).entries).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await page(`from=${today}&to=${today}`)).entries.length).toBeGreaterThan(0);
    expect((await page('')).actions).toEqual(expect.arrayContaining(['session.signed_in', 'user.created', 'enrollment.issued']));
    expect((await ho.app.inject({ method: 'GET', url: '/api/audit?from=yesterday', headers: admin.headers })).statusCode).toBe(400);
  });

  test("CSV: UTF-8 with BOM, the locale's separator and column names; what someone typed never becomes a formula", async () => {
    await signIn(ho.app, '=HYPERLINK("http://evil.example";"x")@a.b', 'guess', '10.9.9.9');
    const admin = await signedIn(ho.app, ho.db, 'administrator');
    const csv = async (locale: string) => ho.app.inject({ method: 'GET', url: `/api/audit.csv?locale=${locale}&action=session.sign_in_failed`, headers: admin.headers });

    const cs = await csv('cs');
    expect(cs.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(cs.headers['content-disposition']).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(cs.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse(cs.rawPayload, { bom: true, delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual(['Kdy', 'Kdo', 'Akce', 'Čeho se týká', 'Adresa', 'Předtím', 'Potom']);
    const hostile = rows.find((r) => r[4] === '10.9.9.9')!;
    expect(hostile[1]).toBe(`'=hyperlink("http://evil.example";"x")@a.b`);
    expect(JSON.parse(hostile[6]!)).toEqual({ reason: 'wrong_password' });

    const en = parse((await csv('en')).rawPayload, { bom: true, delimiter: ',' }) as string[][];
    expect(en[0]![0]).toBe('When');
    expect(en.length).toBe(rows.length);
  });
});
