import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/http/server.js';
import { runAdminCommand } from '../../src/admin-commands.js';
import { complaintOpenings } from '../../../test/helpers/events.js';
import { catalogueItem, testSale } from '../../../test/helpers/sales.js';
import { bearer, enrolledDevice, headOfficeAppForFile, webAppStandIn } from '../api.js';
import { addUser, password, signedIn } from '../auth/sign-in.js';

/**
 * Every route of head office, each text it reads in turn holding text PostgreSQL refuses to store
 * or compare (NUL, half a character), SQL, LIKE wildcards or far too much: a refusal is a 4xx that
 * says why, never a 500. The rest of each request is valid, so the hostile text is what gets checked.
 */
const hostile = ['\u0000', 'a\u0000b', 'a\uD800', '\uDFFF', "'; DROP TABLE cases; --", '9'.repeat(400), '%', '_', 'Ж'.repeat(5000)];

type Who = 'anyone' | 'user' | 'desk' | 'integration' | 'cli';
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type Route = `${Method} ${string}`;
/** A valid request to `route`, as `who` sends it; its params, query and body strings are what gets replaced. */
type Request = { route: Route; who: Who; params?: Record<string, string>; query?: Record<string, string>; body?: unknown };

const store = 'HX01';
const range = { from: '2026-01-01', to: '2026-03-31', region: 'North', store };
const caseNo = `${store}-A-2026-00001`;
const uuid = '0190a6c4-0000-7000-8000-000000000001';
const adminToken = 'hostile-input-admin-token';

/** Filled in once the store, its desk, a second user and the ERP's token exist. */
const ctx = { userHeaders: {} as Record<string, string>, deskToken: '', erpToken: '', email: '', otherUser: '' };

