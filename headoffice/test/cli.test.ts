import { describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { get as httpsGet, request as httpsRequest } from 'node:https';
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
  test('refuses to start in plain HTTP on an address other machines reach', async () => {
    // A documentation address (TEST-NET-1): were the refusal missing, listening on it would fail, never serve.
    const run = startCli({ HOST: '192.0.2.10', PORT: '0' });
    try {
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain('in plain HTTP');
      expect(readdirSync(run.dataDir)).toEqual([]);
    } finally {
      rmSync(run.dataDir, { recursive: true });
    }
  });

  test('serves HTTPS with HEADOFFICE_TLS_CERT and HEADOFFICE_TLS_KEY; the first administrator is made from the command line, the password on stdin', async () => {
    const tls = selfSignedCertificate();
    const run = startCli({ HOST: '127.0.0.1', PORT: '0', HEADOFFICE_TLS_CERT: tls.certFile, HEADOFFICE_TLS_KEY: tls.keyFile });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        run.child.stdout.on('data', () => {
          const url = /Server listening at (\S+?:\d+)/.exec(run.output())?.[1];
          if (url) resolve(url);
        });
        void run.exited.then(() => reject(new Error(`head office stopped: ${run.output()}`)));
        setTimeout(() => reject(new Error(`head office did not start in time: ${run.output()}`)), 100_000).unref();
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

      expect(run.output()).toContain('No head-office administrator yet');
      const add = spawn(tsx, [cli, 'users', 'add', '--email', 'Boss@Chain.example', '--role', 'administrator', '--port', new URL(address).port], { env: run.env, stdio: ['pipe', 'pipe', 'inherit'] });
      add.stdin.end('correct horse battery\n');
      let added = '';
      add.stdout.on('data', (chunk: Buffer) => (added += chunk.toString()));
      expect(await new Promise((resolve) => add.on('exit', resolve))).toBe(0);
      expect(added).toContain('User boss@chain.example (administrator) created');
      const signIn = await new Promise<{ status: number; cookie: string }>((resolve, reject) => {
        const req = httpsRequest(`${address}/api/session`, { method: 'POST', ca: tls.cert, headers: { 'content-type': 'application/json', origin: address } }, (res) => {
          res.resume();
          resolve({ status: res.statusCode!, cookie: String(res.headers['set-cookie']) });
        });
        req.on('error', reject);
        req.end(JSON.stringify({ email: 'boss@chain.example', password: 'correct horse battery' }));
      });
      expect(signIn.status).toBe(200);
      for (const flag of ['ho_session=', '; HttpOnly', '; Secure', '; SameSite=Strict']) expect(signIn.cookie).toContain(flag);
    } finally {
      run.child.kill('SIGTERM');
      await run.exited;
      rmSync(run.dataDir, { recursive: true });
      rmSync(tls.dir, { recursive: true });
    }
  }, 200_000); // opening a PGlite database on disk, and three tsx processes, take a while on a busy machine
});
