import { describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { get as httpsGet } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selfSignedCertificate } from '../../test/helpers/headoffice.js';

const cli = new URL('../src/cli.ts', import.meta.url).pathname;
const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;

/** `npm run headoffice` with this environment, on embedded PGlite in a temp dir (never DATABASE_URL's database). */
function startCli(env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'headoffice-cli-'));
  const { DATABASE_URL: _, ...inherited } = process.env;
  const childEnv = { ...inherited, HEADOFFICE_DATA_DIR: dataDir, ...env };
  const child = spawn(tsx, [cli], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, env: childEnv, dataDir, exited, output: () => output };
}

describe('npm run headoffice', () => {
  test('refuses to start on an address other machines reach without a cases-page password', async () => {
    // A documentation address (TEST-NET-1): were the refusal missing, listening on it would fail, never serve.
    const run = startCli({ HOST: '192.0.2.10', PORT: '0', HEADOFFICE_CLERK_PASSWORD: '' });
    try {
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain('set HEADOFFICE_CLERK_PASSWORD');
      expect(readdirSync(run.dataDir)).toEqual([]);
    } finally {
      rmSync(run.dataDir, { recursive: true });
    }
  });

  test('serves HTTPS with HEADOFFICE_TLS_CERT and HEADOFFICE_TLS_KEY', async () => {
    const tls = selfSignedCertificate();
    const run = startCli({ HOST: '127.0.0.1', PORT: '0', HEADOFFICE_TLS_CERT: tls.certFile, HEADOFFICE_TLS_KEY: tls.keyFile });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        run.child.stdout.on('data', () => {
          const url = /Server listening at (\S+?:\d+)/.exec(run.output())?.[1];
          if (url) resolve(url);
        });
        void run.exited.then(() => reject(new Error(`head office stopped: ${run.output()}`)));
        setTimeout(() => reject(new Error(`head office did not start in time: ${run.output()}`)), 45_000).unref();
      });
      expect(address).toMatch(/^https:\/\/127\.0\.0\.1:/);
      const status = await new Promise<number>((resolve, reject) => {
        httpsGet(`${address}/v1/health`, { ca: tls.cert }, (res) => resolve(res.statusCode!)).on('error', reject);
      });
      expect(status).toBe(200);

      // Admin commands reach it over HTTPS too (not the embedded database it holds).
      const enroll = spawn(tsx, [cli, 'enroll', '--store', 'PRG01', '--desk', 'A', '--port', new URL(address).port], { env: run.env, stdio: ['ignore', 'pipe', 'inherit'] });
      let printed = '';
      enroll.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
      expect(await new Promise((resolve) => enroll.on('exit', resolve))).toBe(0);
      expect(printed).toContain('Enrollment code for PRG01 desk A');
      expect(run.output()).toContain('/admin/enroll');
    } finally {
      run.child.kill('SIGTERM');
      await run.exited;
      rmSync(run.dataDir, { recursive: true });
      rmSync(tls.dir, { recursive: true });
    }
  }, 60_000); // opening a PGlite database on disk takes a while on a busy machine
});
