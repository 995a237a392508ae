import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledMain } from '../helpers/bundled-main.js';
import { ipcChannel, type ApiMethod } from '../../shared/api/index.js';
import { setupFor } from '../helpers/desk.js';
import { startHeadOffice, type TestHeadOffice } from '../helpers/headoffice.js';
import { issueEnrollmentCode } from '../../headoffice/src/store/enrollment.js';

const main = bundledMain();
const { safeStorage } = main.fake.electron;
let ho: TestHeadOffice;
beforeAll(async () => {
  await main.start();
  ho = await startHeadOffice();
}, 60_000);
afterAll(async () => {
  await ho.close();
  main.stop();
});

const appFrame = { senderFrame: { url: 'app://desk/index.html' } };
const call = (method: ApiMethod, input: unknown = {}) => main.fake.rec.ipc.get(ipcChannel(method))!(appFrame, input) as Promise<{ ok: boolean; value?: { tokenProtectedByOs?: boolean } }>;
const storedToken = () => JSON.parse(readFileSync(join(process.cwd(), main.dir, 'userData', 'settings.json'), 'utf8')).headOffice.token as string;
const enroll = async () => {
  const code = await issueEnrollmentCode(ho.db, { storeCode: 'PRG01', deskCode: 'A', replace: true });
  return call('enroll', { url: ho.url, code });
};

describe("the head-office token in the OS keychain (Electron's safeStorage)", () => {
  test('is protected by the OS where it has a keyring, and not where Electron falls back to basic_text or knows no backend', async () => {
    expect(await call('completeSetup', { setup: setupFor(), manager: { name: 'Jana', pin: '246810' } })).toMatchObject({ ok: true });
    expect(await enroll()).toMatchObject({ ok: true, value: { tokenProtectedByOs: true } });
    expect(Buffer.from(storedToken(), 'base64').toString()).toMatch(/^enc:/);
    for (const backend of ['basic_text', 'unknown']) {
      safeStorage.getSelectedStorageBackend = () => backend;
      expect(await call('syncStatus')).toMatchObject({ ok: true, value: { tokenProtectedByOs: false } });
    }
    safeStorage.getSelectedStorageBackend = () => 'kwallet6';
    expect(await call('syncStatus')).toMatchObject({ ok: true, value: { tokenProtectedByOs: true } });
  });

  test('is kept as it is, and said to be unprotected, where the OS cannot encrypt at all', async () => {
    safeStorage.isEncryptionAvailable = () => false;
    safeStorage.encryptString = () => { throw new Error('Encryption is not available.'); };
    expect(await enroll()).toMatchObject({ ok: true, value: { tokenProtectedByOs: false } });
    expect(storedToken()).toMatch(/^plain:.{32,}$/);
    expect(await call('syncNow')).toMatchObject({ ok: true });
  });
});
