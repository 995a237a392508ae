// Electron main process: app lifecycle and the window. All logic lives in main/core (plain Node).
import { app, BrowserWindow, dialog, ipcMain, Menu, net, safeStorage, session } from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import { openDesk } from './core/open-desk.js';
import { createDispatch } from './core/handlers/dispatch.js';
import type { SettingsStore } from './core/settings/settings-store.js';
import type { SecretBox } from './core/sync/secret-box.js';
import { bindApi } from './ipc.js';
import { appOrigin, registerAppScheme, serveRenderer } from './app-protocol.js';
import { customerPageUrl, openCustomerWindow } from './customer-window.js';
import { customerScreenMethods } from '../shared/api/customer.js';

app.enableSandbox();
registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();

const isAppUrl = (url: string) => url.startsWith(`${appOrigin}/`);
const isCustomerPage = (url: string) => url === customerPageUrl;
/** The counter's page may call every method; the customer's page only its own (it faces the customer). */
const mayCall = (url: string, method: string) => isAppUrl(url) && (!isCustomerPage(url) || (customerScreenMethods as readonly string[]).includes(method));

function lockDown() {
  // Electron security checklist: deny every permission, no navigation, no new windows, no webviews.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // The app has no external links: nothing the page names is ever opened, in the app or outside it.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/**
 * The head-office token is kept encrypted by the OS keychain (DPAPI, Keychain, libsecret, KWallet).
 * Linux with no keyring offers only Electron's fixed-key 'basic_text', or no encryption at all
 * (encryptString throws): then the token is kept as it is, marked so, and Settings says so.
 */
const keptAsIs = 'plain:';
const keychain: SecretBox = {
  get protectedByOs() {
    return safeStorage.isEncryptionAvailable() && !(process.platform === 'linux' && ['basic_text', 'unknown'].includes(safeStorage.getSelectedStorageBackend()));
  },
  encrypt: (plain) => (safeStorage.isEncryptionAvailable() ? safeStorage.encryptString(plain).toString('base64') : `${keptAsIs}${plain}`),
  decrypt: (stored) => (stored.startsWith(keptAsIs) ? stored.slice(keptAsIs.length) : safeStorage.decryptString(Buffer.from(stored, 'base64'))),
};

/** `title`: the app's name in the desk's language, until the page sets its own (document.title, same words). */
function createWindow(title: string) {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title,
    show: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${appOrigin}/index.html`);
  return win;
}

void app.whenReady().then(() => {
  lockDown();
  serveRenderer(join(__dirname, '..', 'renderer'));
  const settings = new Store({ name: 'settings' }) as unknown as SettingsStore;
  let services: ReturnType<typeof openDesk>;
  try {
    // Chromium's network stack trusts the OS certificate store (a company CA installed in Windows or
    // macOS); Node's fetch knows only its own bundled roots.
    services = openDesk({ dataDir: join(app.getPath('userData'), 'desk'), settings, sync: { secrets: keychain, fetch: (url, init) => net.fetch(url, init) } });
  } catch (e) {
    // E.g. data from a newer version after a downgrade: say so plainly instead of crashing.
    dialog.showErrorBox('Service Desk', e instanceof Error ? e.message : String(e));
    app.quit();
    return;
  }
  bindApi(ipcMain, createDispatch(services), (frame, method) => !!frame && mayCall(frame.url, method));
  Menu.setApplicationMenu(null);
  const counter = createWindow(services.desk.t().t('ui:app.title'));
  const customer = openCustomerWindow(services.desk.t().t('customer:screenTitle'));
  // The customer's window lives as long as the counter's: closing the counter quits the app.
  counter.on('closed', () => {
    if (!customer.isDestroyed()) customer.close();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => services.close());
});
