import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ImportRun, ReferenceView } from '../../../shared/headoffice/reference.js';
import { pullResponseSchema } from '../../../shared/sync/protocol.js';
import { runAdminCommand } from '../../src/admin-commands.js';
import { importSalesCsv } from '../../src/sales/sales-csv.js';
import { recordedImport, salesCounted } from '../../src/reference-admin/import-runs.js';
import { bearer, enrolledDevice, headOfficeAppForFile } from '../api.js';
import { signedIn } from '../auth/sign-in.js';
import { makeSale, writeSalesCsv } from '../sales/fixtures.js';

const ho = headOfficeAppForFile();
type Device = Awaited<ReturnType<typeof enrolledDevice>>;
const desks = {} as Record<'brno' | 'kazan' | 'sofia' | 'kyiv', Device>;
let admin: Record<string, string>;

/** Region Sever: a CZ and an RU store; region Jug: a BG store; a UA store in no region. */
beforeAll(async () => {
  desks.brno = await enrolledDevice(ho.app, ho.db, 'REF01', 'A');
  desks.kazan = await enrolledDevice(ho.app, ho.db, 'REF02', 'A');
  desks.sofia = await enrolledDevice(ho.app, ho.db, 'REF03', 'A');
  desks.kyiv = await enrolledDevice(ho.app, ho.db, 'REF04', 'A');
  await ho.db.query(`UPDATE stores SET country = v.country, region = v.region
    FROM (VALUES ('REF01', 'CZ', 'Sever'), ('REF02', 'RU', 'Sever'), ('REF03', 'BG', 'Jug'), ('REF04', 'UA', NULL)) AS v (code, country, region) WHERE stores.code = v.code`);
  ({ headers: admin } = await signedIn(ho.app, ho.db, 'administrator'));
});

const pull = async (d: Device) => {
  const res = await ho.app.inject({ method: 'GET', url: '/v1/events?refVersion=0', headers: bearer(d.token) });
  expect(res.statusCode).toBe(200);
  return pullResponseSchema.parse(res.json()).reference;
};
const post = (url: string, payload: object, headers = admin) => ho.app.inject({ method: 'POST', url, headers, payload });
const audit = async (action: string) => ho.db.query<{ target: string; after: unknown }>('SELECT target, after FROM audit_log WHERE action = $1 ORDER BY id', [action]);

describe('reason codes per chain, region and store', () => {
  test('an administrator adds, renames and retires codes; each store pulls what reaches it', async () => {
    expect((await post('/api/reference/reasons', { scope: 'chain', code: 'gift_unwanted', names: { en: 'Unwanted gift', bg: 'Нежелан подарък' }, retired: false })).statusCode).toBe(200);
    expect((await post('/api/reference/reasons', { scope: 'region:Sever', code: 'wrong_size', names: {}, retired: true })).statusCode).toBe(200);
    expect((await post('/api/reference/reasons', { scope: 'store:REF03', code: 'gift_unwanted', names: { bg: 'Подарък, който не е харесан' }, retired: false })).statusCode).toBe(200);

    const brno = (await pull(desks.brno))!.data;
    expect(brno.reasonCodes).toContain('gift_unwanted');
    expect(brno.reasonCodes).not.toContain('wrong_size');
    const sofia = (await pull(desks.sofia))!.data;
    expect(sofia.reasonCodes).toContain('wrong_size');
    // The store's own name wins for its language; the chain's stays for the others.
    expect(sofia.reasonNames!.gift_unwanted).toEqual({ en: 'Unwanted gift', bg: 'Подарък, който не е харесан' });
    expect((await audit('reference.reason_saved')).map((a) => a.target)).toEqual(['chain gift_unwanted', 'region:Sever wrong_size', 'store:REF03 gift_unwanted']);
  });

  test('refused: a new code without a name, a scope with no store, retiring every code a store offers', async () => {
    const noName = await post('/api/reference/reasons', { scope: 'chain', code: 'nameless', names: {}, retired: false });
    expect(noName.json()).toMatchObject({ error: 'reason_unnamed', fields: ['names'] });
    expect((await post('/api/reference/reasons', { scope: 'region:Nowhere', code: 'other', names: {}, retired: true })).json()).toMatchObject({ error: 'unknown_scope' });
    const view = (await ho.app.inject({ method: 'GET', url: '/api/reference', headers: admin })).json() as ReferenceView;
    const offered = [...view.builtIn, 'gift_unwanted'].filter((c) => c !== 'wrong_size');
    for (const code of offered.slice(0, -1)) expect((await post('/api/reference/reasons', { scope: 'store:REF01', code, names: {}, retired: true })).statusCode).toBe(200);
    const last = await post('/api/reference/reasons', { scope: 'store:REF01', code: offered.at(-1), names: {}, retired: true });
    expect(last.json()).toMatchObject({ error: 'last_reason' });
    expect((await pull(desks.brno))!.data.reasonCodes).toEqual([offered.at(-1)]);
  });
});

