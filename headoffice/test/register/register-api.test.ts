import { beforeAll, describe, expect, test } from 'vitest';
import * as mupdf from 'mupdf';
import type { RegisterListView } from '../../../shared/headoffice/registers.js';
import { headOfficeAppForFile } from '../api.js';
import { signedIn } from '../auth/sign-in.js';
import { pushBgClaims, seedRegisterStores } from '../../../test/helpers/bg-claims.js';

const ho = headOfficeAppForFile();
beforeAll(async () => {
  await seedRegisterStores(ho.db);
  await pushBgClaims(ho.db, 'PRG01', 'A', 1, 0);
});

const get = (url: string, headers?: Record<string, string>) => ho.app.inject({ method: 'GET', url, headers });

describe("the web app's complaints registers (GET /api/registers…)", () => {
  test("a store's register: both desks' claims in filing order, with the commission's columns", async () => {
    const { headers } = await signedIn(ho.app, ho.db, 'administrator');
    expect((await get('/api/registers', headers)).json()).toEqual({ stores: [{ code: 'PLO01', name: 'Магазин Пловдив' }, { code: 'SOF01', name: 'Магазин София' }] });
    const res = await get('/api/registers/SOF01?year=2026', headers);
    expect(res.statusCode).toBe(200);
    const view = res.json() as RegisterListView;
    expect(view.store).toEqual({ code: 'SOF01', name: 'Магазин София' });
    expect(view.entries.map((e) => e.no)).toEqual(['SOF01-A-2026-R0001', 'SOF01-B-2026-R0001', 'SOF01-A-2026-R0002', 'SOF01-B-2026-R0002', 'SOF01-A-2026-R0003']);
    expect(view.entries[1]).toMatchObject({ filedOn: '2026-05-28', consumer: 'Клиент B1, +359 888 123 456', goods: 'Чайник B1', defect: 'Kettle 1 does not heat', remedy: 'repair' });
    expect(view.entries[1]!.outcome).toBeUndefined();
    // Another year holds none of them.
    expect(((await get('/api/registers/SOF01?year=2025', headers)).json() as RegisterListView).entries).toEqual([]);
  });

  test("a regional manager sees only their stores' registers; the service centre and a browser without a session none", async () => {
    const manager = await signedIn(ho.app, ho.db, 'regional_manager', ['SOF01', 'PRG01']);
    expect((await get('/api/registers', manager.headers)).json()).toEqual({ stores: [{ code: 'SOF01', name: 'Магазин София' }] });
    expect((await get('/api/registers/SOF01?year=2026', manager.headers)).statusCode).toBe(200);
    expect((await get('/api/registers/PLO01?year=2026', manager.headers)).statusCode).toBe(403);
    const viewer = await signedIn(ho.app, ho.db, 'viewer');
    expect(((await get('/api/registers/PLO01?year=2026', viewer.headers)).json() as RegisterListView).entries).toHaveLength(1);
    const serviceCentre = await signedIn(ho.app, ho.db, 'service_centre');
    for (const url of ['/api/registers', '/api/registers/SOF01']) {
      expect((await get(url, serviceCentre.headers)).statusCode, url).toBe(403);
      expect((await get(url)).statusCode, url).toBe(401);
    }
  });

  test('a store outside BG keeps no register (its list, PDF and CSV are refused); a malformed store or year is a 400', async () => {
    const { headers } = await signedIn(ho.app, ho.db, 'administrator');
    for (const url of ['/api/registers/PRG01?year=2026', '/register.csv?store=PRG01&year=2026', '/register.pdf?store=PRG01&year=2026']) {
      const res = await get(url, headers);
      expect([res.statusCode, res.json().error], url).toEqual([404, 'no_register']);
    }
    expect((await get('/api/registers/SOF01?year=20x6', headers)).json()).toMatchObject({ error: 'malformed', fields: ['year'] });
    expect((await get('/api/registers/SOF%2701', headers)).json()).toMatchObject({ error: 'malformed', fields: ['store'] });
  });

  test("the register's PDF, made in the worker thread, lists the store's entries in filing order", async () => {
    const manager = await signedIn(ho.app, ho.db, 'regional_manager', ['SOF01']);
    const res = await get('/register.pdf?store=SOF01&year=2026&lang=bg', manager.headers);
    expect([res.statusCode, res.headers['content-type']]).toEqual([200, 'application/pdf']);
    const text = mupdf.Document.openDocument(res.rawPayload, 'application/pdf').loadPage(0).toStructuredText('preserve-whitespace').asText().replace(/\s+/g, '');
    const order = ['КлиентA1', 'КлиентB1', 'КлиентA2', 'КлиентB2', 'КлиентA3'].map((name) => text.indexOf(name));
    expect(order.every((at, i) => at > (order[i - 1] ?? 0))).toBe(true);
  }, 30_000);
});
