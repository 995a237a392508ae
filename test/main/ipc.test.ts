import { describe, expect, test } from 'vitest';
import type { IpcMain, WebFrameMain } from 'electron';
import { bindApi } from '../../main/ipc.js';
import { apiMethods, ipcChannel } from '../../shared/api/index.js';

type Handler = (event: { senderFrame: WebFrameMain | null }, input: unknown) => unknown;

function fakeIpc() {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, h: Handler) => handlers.set(channel, h) } as unknown as IpcMain;
  return { ipcMain, handlers };
}

const frame = (url: string) => ({ url }) as WebFrameMain;

describe('IPC binding', () => {
  test('binds one channel per method of the contract, no more', () => {
    const { ipcMain, handlers } = fakeIpc();
    bindApi(ipcMain, async () => ({ ok: true, value: null }), () => true);
    expect([...handlers.keys()].sort()).toEqual(apiMethods.map(ipcChannel).sort());
  });

  test('a frame that is not the app page reaches nothing', async () => {
    const { ipcMain, handlers } = fakeIpc();
    const calls: string[] = [];
    bindApi(ipcMain, async (m) => (calls.push(m), { ok: true, value: 'secret' }), (f) => !!f && f.url.startsWith('app://desk/'));
    const h = handlers.get(ipcChannel('listCases'))!;
    expect(await h({ senderFrame: frame('https://evil.example/') }, {})).toMatchObject({ ok: false });
    expect(await h({ senderFrame: null }, {})).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
    expect(await h({ senderFrame: frame('app://desk/index.html') }, {})).toEqual({ ok: true, value: 'secret' });
    expect(calls).toEqual(['listCases']);
  });
});
