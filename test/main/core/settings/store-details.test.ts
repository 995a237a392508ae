import { afterEach, describe, expect, it } from 'vitest';
import { MANAGER_PIN, ok, readyDesk, tempDesk } from '../../../helpers/desk.js';
import { signInClerk } from '../../../helpers/cases.js';
import type { DeskEvent } from '../../../../shared/domain/events.js';
import type { StoreDetails } from '../../../../shared/api/staff.js';
import { BLACK, jpegImage, pngImage, WHITE } from '../../../helpers/logo-images.js';

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

describe('the receipt logo', () => {
  const png = pngImage(40, 20, (x) => (x < 20 ? BLACK : WHITE));
  const jpeg = jpegImage(40, 20, (x) => (x < 20 ? BLACK : WHITE));
  const refusal = { ok: false, error: { code: 'logo_invalid', message: 'The logo must be a PNG or JPEG image of at most 256 KB and 2048 pixels a side, and readable (not damaged).' } };

  it('a PNG or JPEG is kept (by its bytes, not its name), shown as a data URL and recorded by its hash; null removes it', async () => {
    const d = keep(await readyDesk());
    expect(ok(await d.client.getStoreLogo({}))).toBeNull();
    const saved = ok(await d.client.saveStoreLogo({ base64: png.toString('base64') }))!;
    expect(saved).toMatchObject({ mime: 'image/png', dataUrl: `data:image/png;base64,${png.toString('base64')}` });
    expect(ok(await d.client.getSession({})).setup?.logoSha256).toBe(saved.sha256);
    expect(ok(await d.client.saveStoreLogo({ base64: jpeg.toString('base64') }))).toMatchObject({ mime: 'image/jpeg' });
    expect(ok(await d.client.saveStoreLogo({ base64: null }))).toBeNull();
    const changes = detailEvents(d.desk.log.all()).map((e) => e.type === 'store.details_changed' && [e.payload.before.logoSha256 !== undefined, e.payload.after.logoSha256 !== undefined]);
    expect(changes).toEqual([[false, true], [true, true], [true, false]]);
    expect(JSON.stringify([...d.desk.log.all()])).not.toContain(png.toString('base64').slice(0, 20));
  });

  it('anything else, more than 256 KB, a damaged image or one over 2048 pixels a side is refused and the logo stays', async () => {
    const d = keep(await readyDesk());
    ok(await d.client.saveStoreLogo({ base64: png.toString('base64') }));
    for (const bytes of [Buffer.from('<svg onload="alert(1)"/>'), Buffer.from('GIF89a....'), Buffer.concat([png, Buffer.alloc(256 * 1024)])]) {
      const r = await d.client.saveStoreLogo({ base64: bytes.toString('base64') });
      expect(r).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(logo_invalid|invalid_input)$/) } });
    }
    expect(await d.client.saveStoreLogo({ base64: Buffer.from('<svg/>').toString('base64') })).toMatchObject(refusal);
    // The right first bytes with nothing readable after them, a PNG cut short, a JPEG with its middle spoilt.
    const damaged = [Buffer.concat([png.subarray(0, 8), Buffer.alloc(100, 7)]), png.subarray(0, png.length - 30), Buffer.concat([jpeg.subarray(0, 4), Buffer.alloc(200, 3)])];
    const huge = [pngImage(2049, 2, () => WHITE), jpegImage(8, 2049, () => WHITE)];
    for (const bytes of [...damaged, ...huge]) expect(await d.client.saveStoreLogo({ base64: bytes.toString('base64') })).toMatchObject(refusal);
    expect(ok(await d.client.getStoreLogo({}))).toMatchObject({ mime: 'image/png', dataUrl: `data:image/png;base64,${png.toString('base64')}` });
    expect(detailEvents(d.desk.log.all())).toHaveLength(1);
  });
});
