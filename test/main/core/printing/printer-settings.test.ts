import { afterEach, expect, it } from 'vitest';
import { MANAGER_PIN, ok, readyDesk } from '../../../helpers/desk.js';
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

it('accepts only real printer devices, named in their canonical form', async () => {
  const d = await readyDesk();
  cleanup.push(d.remove);
  const save = (iface: string) => d.client.savePrinterSettings({ settings: { ...defaultPrinterSettings, interface: iface } });
  const accepted: Record<string, string> = {
    '/dev/usb/lp0': '/dev/usb/lp0', '/dev//usb/./lp1': '/dev/usb/lp1', '/dev/lp2': '/dev/lp2', '/dev/ttyUSB0': '/dev/ttyUSB0',
    '/dev/ttyACM1': '/dev/ttyACM1', '/dev/ttyS3': '/dev/ttyS3', COM3: '\\\\.\\COM3', com12: '\\\\.\\COM12', '\\\\.\\COM4': '\\\\.\\COM4', LPT1: '\\\\.\\LPT1',
  };
  for (const [typed, stored] of Object.entries(accepted)) expect(ok(await save(typed)).interface).toBe(stored);
  const refused = [
    '/dev/../home/clerk/.bashrc', '/dev/usb/../../etc/profile', '/dev/lp0/../../root/.profile', '/dev/null', '/dev/sda', '/tmp/lp0',
    'C:\\Users\\clerk\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\run.bat', 'D:\\lp0', '\\\\.\\PhysicalDrive0',
    '\\\\server\\share\\x', 'COM0', 'LPT0', 'CON', '',
  ];
  for (const typed of refused) expect(await save(typed), typed).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: ['settings.interface'] } });
});

it('a clerk may test the saved printer but not change it or test another one', async () => {
  const d = await readyDesk();
  cleanup.push(d.remove);
  ok(await d.client.addStaff({ name: 'Petr', role: 'clerk', pin: '4321' }));
  ok(await d.client.signOut({}));
  ok(await d.client.signIn({ pin: '4321' }));
  const elsewhere = { ...defaultPrinterSettings, interface: '/dev/usb/lp0' };
  expect(await d.client.savePrinterSettings({ settings: elsewhere })).toMatchObject({ ok: false, error: { code: 'manager_required', message: 'A manager must approve this: changing the printer.' } });
  expect(await d.client.testPrint({ settings: elsewhere })).toMatchObject({ ok: false, error: { code: 'manager_required' } });
  expect(ok(await d.client.testPrint({}))).toMatchObject({ printed: false });
  expect(ok(await d.client.getPrinterSettings({})).interface).toBe('none');
  ok(await d.client.signOut({}));
  ok(await d.client.signIn({ pin: MANAGER_PIN }));
  expect(ok(await d.client.savePrinterSettings({ settings: elsewhere })).interface).toBe('/dev/usb/lp0');
});
