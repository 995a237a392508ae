import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledMain } from '../helpers/bundled-main.js';
import { ipcChannel } from '../../shared/api/index.js';
import { setupFor } from '../helpers/desk.js';
import { startHeadOffice } from '../helpers/headoffice.js';
import { issueEnrollmentCode } from '../../headoffice/src/store/enrollment.js';

const main = bundledMain();
const { fake, dir } = main;
beforeAll(() => main.start(), 60_000);
afterAll(() => main.stop());

const appFrame = { senderFrame: { url: 'app://desk/index.html' } };

describe('Electron main process (bundled)', () => {
  test('the window follows the security checklist', () => {
    const [win] = fake.rec.windows;
    expect(fake.rec.sandboxEnabled).toBe(true);
    expect(win!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(win!.url).toBe('app://desk/index.html');
    expect(fake.rec.errorBoxes).toEqual([]);
    let granted: boolean | undefined;
    fake.rec.permissionRequest!({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(fake.rec.permissionCheck!()).toBe(false);
  });

  test('navigation away and new windows are refused', () => {
    const handlers = new Map<string, (...a: unknown[]) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = { on: (e: string, fn: (...a: unknown[]) => void) => handlers.set(e, fn), setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn) };
    fake.rec.appEvents.get('web-contents-created')!({}, contents);
    let prevented = 0;
    const event = { preventDefault: () => prevented++ };
    handlers.get('will-navigate')!(event, 'https://evil.example/');
    handlers.get('will-navigate')!(event, 'app://desk/index.html');
    handlers.get('will-attach-webview')!(event);
    expect(prevented).toBe(2);
    for (const url of ['https://evil.example/', 'http://127.0.0.1/', 'file:///etc/passwd', 'mailto:x@example.com']) {
      expect(openHandler!({ url })).toEqual({ action: 'deny' });
    }
    // The app has no external links: a URL from the page never reaches the OS.
    expect(fake.rec.openedExternally).toEqual([]);
  });

  test('IPC reaches the real core and its SQLite store, from the app page only', async () => {
    const setup = fake.rec.ipc.get(ipcChannel('completeSetup'))!;
    const done = await setup(appFrame, { setup: setupFor(), manager: { name: 'Jana', pin: '999999' } });
    expect(done).toMatchObject({ ok: true, value: { setup: { storeCode: 'PRG01' } } });
    const open = fake.rec.ipc.get(ipcChannel('openComplaint'))!;
    const c = await open(appFrame, { kind: 'service', remedy: 'none', description: 'Dlouhé čekání u pokladny' });
    expect(c).toMatchObject({ ok: true, value: { caseNo: expect.stringMatching(/^PRG01-A-\d{4}-00001$/) } });
    expect(await open({ senderFrame: { url: 'https://evil.example/' } }, { kind: 'service', remedy: 'none', description: 'x' })).toMatchObject({ ok: false });
  });

  test('the head-office token is stored only through safeStorage', async () => {
    const ho = await startHeadOffice();
    try {
      const code = await issueEnrollmentCode(ho.db, { storeCode: 'PRG01', deskCode: 'A' });
      const enroll = fake.rec.ipc.get(ipcChannel('enroll'))!;
      expect(await enroll(appFrame, { url: ho.url, code })).toMatchObject({ ok: true });
      const stored = JSON.parse(readFileSync(join(process.cwd(), dir, 'userData', 'settings.json'), 'utf8')).headOffice.token as string;
      // The fake keychain prefixes 'enc:' before base64: the file holds only what safeStorage produced.
      expect(Buffer.from(stored, 'base64').toString()).toMatch(/^enc:.{16,}/);
      // Through Chromium's network stack, which trusts the OS certificate store (a company CA).
      expect(fake.rec.netFetched).toContain(`${ho.url}/v1/enroll`);
    } finally {
      await ho.close();
    }
  });

  test('app:// serves only the renderer folder', async () => {
    const handle = fake.rec.protocols.get('app')!;
    expect((await handle(new Request('app://desk/assets/..%2f..%2f..%2fetc%2fpasswd'))).status).toBe(404);
  });
});
