import { describe, expect, test } from 'vitest';
import { buildServer } from '../../src/http/server.js';
import { clerkPages } from '../../src/http/clerk-pages.js';
import { headOfficeAppForFile } from '../api.js';
import { signedIn } from '../auth/sign-in.js';

const ho = headOfficeAppForFile();

describe('server-rendered pages (clerkPages)', () => {
  test('send a browser without a session to sign in; show a signed-in user the page, uncached and never framed; offer files as downloads', async () => {
    const app = await buildServer({ db: ho.db });
    try {
      const page = clerkPages(app, ho.db);
      page('/test-page', async (req) => `<p>stores: ${JSON.stringify(req.scope)}</p>`);
      page('/test-page.csv', async () => ({ fileName: 'a b.csv', contentType: 'text/csv; charset=utf-8', body: 'x;y' }));

      const anonymous = await app.inject({ method: 'GET', url: '/test-page' });
      expect(anonymous.statusCode).toBe(302);
      expect(anonymous.headers.location).toBe('/');

      const { headers } = await signedIn(app, ho.db, 'regional_manager', ['PRG01']);
      const shown = await app.inject({ method: 'GET', url: '/test-page', headers });
      expect(shown.statusCode).toBe(200);
      expect(shown.body).toBe('<p>stores: ["PRG01"]</p>');
      expect(shown.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(shown.headers['cache-control']).toBe('no-store');

      const file = await app.inject({ method: 'GET', url: '/test-page.csv', headers });
      expect(file.headers['content-disposition']).toBe('attachment; filename="a_b.csv"');
      expect(file.body).toBe('x;y');
    } finally {
      await app.close();
    }
  });
});