const requests = (): Request[] => [
  { route: 'GET /v1/health', who: 'anyone' },
  { route: 'GET /v1/openapi.yaml', who: 'anyone' },
  { route: 'POST /v1/enroll', who: 'anyone', body: { code: 'NOT-A-CODE-1', deviceId: uuid, storeCode: store, deskCode: 'B' } },
  { route: 'GET /v1/events', who: 'desk', query: { after: '0', limit: '10', refVersion: '0', lawVersion: '0' } },
  { route: 'POST /v1/events', who: 'desk', body: { events: complaintOpenings({ id: uuid, storeCode: store, deskCode: 'A' }, 1, 1) } },
  { route: 'GET /v1/sales', who: 'desk', query: { after: '0', limit: '10' } },
  { route: 'GET /v1/sales/lookup', who: 'desk', query: { receipt: 'HX01-T3/000123' } },
  { route: 'GET /v1/catalogue', who: 'desk', query: { after: '0', limit: '10' } },
  { route: 'POST /v1/sales', who: 'integration', body: { sales: [testSale({ store, lines: [{ id: 'L1', quantity: 1, unitPrice: 100 }] })] } },
  { route: 'POST /v1/catalogue', who: 'integration', body: { items: [catalogueItem({ sku: 'HX-1', category: 'kettles' })] } },

  { route: 'POST /api/session', who: 'anyone', body: { email: ctx.email, password } },
  { route: 'GET /api/session', who: 'user' },
  { route: 'GET /api/users', who: 'user' },
  { route: 'POST /api/users', who: 'user', body: { email: 'new@chain.example', password, name: 'New', role: 'regional_manager', stores: [store], locale: 'en' } },
  { route: 'PATCH /api/users/:id', who: 'user', params: { id: ctx.otherUser }, body: { name: 'Other', role: 'regional_manager', stores: [store], locale: 'bg' } },
  { route: 'POST /api/users/:id/password', who: 'user', params: { id: ctx.otherUser }, body: { password } },
  { route: 'GET /api/stores', who: 'user' },
  { route: 'POST /api/stores', who: 'user', body: { code: 'HX02', name: 'Second', country: 'BG', region: 'North' } },
  { route: 'GET /api/stores/:code', who: 'user', params: { code: store } },
  { route: 'PATCH /api/stores/:code', who: 'user', params: { code: store }, body: { name: 'First', country: 'BG', region: 'North' } },
  { route: 'POST /api/stores/:code/codes', who: 'user', params: { code: store }, body: { desk: 'C', hours: 1, replace: false } },
  { route: 'DELETE /api/stores/:code/codes/:id', who: 'user', params: { code: store, id: '999' } },
  { route: 'DELETE /api/stores/:code/devices/:deviceId', who: 'user', params: { code: store, deviceId: uuid } },
  { route: 'GET /api/cases', who: 'user', query: { store, kind: 'complaint', status: 'received', overdue: '1' } },
  { route: 'GET /api/conflicts', who: 'user', query: { store, state: 'open' } },
  { route: 'GET /api/service/queue', who: 'user' },
  { route: 'POST /api/service/claims/:caseNo', who: 'user', params: { caseNo }, body: { step: 'verdict', outcome: 'partly', method: 'repair', reason: 'Worn' } },
  { route: 'GET /api/dashboards/places', who: 'user' },
  { route: 'GET /api/dashboards/reasons', who: 'user' },
  { route: 'GET /api/dashboards/figures', who: 'user', query: { ...range, figure: 'returns.reason', by: 'key' } },
  { route: 'GET /api/dashboards/trend', who: 'user', query: { ...range, figure: 'returns.reason', by: 'key', every: 'week' } },
  { route: 'GET /api/dashboards/tables', who: 'user', query: { ...range, by: 'store' } },
  { route: 'GET /api/dashboards/table.csv', who: 'user', query: { ...range, by: 'store', table: 'reasons', locale: 'en' } },
  { route: 'GET /api/dashboards/complaints', who: 'user', query: { region: 'North', store, by: 'store' } },
  { route: 'GET /api/dashboards/cases', who: 'user', query: { ...range, figure: 'returns.reason', key: 'defective', limit: '10', after: `2026-01-01/${uuid}/CZK` } },
  { route: 'GET /api/dashboards/cases/:id', who: 'user', params: { id: uuid } },
  { route: 'GET /api/dashboards/cases-behind', who: 'user', query: { ...range, figure: 'returns.product', category: 'kettles', limit: '10' } },
  { route: 'GET /api/dashboards/open-complaints', who: 'user', query: { region: 'North', store, limit: '10', overdue: '1', after: `2026-01-01/${uuid}` } },
  { route: 'GET /api/audit', who: 'user', query: { user: 'administrator', action: 'user', from: '2026-01-01', to: '2026-12-31', before: '100' } },
  { route: 'GET /api/audit.csv', who: 'user', query: { user: 'administrator', action: 'user', from: '2026-01-01', to: '2026-12-31', locale: 'cs' } },
  { route: 'GET /api/reference', who: 'user' },
  { route: 'POST /api/reference/reasons', who: 'user', body: { scope: 'region:North', code: 'gift_unwanted', names: { en: 'Unwanted gift', bg: 'Нежелан подарък' }, retired: false } },
  { route: 'POST /api/reference/overrides', who: 'user', body: { scope: `store:${store}`, overrides: { returnWindowDays: 30 } } },
  { route: 'GET /api/reference/imports', who: 'user', query: { limit: '10', before: '5' } },
  { route: 'GET /api/registers', who: 'user' },
  { route: 'GET /api/registers/:store', who: 'user', params: { store }, query: { year: '2026' } },
  { route: 'GET /register', who: 'user', query: { store, year: '2026', lang: 'en' } },
  { route: 'GET /register.csv', who: 'user', query: { store, year: '2026', lang: 'en' } },
  { route: 'GET /register.pdf', who: 'user', query: { year: '2026', lang: 'en' } },
  { route: 'GET /', who: 'anyone' },
  { route: 'GET /:screen', who: 'anyone', params: { screen: 'cases' } },
  { route: 'GET /:screen/*', who: 'anyone', params: { screen: 'stores', '*': store } },

  ...Object.entries({
    enroll: { store, desk: 'D', name: 'First', country: 'BG', hours: 1 },
    resolve: { case: caseNo, outcome: 'rejected', reason: 'Worn', actor: 'service-centre' },
    reference: { store, data: { policyOverrides: {}, reasonCodes: ['defective'], reasonNames: { defective: { en: 'Broken' } }, staff: [{ id: 'staff-1', name: 'Ann', role: 'clerk' }] } },
    'integration-token': { name: 'Till', stores: store },
    'sales-days': { store, days: '30' },
    'users-add': { email: 'cli@chain.example', password, name: 'Cli', role: 'viewer', locale: 'en' },
    'set-region': { store, region: 'North' },
    'calendar-add': { country: 'BG', date: '2026-12-24', kind: 'day_off', note: 'Christmas Eve' },
    'calendar-remove': { country: 'BG', date: '2026-12-24' },
    'calendar-list': { country: 'BG' },
    'law-list': { country: 'UA' },
    'law-set-date': { country: 'UA', version: 'ua-3153-ix', from: '2027-01-01' },
  }).map(([command, body]): Request => ({ route: 'POST /admin/:command', who: 'cli', params: { command }, body })),
];

/** Read no input, and would sign the test's administrator out. */
const notSent: Route[] = ['DELETE /api/session', 'DELETE /api/sessions'];

/** Percent-encoded as UTF-8; half a character as the three bytes a careless client sends for it (WTF-8). */
const percentEncoded = (s: string) => [...s].map((c) => {
  const u = c.charCodeAt(0);
  if (c.length === 2 || u < 0xd800 || u > 0xdfff) return encodeURIComponent(c);
  return [0xe0 | (u >> 12), 0x80 | ((u >> 6) & 63), 0x80 | (u & 63)].map((b) => `%${b.toString(16)}`).join('');
}).join('');

/** The key paths of every string in `value`. */
const stringPaths = (value: unknown, path: string[] = []): string[][] =>
  typeof value === 'string' ? [path] : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k])) : [];

const withText = (value: unknown, [key, ...rest]: string[], text: string): unknown => {
  if (key === undefined) return text;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string, unknown>;
  copy[key] = withText(copy[key], rest, text);
  return copy;
};

