import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { appOrigin } from './app-protocol.js';

/** The customer's page: the only app page whose frame may call the customer screen's methods, and only those. */
export const customerPageUrl = `${appOrigin}/customer/index.html`;

/**
 * The customer-facing window: full screen on a second display when the PC has one (the screen
 * turned to the customer), otherwise a second window the clerk can move. Same lock-down as the
 * counter's window, with a preload that exposes only the customer screen's methods.
 */
export function openCustomerWindow(title: string): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const other = screen.getAllDisplays().find((d) => d.id !== primary.id);
  const placement = other
    ? { ...other.bounds, fullscreen: true }
    : { width: 900, height: 700, minWidth: 600, minHeight: 480 };
  const win = new BrowserWindow({
    ...placement,
    title,
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: join(__dirname, 'customer-preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  // Not even to another app page: the counter's page in this window would face the customer.
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(customerPageUrl);
  return win;
}
