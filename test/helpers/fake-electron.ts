/**
 * A recording stand-in for the 'electron' module, so the real bundled main process can be loaded
 * under plain Node (Electron's binary cannot be downloaded on the build machines).
 */
export function fakeElectron(userData: string) {
  const rec = {
    windows: [] as { options: Record<string, unknown>; url?: string }[],
    ipc: new Map<string, (event: unknown, input: unknown) => unknown>(),
    appEvents: new Map<string, (...args: unknown[]) => void>(),
    permissionRequest: undefined as undefined | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
    permissionCheck: undefined as undefined | (() => boolean),
    protocols: new Map<string, (req: Request) => Promise<Response>>(),
    sandboxEnabled: false,
    privilegedSchemes: [] as unknown[],
    errorBoxes: [] as string[],
    openedExternally: [] as string[],
    netFetched: [] as string[],
  };
  let ready!: () => void;
  const whenReady = new Promise<void>((r) => (ready = r));
  class BrowserWindow {
    webContents = {};
    constructor(options: Record<string, unknown>) {
      rec.windows.push({ options });
    }
    once() {}
    async loadURL(url: string) {
      rec.windows.at(-1)!.url = url;
    }
  }
  const electron = {
    app: {
      enableSandbox: () => (rec.sandboxEnabled = true),
      requestSingleInstanceLock: () => true,
      quit: () => {},
      whenReady: () => whenReady,
      on: (event: string, cb: (...args: unknown[]) => void) => rec.appEvents.set(event, cb),
      getPath: () => userData,
      getVersion: () => '0.0.0-test',
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => rec.privilegedSchemes.push(...s),
      handle: (scheme: string, fn: (req: Request) => Promise<Response>) => rec.protocols.set(scheme, fn),
    },
    net: { fetch: (url: string, init?: RequestInit) => (rec.netFetched.push(url), fetch(url, init)) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof rec.permissionRequest) => (rec.permissionRequest = fn),
        setPermissionCheckHandler: (fn: typeof rec.permissionCheck) => (rec.permissionCheck = fn),
      },
    },
    ipcMain: { handle: (channel: string, fn: (event: unknown, input: unknown) => unknown) => rec.ipc.set(channel, fn), on: () => {} },
    BrowserWindow,
    Menu: { setApplicationMenu: () => {} },
    dialog: { showErrorBox: (_title: string, message: string) => rec.errorBoxes.push(message) },
    shell: { openExternal: async (url: string) => void rec.openedExternally.push(url) },
    // A test makes it a Linux PC without a keyring by replacing these.
    safeStorage: {
      isEncryptionAvailable: (): boolean => true,
      getSelectedStorageBackend: (): string => 'gnome_libsecret',
      encryptString: (s: string) => Buffer.from(`enc:${s}`),
      decryptString: (b: Buffer) => b.toString().replace(/^enc:/, ''),
    },
  };
  return { electron, rec, ready: () => ready() };
}
