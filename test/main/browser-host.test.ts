import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { startBrowserHost } from '../../main/browser-host.js';
import { setupFor } from '../helpers/desk.js';

let host: Awaited<ReturnType<typeof startBrowserHost>>;
let dir: string;
const port = 5300 + Math.floor(Math.random() * 500);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'host-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<html><head><meta name="desk-token" content=""></head><body>desk</body></html>');
  writeFileSync(join(dir, 'renderer', 'app.js'), 'console.log(1)');
  mkdirSync(join(dir, 'renderer', 'customer'));
  writeFileSync(join(dir, 'renderer', 'customer', 'index.html'), '<html><head><meta name="desk-token" content=""></head><body>customer</body></html>');
  host = await startBrowserHost({ dataDir: join(dir, 'data'), port, rendererDir: join(dir, 'renderer') });
});

afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

const api = (method: string, body: unknown, token: string | null = host.token) =>
  fetch(`${host.url}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { 'x-desk-token': token } : {}) }, body: JSON.stringify(body) });

describe('browser preview host', () => {
  test('serves the page with its token and a strict CSP', async () => {
    const res = await fetch(`${host.url}/`);
    const csp = res.headers.get('content-security-policy');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await res.text()).toContain(`<meta name="desk-token" content="${host.token}">`);
    expect((await fetch(`${host.url}/app.js`)).status).toBe(200);
  });

  test('answers API calls with the real core, and errors as values', async () => {
    const session = await (await api('getSession', {})).json();
    expect(session).toMatchObject({ ok: true, value: { setup: null } });
    const done = await (await api('completeSetup', { setup: setupFor(), manager: { name: 'Jana', pin: '999999' } })).json();
    expect(done).toMatchObject({ ok: true, value: { setup: { storeCode: 'PRG01' }, staff: { name: 'Jana' } } });
    const bad = await (await api('recordReturn', { lines: 'nope' })).json();
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await (await api('noSuchMethod', {})).json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  test('refuses calls without the token or with a wrong one, of any length or alphabet, with 401', async () => {
    for (const token of [null, 'x'.repeat(48), 'x', 'x'.repeat(4096), 'é'.repeat(48), `${host.token.slice(0, -1)}é`, 'ÿ'.repeat(24)]) {
      const res = await api('getSession', {}, token);
      expect(res.status, String(token)).toBe(401);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    }
  });

  test('refuses a request for another host name (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/', headers: { host: `evil.example:${port}` } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });
});

describe("the customer's page (/customer)", () => {
  test('is served with a token of its own, under the same CSP', async () => {
    for (const path of ['/customer', '/customer/', '/customer/index.html']) {
      const res = await fetch(`${host.url}${path}`);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await res.text();
      expect(html).toContain(`<meta name="desk-token" content="${host.customerToken}">`);
      expect(html).not.toContain(host.token);
    }
  });

  test("its token reaches the customer screen's methods and nothing else", async () => {
    const screen = await api('customerScreen', {}, host.customerToken);
    expect(screen.status).toBe(200);
    expect(await screen.json()).toMatchObject({ ok: true, value: { prompt: null } });
    expect(await (await api('answerCustomerPrompt', { promptId: 'a'.repeat(32), solved: 'yes', score: 5 }, host.customerToken)).json())
      .toMatchObject({ ok: false, error: { code: 'feedback_prompt_gone' } });
    for (const method of ['getSession', 'listCases', 'askCustomer', 'findCustomerData', 'signIn']) {
      expect((await api(method, {}, host.customerToken)).status, method).toBe(401);
    }
  });
});
