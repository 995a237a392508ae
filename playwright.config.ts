import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every run starts from a desk that has never been set up. Workers load this file again and
// inherit the environment, so the folder is made once per run.
const dataDir = (process.env.DESK_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'desk-e2e-')));
const port = 5170;

export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    locale: 'uk-UA',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'npm run browser',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { DESK_DATA_DIR: dataDir, DESK_PORT: String(port) },
  },
});
