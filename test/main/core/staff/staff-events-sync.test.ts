import { describe, expect, test } from 'vitest';
import { ok } from '../../../helpers/desk.js';
import { enrolledDesk, headOfficeForFile } from '../../../helpers/sync-desk.js';

const files = headOfficeForFile();

describe('staff and store-detail changes reach head office', () => {
  test('each change is stored there as it was recorded (and no PIN goes with it); the desk waits for nothing', async () => {
    const a = files.keep(await enrolledDesk(files.ho, { storeCode: 'BRN01', deskCode: 'A' }));
    const karel = ok(await a.client.addStaff({ name: 'Karel', role: 'clerk', pin: '4321' }));
    ok(await a.client.setStaffActive({ staffId: karel.id, active: false }));
    ok(await a.client.saveStoreDetails({ details: { storeName: 'Obchod Brno', address: 'Náměstí Svobody 1, Brno', companyId: '12345678', phone: '+420 500 600 700', country: 'CZ', language: 'en', currency: 'CZK' } }));
    ok(await a.client.syncNow({}));
    expect(ok(await a.client.syncStatus({}))).toMatchObject({ waiting: 0, rejected: [] });
    const held = await files.ho.db.query<{ type: string; case_id: string; payload: unknown }>(
      "SELECT type, case_id::text AS case_id, payload FROM events WHERE store_code = 'BRN01' ORDER BY seq",
    );
    expect(held.map((e) => e.type)).toEqual(['staff.changed', 'staff.changed', 'store.details_changed']);
    expect(held[1]).toMatchObject({ case_id: karel.id, payload: { change: 'deactivated', before: { active: true }, after: { name: 'Karel', active: false } } });
    expect(held[2]!.payload).toMatchObject({ before: { storeName: 'Obchod Praha' }, after: { storeName: 'Obchod Brno', phone: '+420 500 600 700' } });
    expect(JSON.stringify(held)).not.toContain('"4321"'); // quoted: a random id may hold the digits
    // No case came of them at head office.
    const [cases] = await files.ho.db.query<{ n: number }>("SELECT count(*)::int AS n FROM cases WHERE store_code = 'BRN01'");
    expect(cases!.n).toBe(0);
  });
});
