import { afterEach, expect, it } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { defaultPrinterSettings } from '../../../../shared/printing/printer-settings.js';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((c) => c()));

it('stores the printer settings and refuses bad ones field by field, keeping the saved ones', async () => {
  const d = await readyDesk({ language: 'cs' });
  cleanup.push(d.remove);
  expect(ok(await d.client.getPrinterSettings({}))).toEqual(defaultPrinterSettings);

  const clone = { ...defaultPrinterSettings, interface: 'tcp://192.168.1.50:9100', width: 32 as const, codePages: { win1251: 23, win1250: 18, ascii: 0 }, copies: 2, cashDrawer: true };
  ok(await d.client.savePrinterSettings({ settings: clone }));
  ok(await d.client.savePrinterSettings({ settings: { ...clone, interface: '/dev/usb/lp0' } }));
  ok(await d.client.savePrinterSettings({ settings: { ...clone, interface: 'none' } }));
  ok(await d.client.savePrinterSettings({ settings: clone }));

  const bad = await d.client.savePrinterSettings({ settings: { ...clone, interface: 'http://printer', width: 40 as 42, codePages: { ...clone.codePages, win1251: 300 } } });
  expect(bad.ok).toBe(false);
  if (bad.ok) return;
  expect(bad.error.code).toBe('invalid_input');
  expect(bad.error.fields).toEqual(expect.arrayContaining(['settings.interface', 'settings.width', 'settings.codePages.win1251']));
  expect(bad.error.message).toMatch(/^Zkontrolujte prosím/);
  expect(ok(await d.client.getPrinterSettings({}))).toEqual(clone);

  ok(await d.client.signOut({}));
  const signedOut = await d.client.getPrinterSettings({});
  expect(signedOut.ok || signedOut.error.code).toBe('not_signed_in');
});
