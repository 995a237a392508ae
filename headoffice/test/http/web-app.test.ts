import { describe, expect, test } from 'vitest';
import { buildServer } from '../../src/http/server.js';
import { headOfficeAppForFile, webAppStandIn } from '../api.js';

const ho = headOfficeAppForFile();
const webRoot = webAppStandIn();

describe('the web app\'s addresses', () => {
  test('any screen name, with or without a sub-address, answers with the app; the API and odd names stay 404', async () => {
    const app = await buildServer({ db: ho.db, webRoot });
    try {
      for (const url of ['/', '/cases', '/dashboards', '/stores/PRG01', '/dashboards?from=2026-01-01']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(200);
        expect(res.body).toContain('<title>app</title>');
        expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      }
      for (const url of ['/api/no-such-thing', '/v1/nothing', '/assets/missing.js', '/Cases', '/%3Cscript%3E']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(404);
        expect(res.body).not.toContain('<title>app</title>');
      }
    } finally {
      await app.close();
    }
  });
});