describe('policy overrides checked against the law', () => {
  test('an override that breaks the law in a country of the scope is refused with its citation; nothing is saved', async () => {
    const before = (await pull(desks.kazan))!.version;
    // 20 days to settle a claim: legal in CZ (30), not in RU (10).
    const res = await post('/api/reference/overrides', { scope: 'region:Sever', overrides: { claimPeriod: { days: 20 } } });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: 'override_illegal', fields: ['overrides.claimPeriod'], message: expect.stringContaining('RU: The claim period may not be longer than the law\'s 10 days (ст. 20–22 Закона РФ «О защите прав потребителей»)') });
    expect((await pull(desks.kazan))!.version).toBe(before);
    expect(await audit('reference.overrides_saved')).toEqual([]);
    // The chain is checked against every country's law: a 12-month guarantee breaks all four.
    const chain = await post('/api/reference/overrides', { scope: 'chain', overrides: { guaranteeMonths: 12 } });
    expect((chain.json() as { message: string }).message.match(/^|\s(CZ|BG|UA|RU):/g)).toHaveLength(4);
  });

  test('a legal override is saved, audited and pulled by the stores of its scope only', async () => {
    const res = await post('/api/reference/overrides', { scope: 'region:Sever', overrides: { returnWindowDays: 30, claimPeriod: { days: 7 } } });
    expect(res.statusCode).toBe(200);
    expect((await pull(desks.kazan))!.data.policyOverrides).toEqual({ returnWindowDays: 30, claimPeriod: { days: 7 } });
    expect((await pull(desks.sofia))!.data.policyOverrides).toEqual({});
    expect(await audit('reference.overrides_saved')).toEqual([{ target: 'region:Sever', after: expect.objectContaining({ overrides: { returnWindowDays: 30, claimPeriod: { days: 7 } } }) }]);
  });

  test('a regional manager reads the chain and their region only, and changes nothing; a change needs the page token', async () => {
    const { headers } = await signedIn(ho.app, ho.db, 'regional_manager', ['REF03']);
    const view = (await ho.app.inject({ method: 'GET', url: '/api/reference', headers })).json() as ReferenceView;
    expect(view.stores.map((s) => s.code)).toEqual(['REF03']);
    expect(new Set(view.reasons.map((r) => r.scope))).toEqual(new Set(['chain', 'store:REF03']));
    expect(view.overrides).toEqual([]);
    expect(view.canEdit).toBe(false);
    expect((await post('/api/reference/overrides', { scope: 'store:REF03', overrides: { returnWindowDays: 30 } }, headers)).statusCode).toBe(403);
    expect((await ho.app.inject({ method: 'GET', url: '/api/reference/imports', headers })).statusCode).toBe(403);
    const { headers: viewer } = await signedIn(ho.app, ho.db, 'viewer');
    expect((await ho.app.inject({ method: 'GET', url: '/api/reference', headers: viewer })).statusCode).toBe(403);
    expect((await post('/api/reference/overrides', { scope: 'store:REF03', overrides: {} }, { ...admin, 'x-csrf-token': 'x' })).statusCode).toBe(403);
  });
});