type Variant = { where: string; text: string; params: Record<string, string>; query: Record<string, string>; body: unknown };
/** `req` with one of its texts replaced by each hostile string in turn (a route that reads none gets a stray query parameter). */
function variants(req: Request): Variant[] {
  const base = { params: req.params ?? {}, query: req.query ?? {}, body: req.body };
  const places = [
    ...stringPaths(base.params).map((p) => ['params', ...p]),
    ...stringPaths(base.query).map((p) => ['query', ...p]),
    ...stringPaths(base.body).map((p) => ['body', ...p]),
  ];
  if (!places.length) places.push(['query', 'q']);
  return places.flatMap(([part, ...path]) => hostile.map((text) => ({
    ...base, where: `${part}.${path.join('.')}`, text, [part!]: withText(base[part as keyof typeof base], path, text) as never,
  })));
}

let app: FastifyInstance;
const ho = headOfficeAppForFile();
const webRoot = webAppStandIn();
let address = 0;

async function send(req: Request, v: Omit<Variant, 'where' | 'text'>) {
  const [method, route] = req.route.split(' ') as [Method, string];
  const path = route.replace(/:(\w+)|\*/g, (name, param?: string) => percentEncoded(v.params[param ?? name] ?? ''));
  const query = Object.entries(v.query).map(([k, x]) => `${k}=${percentEncoded(x)}`).join('&');
  const headers = { user: ctx.userHeaders, desk: bearer(ctx.deskToken), integration: bearer(ctx.erpToken), cli: { 'x-admin-token': adminToken }, anyone: { origin: ctx.userHeaders.origin } }[req.who];
  // A sign-in address of its own per request: the lockout must not answer for PostgreSQL.
  const remoteAddress = req.who === 'cli' ? '127.0.0.1' : `10.77.${++address >> 8}.${address & 255}`;
  return app.inject({ method, url: query ? `${path}?${query}` : path, headers, remoteAddress, ...(v.body === undefined ? {} : { payload: v.body as object }) });
}

beforeAll(async () => {
  app = await buildServer({ db: ho.db, adminToken, webRoot, rateLimit: { max: 100_000, timeWindow: 60_000 }, enrollRateLimit: { max: 100_000, timeWindow: 60_000 } });
  const admin = await signedIn(app, ho.db, 'administrator');
  ctx.userHeaders = admin.headers;
  ctx.email = admin.user.email;
  ctx.otherUser = String((await addUser(ho.db, 'viewer')).id);
  const created = await app.inject({ method: 'POST', url: '/api/stores', headers: admin.headers, payload: { code: store, name: 'First', country: 'BG', region: 'North' } });
  expect(created.statusCode, created.body).toBe(201);
  ctx.deskToken = (await enrolledDevice(app, ho.db, store, 'A')).token;
  ctx.erpToken = ((await runAdminCommand(ho.db, 'integration-token', { name: 'ERP', stores: store })) as { token: string }).token;
});
afterAll(() => app.close());

describe('hostile text in any request', () => {
  test('the table below holds every route head office serves', async () => {
    const served = app.printRoutes({ commonPrefix: false }).split('\n').reduce<{ stack: string[]; routes: string[] }>(({ stack, routes }, line) => {
      const m = /^([│ ]*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?$/.exec(line);
      if (!m) return { stack, routes };
      const depth = m[1]!.length / 4;
      // The tree leaves out the slash before a wildcard (`/:screen/*` is `:screen` then `*`).
      const path = [...stack.slice(0, depth), m[2]!].join('').replace(/([^/])\*$/, '$1/*');
      const methods = (m[3] ?? '').split(', ').filter((x) => x && x !== 'HEAD');
      return { stack: [...stack.slice(0, depth), m[2]!], routes: [...routes, ...methods.map((x) => `${x} ${path}`)] };
    }, { stack: [], routes: [] }).routes.filter((r) => !/ \/(assets\/|index\.html)/.test(r));
    expect(new Set(served)).toEqual(new Set([...requests().map((r) => r.route), ...notSent]));
  });

  // Named before the store, desk and users exist; each test reads its request once they do.
  test.each(requests().map((r, i) => [`${r.route}${r.params?.command ? ` ${r.params.command}` : ''}`, i] as const))('%s: refused with a 4xx that says why, or answered', async (_, i) => {
    const req = requests()[i]!;
    const base = await send(req, { params: req.params ?? {}, query: req.query ?? {}, body: req.body });
    expect(base.statusCode, `the valid request itself: ${base.body.slice(0, 300)}`).toBeLessThan(500);
    const failures: string[] = [];
    for (const v of variants(req)) {
      const res = await send(req, v);
      const refusal = res.statusCode >= 400 ? (res.json() as Partial<Record<'error' | 'message', unknown>>) : null;
      if (res.statusCode < 500 && (!refusal || (typeof refusal.error === 'string' && typeof refusal.message === 'string'))) continue;
      failures.push(`${v.where} = ${JSON.stringify(v.text.slice(0, 12))}${v.text.length > 12 ? '…' : ''}: ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
  });
});
