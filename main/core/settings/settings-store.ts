import Conf from 'conf';

/** The part of electron-store (and conf, which it extends) the core uses: Electron passes its store, Node its own. */
export type SettingsStore = { get(key: string): unknown; set(key: string, value: unknown): void };

/** Settings outside Electron (browser preview, tests): a settings.json in the data folder. */
export const nodeSettings = (dir: string): SettingsStore =>
  new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'service-desk', projectSuffix: '' }) as unknown as SettingsStore;
