import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Module from 'node:module';
import { bundledMain } from '../helpers/bundled-main.js';
import { until } from '../helpers/until.js';
import { apiMethods, ipcChannel } from '../../shared/api/index.js';
import { setupFor } from '../helpers/desk.js';

// Two PCs: one screen only, and one with a second display turned to the customer.
const single = bundledMain();
const dual = bundledMain();
dual.fake.rec.displays.push({ id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } });
beforeAll(async () => {
  await single.start();
  await dual.start();
  await until(() => single.fake.rec.windows.length === 2 && dual.fake.rec.windows.length === 2);
}, 90_000);
afterAll(() => {
  single.stop();
  dual.stop();
});

const customerWindow = (m: typeof single) => m.fake.rec.windows.find((w) => w.url === 'app://desk/customer/index.html')!;
const counterFrame = { senderFrame: { url: 'app://desk/index.html' } };
const customerFrame = { senderFrame: { url: 'app://desk/customer/index.html' } };

describe("the customer's window (Electron)", () => {
  test('follows the security checklist, with its own narrow preload', () => {
    const win = customerWindow(single);
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/customer-preload\.cjs$/);
    // It never navigates, not even to the counter's page.
    let prevented = 0;
    win.window!.contentsEvents.get('will-navigate')!({ preventDefault: () => prevented++ }, 'app://desk/index.html');
    expect(prevented).toBe(1);
  });

  test("closes with the counter's window (the app then quits)", () => {
    const counter = dual.fake.rec.windows.find((w) => w.url === 'app://desk/index.html')!;
    expect(customerWindow(dual).window!.closed).toBe(false);
    counter.window!.events.get('closed')!();
    expect(customerWindow(dual).window!.closed).toBe(true);
  });

  test('full screen on the second display when there is one, otherwise a window of its own', () => {
    expect(customerWindow(dual).options).toMatchObject({ x: 1366, y: 0, width: 1920, height: 1080, fullscreen: true });
    expect(customerWindow(single).options).not.toHaveProperty('fullscreen');
    expect(customerWindow(single).options).toMatchObject({ width: 900, height: 700 });
  });

  test('its preload exposes the two customer-screen methods and nothing else', async () => {
    const { fake, dir } = single;
    const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const original = loader._load;
    loader._load = (request, ...rest) => (request === 'electron' ? fake.electron : original(request, ...rest));
    try {
      createRequire(import.meta.url)(join(process.cwd(), dir, 'main', 'customer-preload.cjs'));
    } finally {
      loader._load = original;
    }
    const exposed = fake.rec.exposed.get('customerScreen') as Record<string, (input: unknown) => Promise<unknown>>;
    expect([...fake.rec.exposed.keys()]).toEqual(['customerScreen']);
    expect(Object.keys(exposed).sort()).toEqual(['answerCustomerPrompt', 'customerScreen']);
    await exposed.customerScreen!({});
    expect(fake.rec.invoked).toEqual([ipcChannel('customerScreen')]);
  });

  test("over IPC its page reaches only the customer screen's methods; the counter's page reaches all", async () => {
    const { ipc } = single.fake.rec;
    expect(await ipc.get(ipcChannel('completeSetup'))!(counterFrame, { setup: setupFor(), manager: { name: 'Jana', pin: '999999' } })).toMatchObject({ ok: true });
    expect(await ipc.get(ipcChannel('customerScreen'))!(customerFrame, {})).toMatchObject({ ok: true, value: { storeName: 'Obchod Praha', prompt: null } });
    const refused = apiMethods.filter((m) => m !== 'customerScreen' && m !== 'answerCustomerPrompt');
    for (const method of refused) {
      expect(await ipc.get(ipcChannel(method))!(customerFrame, {})).toMatchObject({ ok: false, error: { message: 'untrusted sender' } });
    }
    expect(await ipc.get(ipcChannel('listCases'))!(counterFrame, { limit: 10 })).toMatchObject({ ok: true });
  });
});