describe('import history', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imports-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const runs = async () => ((await ho.app.inject({ method: 'GET', url: '/api/reference/imports?limit=10', headers: admin })).json() as { runs: ImportRun[] }).runs;

  test('each import is a run: by the API with its token name, from a file, taken, partly taken and refused', async () => {
    const { token } = (await runAdminCommand(ho.db, 'integration-token', { name: 'Kasa Brno', stores: 'REF01' })) as { token: string };
    const send = (url: string, payload: object) => ho.app.inject({ method: 'POST', url, headers: bearer(token), payload });
    expect((await send('/v1/sales', { sales: [makeSale('REF01'), makeSale('REF01')] })).statusCode).toBe(200);
    expect((await send('/v1/sales', { sales: [makeSale('REF01'), makeSale('REF03')] })).json()).toMatchObject({ stored: 1, rejected: 1 });
    expect((await send('/v1/catalogue', { items: 'none' })).statusCode).toBe(400);
    const good = join(dir, 'good.csv');
    writeSalesCsv(good, 5, 'HIST');
    await ho.db.query("INSERT INTO stores (code, name) VALUES ('PRG01', 'Praha'), ('BRN02', 'Brno') ON CONFLICT DO NOTHING");
    await recordedImport(ho.db, { kind: 'sales', source: 'file', file: good }, salesCounted, () => importSalesCsv(ho.db, good));
    // The same ids with other content: the file is refused whole.
    const clash = join(dir, 'clash.csv');
    writeSalesCsv(clash, 6, 'HIST');
    await expect(recordedImport(ho.db, { kind: 'sales', source: 'file', file: clash }, salesCounted, () => importSalesCsv(ho.db, clash))).rejects.toThrow('nothing was imported');

    const [refusedFile, goodFile, badCatalogue, partly, taken] = await runs();
    expect(refusedFile).toMatchObject({ kind: 'sales', source: 'file', fileName: 'clash.csv', rowsTaken: 0, status: 'refused', message: expect.stringContaining('line') });
    expect(refusedFile!.rowsRefused).toBeGreaterThan(0);
    expect(goodFile).toMatchObject({ source: 'file', fileName: 'good.csv', tokenName: null, rowsTaken: 3, rowsRefused: 0, status: 'done' });
    expect(badCatalogue).toMatchObject({ kind: 'catalogue', source: 'api', tokenName: 'Kasa Brno', status: 'refused', message: expect.stringContaining('items') });
    expect(partly).toMatchObject({ kind: 'sales', tokenName: 'Kasa Brno', rowsTaken: 1, rowsRefused: 1, status: 'partly' });
    expect(taken).toMatchObject({ kind: 'sales', source: 'api', tokenName: 'Kasa Brno', rowsTaken: 2, rowsRefused: 0, status: 'done' });
    expect(Date.parse(taken!.finishedAt)).toBeGreaterThanOrEqual(Date.parse(taken!.startedAt));
  });
});

describe('the law check per country, as head office saves a store\'s overrides', () => {
  // A store's own overrides: accepted where legal, refused citing the statute where not.
  test.each<[string, object, number, string?]>([
    ['REF01', { claimPeriod: { days: 45 } }, 422, '§19 odst. 3 zák. 634/1992 Sb.'],
    ['REF01', { guaranteeMonths: 18 }, 422, '§2165 zák. 89/2012 Sb.'],
    ['REF01', { claimPeriod: { days: 20 }, guaranteeMonths: 36, returnWindowDays: 0 }, 200],
    ['REF03', { claimPeriod: { days: 30 } }, 422, 'чл. 113, ал. 2 ЗЗП'],
    ['REF03', { claimPeriod: { days: 28 }, returnWindowDays: 60 }, 200],
    ['REF04', { returnWindowDays: 7 }, 422, 'ст. 9 ЗУ «Про захист прав споживачів»'],
    ['REF04', { claimPeriod: { days: 15 } }, 422, 'ЗУ «Про захист прав споживачів»'],
    ['REF04', { returnWindowDays: 21, claimPeriod: { days: 14 } }, 200],
    ['REF02', { guaranteeMonths: 6 }, 422, 'ст. 19 Закона РФ «О защите прав потребителей»'],
    ['REF02', { returnWindowDays: 10 }, 422, 'ст. 25 Закона РФ «О защите прав потребителей»'],
    ['REF02', { returnWindowDays: 14, refundLimit: 1_000_00 }, 200],
  ])('%s %j answers %i', async (store, overrides, status, citation) => {
    const res = await post('/api/reference/overrides', { scope: `store:${store}`, overrides });
    expect(res.statusCode).toBe(status);
    if (citation) expect((res.json() as { message: string }).message).toContain(citation);
    else expect((res.json() as { overrides: { overrides: object } }).overrides.overrides).toEqual(overrides);
  });
});
