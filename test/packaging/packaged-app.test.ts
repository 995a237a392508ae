import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { extractAll, listPackage } from '@electron/asar';
import { createRequire } from 'node:module';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

// The same steps as `npm run dist` (so dist/ is rebuilt), but only the unpacked Linux app, over a
// stand-in Electron: no Electron binary can be downloaded here, and packing needs only the folder's
// layout and the fuse wire. About 25 s on two cores.
const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'desk-packaging-'));
const appDir = join(work, 'release', 'linux-unpacked');
const resources = join(appDir, 'resources');

/**
 * What electron-builder needs of an unpacked Electron for Linux: the `electron` executable (renamed to
 * the app's name) holding the fuse wire @electron/fuses looks for: the sentinel, the wire's version
 * and length, then one ASCII '0'/'1' per fuse. These are Electron's defaults, plus a ninth fuse
 * (WasmTrapHandlers in recent Electrons) that @electron/fuses 1.8 does not know and must leave alone.
 */
function standInElectron(dir: string) {
  mkdirSync(dir);
  const wire = '101100011';
  const binary = join(dir, 'electron');
  writeFileSync(binary, Buffer.concat([Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, wire.length]), Buffer.from(wire)]));
  chmodSync(binary, 0o755);
}

/** `libsql`, `@libsql/linux-x64-gnu`, or `a > b` for a copy nested in a's own node_modules. */
function packagesIn(paths: string[]) {
  const packageDir = /^node_modules\/(?:@[^/]+\/)?[^/]+(?:\/node_modules\/(?:@[^/]+\/)?[^/]+)*$/;
  return [...new Set(paths
    .map((p) => p.replaceAll('\\', '/').replace(/^\//, ''))
    .filter((p) => p.endsWith('/package.json'))
    .map((p) => p.slice(0, -'/package.json'.length))
    .filter((dir) => packageDir.test(dir))
    .map((dir) => dir.slice('node_modules/'.length).replaceAll('/node_modules/', ' > ')))].sort();
}

// The package holds the binaries npm installed for the machine it is built on.
describe.runIf(process.platform === 'linux' && process.arch === 'x64')('the packaged app', () => {
  beforeAll(async () => {
    standInElectron(join(work, 'electron'));
    await run('npm', ['run', 'build']);
    await run('npx', [
      'electron-builder', '--dir', '--linux', '--x64', '--config', 'electron-builder.yml',
      `-c.electronDist=${join(work, 'electron')}`, `-c.directories.output=${join(work, 'release')}`,
    ]);
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test("ships only the main process's runtime packages (libsql and its glibc binary for this platform, csv-stringify, the register's font): no head-office or renderer packages", () => {
    const inAsar = listPackage(join(resources, 'app.asar'), { isPack: false });
    const unpacked = readdirSync(join(resources, 'app.asar.unpacked'), { recursive: true, encoding: 'utf8' });
    expect(packagesIn([...inAsar, ...unpacked])).toEqual(['@libsql/linux-x64-gnu', '@neon-rs/load', 'csv-stringify', 'dejavu-fonts-ttf', 'detect-libc', 'libsql']);
    // Was 48 MB with 142 packages. Now 12.4 MB: the main bundle is 7.9 MB (pdfkit's brotli 1.4 MB,
    // date-holidays with moment-timezone and astronomia 1.9 MB, zod, the printer driver, iconv-lite,
    // fontkit), its source map 12.6 MB is left out, the renderer takes 1.1 MB, the register's font 0.74 MB.
    expect(statSync(join(resources, 'app.asar')).size).toBeLessThan(14 * 1024 * 1024);
  });

  test("ships the register PDF's font where the bundled main process resolves it, and none of DejaVu's other faces", () => {
    const asar = join(resources, 'app.asar');
    const fonts = listPackage(asar, { isPack: false }).map((p) => p.replaceAll('\\', '/')).filter((p) => p.includes('/dejavu-fonts-ttf/'));
    expect(fonts.filter((p) => p.endsWith('.ttf'))).toEqual(['/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf']);
    expect(fonts).toContain('/node_modules/dejavu-fonts-ttf/LICENSE');
    expect(fonts.filter((p) => p.endsWith('.txt') || p.includes('/fontconfig/'))).toEqual([]);
    // Resolved from the bundle's own place in the archive, as register-font.ts does at run time.
    const extracted = join(work, 'extracted');
    extractAll(asar, extracted);
    const font = createRequire(join(extracted, 'dist/main/index.cjs')).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
    expect(readFileSync(font).subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
  });

  test('Electron fuses: no Node mode, NODE_OPTIONS or inspector; app only from a verified asar; no extra file: rights', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'service-desk'));
    // The wire's fuses are its numeric keys (next to its version), each an ASCII '0' or '1'.
    const fuses = Object.fromEntries(Object.entries(wire).flatMap(([index, state]) =>
      typeof state === 'number' ? [[FuseV1Options[Number(index)] ?? `fuse ${index}`, String.fromCharCode(state)]] : []));
    expect(fuses).toEqual({
      RunAsNode: '0',
      EnableCookieEncryption: '1',
      EnableNodeOptionsEnvironmentVariable: '0',
      EnableNodeCliInspectArguments: '0',
      EnableEmbeddedAsarIntegrityValidation: '1',
      OnlyLoadAppFromAsar: '1',
      LoadBrowserProcessSpecificV8Snapshot: '0',
      GrantFileProtocolExtraPrivileges: '0',
      'fuse 8': '1',
    });
  });
});
