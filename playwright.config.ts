import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { e2ePassword, e2eUsers, headOfficePort } from './test/e2e/headoffice-users.js';

// Every run starts from a desk that has never been set up. Workers load this file again and
// inherit the environment, so the folder is made once per run.
const dataDir = (process.env.DESK_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'desk-e2e-')));
const port = 5170;
const headOfficeDataDir = (process.env.HEADOFFICE_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'headoffice-e2e-')));

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
  webServer: [
    {
      command: 'npm run browser',
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { DESK_DATA_DIR: dataDir, DESK_PORT: String(port) },
    },
    {
      // Head office (test/e2e/headoffice.spec.ts): its web app built afresh, a new PGlite folder,
      // the first administrator made by the command line (password on stdin), then seeded and served.
      command: `npm run build:headoffice-web && printf '%s\\n' '${e2ePassword}' | npx tsx headoffice/src/cli.ts users add --email ${e2eUsers.administrator} --role administrator --name Admin --locale uk`
        + ` && npx tsx test/e2e/headoffice-seed.ts && npx tsx headoffice/src/cli.ts serve --port ${headOfficePort}`,
      url: `http://127.0.0.1:${headOfficePort}/v1/health`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: { HEADOFFICE_DATA_DIR: headOfficeDataDir },
    },
  ],
});
