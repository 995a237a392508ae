import Conf from 'conf';

/** The part of electron-store (and conf, which it extends) the core uses: Electron passes its store, Node its own. */
export type SettingsStore = { get(key: string): unknown; set(key: string, value: unknown): void };

/** Settings outside Electron (browser preview, tests): a settings.json in the data folder. */
export const nodeSettings = (dir: string): SettingsStore =>
  new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'service-desk', projectSuffix: '' }) as unknown as SettingsStore;

/**
 * electron-store and conf read and parse the whole file on every `get` (so that several processes
 * could share it). The desk process is its settings file's only writer, so it keeps what it read or
 * wrote: a command then costs no settings I/O. Values are copied both ways, as the stores do.
 */
export function cachedSettings(store: SettingsStore): SettingsStore {
  const cache = new Map<string, unknown>();
  return {
    get(key) {
      if (!cache.has(key)) cache.set(key, store.get(key));
      return structuredClone(cache.get(key));
    },
    set(key, value) {
      store.set(key, value);
      cache.set(key, structuredClone(value));
    },
  };
}
