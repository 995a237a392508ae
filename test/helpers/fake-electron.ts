/**
 * A recording stand-in for the 'electron' module, so the real bundled main process can be loaded
 * under plain Node (Electron's binary cannot be downloaded on the build machines).
 */
export function fakeElectron(userData: string) {
  const rec = {
    windows: [] as { options: Record<string, unknown>; url?: string; window?: { contentsEvents: Map<string, (...args: unknown[]) => void>; events: Map<string, () => void>; closed: boolean } }[],
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
    /** The PC's displays as `screen` reports them (the first is the primary); a test adds a second before start. */
    displays: [{ id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } }],
    /** What a preload exposed with contextBridge, by name. */
    exposed: new Map<string, unknown>(),
    invoked: [] as string[],
  };
  let ready!: () => void;
  const whenReady = new Promise<void>((r) => (ready = r));
  class BrowserWindow {
    private readonly record: (typeof rec.windows)[number];
    readonly contentsEvents = new Map<string, (...args: unknown[]) => void>();
    webContents = { on: (event: string, fn: (...args: unknown[]) => void) => this.contentsEvents.set(event, fn) };
    constructor(options: Record<string, unknown>) {
      this.record = { options, window: this };
      rec.windows.push(this.record);
    }
    readonly events = new Map<string, () => void>();
    closed = false;
    once() {}
    on(event: string, fn: () => void) {
      this.events.set(event, fn);
    }
    close() {
      this.closed = true;
    }
    isDestroyed() {
      return this.closed;
    }
    async loadURL(url: string) {
      this.record.url = url;
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
    screen: { getAllDisplays: () => rec.displays, getPrimaryDisplay: () => rec.displays[0]! },
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => rec.exposed.set(name, api) },
    ipcRenderer: { invoke: async (channel: string) => void rec.invoked.push(channel) },
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
