import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedSettings, nodeSettings, type SettingsStore } from '../../../../main/core/settings/settings-store.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function counted(store: SettingsStore) {
  const reads: string[] = [];
  return { reads, store: { get: (k: string) => (reads.push(k), store.get(k)), set: (k: string, v: unknown) => store.set(k, v) } };
}

describe('the desk settings cache', () => {
  it('reads the file once per key, writes through, and survives a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'settings-'));
    dirs.push(dir);
    const { reads, store } = counted(nodeSettings(dir));
    const settings = cachedSettings(store);
    settings.set('printer', { width: 42 });
    for (let i = 0; i < 5; i++) expect(settings.get('printer')).toEqual({ width: 42 });
    expect(settings.get('setup')).toBeUndefined();
    expect(settings.get('setup')).toBeUndefined();
    expect(reads).toEqual(['setup']);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ printer: { width: 42 } });
    expect(cachedSettings(nodeSettings(dir)).get('printer')).toEqual({ width: 42 });
  });

  it('hands out copies, so a caller changing what it got changes nothing stored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'settings-'));
    dirs.push(dir);
    const settings = cachedSettings(nodeSettings(dir));
    const value = { copies: 1 };
    settings.set('printer', value);
    value.copies = 9;
    (settings.get('printer') as { copies: number }).copies = 7;
    expect(settings.get('printer')).toEqual({ copies: 1 });
  });
});
