import { afterEach, describe, expect, it } from 'vitest';
import { MANAGER_PIN, ok, readyDesk, tempDesk } from '../../../helpers/desk.js';
import { signInClerk } from '../../../helpers/cases.js';
import type { DeskEvent } from '../../../../shared/domain/events.js';
import type { StoreDetails } from '../../../../shared/api/staff.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));
const keep = <T extends { remove(): void }>(d: T) => (desks.push(d), d);

const czDetails: StoreDetails = {
  storeName: 'Obchod Praha', address: 'Václavské nám. 1, Praha', companyId: '12345678', country: 'CZ', language: 'en', currency: 'CZK',
};
const detailEvents = (events: Iterable<DeskEvent>) => [...events].filter((e) => e.type === 'store.details_changed');

describe('store details after setup', () => {
  it('a manager changes name, address, VAT id and phone: saved, on the session, and recorded as one event with before and after', async () => {
    const d = keep(await readyDesk());
    const s = ok(await d.client.saveStoreDetails({ details: { ...czDetails, storeName: 'Obchod Praha 2', vatId: 'CZ12345678', phone: '+420 222 333 444' } }));
    expect(s.setup).toMatchObject({ storeName: 'Obchod Praha 2', vatId: 'CZ12345678', phone: '+420 222 333 444', storeCode: 'PRG01', deskCode: 'A' });
    const [e, ...more] = detailEvents(d.desk.log.all());
    expect(more).toHaveLength(0);
    expect(e!.payload).toMatchObject({ before: { storeName: 'Obchod Praha' }, after: { storeName: 'Obchod Praha 2', vatId: 'CZ12345678' } });
    // Saving the same details again changes nothing and records nothing.
    ok(await d.client.saveStoreDetails({ details: { ...czDetails, storeName: 'Obchod Praha 2', vatId: 'CZ12345678', phone: '+420 222 333 444' } }));
    expect(detailEvents(d.desk.log.all())).toHaveLength(1);
  });

  it('survives a restart (the settings file holds it)', async () => {
    const d = keep(await readyDesk());
    ok(await d.client.saveStoreDetails({ details: { ...czDetails, address: 'Národní 5, Praha' } }));
    d.services.close();
    const again = tempDesk({ dir: d.dir });
    desks.push({ remove: () => again.services.close() });
    expect(ok(await again.client.getSession({})).setup?.address).toBe('Národní 5, Praha');
  });

  it('a new country is refused until confirmed, then brings its currency and law pack; the desk language changes the messages', async () => {
    const d = keep(await readyDesk());
    const bg = { ...czDetails, country: 'BG' as const, currency: 'EUR' as const, language: 'bg' as const };
    expect(await d.client.saveStoreDetails({ details: bg })).toMatchObject({ ok: false, error: { code: 'country_change_unconfirmed', fields: ['country'] } });
    expect(ok(await d.client.getSession({})).setup?.country).toBe('CZ');
    const s = ok(await d.client.saveStoreDetails({ details: bg, confirmCountryChange: true }));
    expect(s.setup).toMatchObject({ country: 'BG', currency: 'EUR', language: 'bg' });
    expect(s.policy?.currency).toBe('EUR');
    expect(await d.client.saveStoreDetails({ details: { ...bg, country: 'UA' } })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/[а-я]/) } });
  });

  it('only a manager changes them', async () => {
    const d = keep(await readyDesk());
    await signInClerk(d.client);
    expect(await d.client.saveStoreDetails({ details: { ...czDetails, storeName: 'X' } })).toMatchObject({ ok: false, error: { code: 'manager_only' } });
    expect(await d.client.saveDeskPreferences({ preferences: { idleLockMinutes: 1, markedCopies: true } })).toMatchObject({ ok: false, error: { code: 'manager_only' } });
    // Everyone reads the idle lock: it runs for whoever is signed in.
    expect(ok(await d.client.getDeskPreferences({}))).toEqual({ idleLockMinutes: 5, markedCopies: false });
    ok(await d.client.signOut({}));
    ok(await d.client.signIn({ pin: MANAGER_PIN }));
    expect(ok(await d.client.saveDeskPreferences({ preferences: { idleLockMinutes: 1, markedCopies: true } }))).toEqual({ idleLockMinutes: 1, markedCopies: true });
    expect(await d.client.saveDeskPreferences({ preferences: { idleLockMinutes: 61, markedCopies: true } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
