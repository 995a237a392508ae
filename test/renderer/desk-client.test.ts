import { describe, expect, it } from 'vitest';
import { httpDesk } from '../../renderer/desk-client.js';
import { apiMethods } from '../../shared/api/index.js';

describe('httpDesk: the API over HTTP for the browser preview', () => {
  it('posts the input as JSON to api/<method> with the page token and returns the Result as is', async () => {
    const calls: Array<{ url: string; headers: Record<string, string>; body: string }> = [];
    const desk = httpDesk({
      token: 'tok123', failure: (d) => `failed: ${d}`,
      fetch: async (url, init) => {
        calls.push({ url, headers: init.headers, body: init.body });
        return { json: async () => ({ ok: false, error: { code: 'wrong_pin', message: 'Неправильний PIN.' } }) };
      },
    });
    expect(Object.keys(desk).sort()).toEqual([...apiMethods].sort());
    const res = await desk.signIn({ pin: '1234' });
    expect(res).toEqual({ ok: false, error: { code: 'wrong_pin', message: 'Неправильний PIN.' } });
    expect(calls).toEqual([{ url: '/api/signIn', headers: { 'content-type': 'application/json', 'x-desk-token': 'tok123' }, body: '{"pin":"1234"}' }]);
  });

  it('turns an unreachable host or a garbled answer into an internal error value, never a throw', async () => {
    const down = httpDesk({ token: 't', failure: (d) => `no answer (${d})`, fetch: async () => { throw new TypeError('Failed to fetch'); } });
    expect(await down.getSession({})).toEqual({ ok: false, error: { code: 'internal', message: 'no answer (Failed to fetch)' } });
    const garbled = httpDesk({ token: 't', failure: (d) => `no answer (${d})`, fetch: async () => ({ json: async () => 'hello' }) });
    expect(await garbled.getSession({})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
