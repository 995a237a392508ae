import { describe, expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { request } from 'node:http';
import { get as httpsGet } from 'node:https';
import { buildServer } from '../../src/http/server.js';
import { selfSignedCertificate } from '../../../test/helpers/headoffice.js';
import { bearer, enrolledDevice, headOfficeAppForFile } from '../api.js';

const ho = headOfficeAppForFile();

describe('rate limits', () => {
  test('a made-up Authorization header gets no allowance of its own: until a token is valid, requests count per address', async () => {
    const limited = await buildServer({ db: ho.db, rateLimit: { max: 2, timeWindow: 60_000 }, enrollRateLimit: { max: 1, timeWindow: 60_000 } });
    try {
      const desk = await enrolledDevice(ho.app, ho.db, 'LIM01', 'A');
      const pull = (headers: Record<string, string>, remoteAddress = '10.0.0.7') => limited.inject({ method: 'GET', url: '/v1/events', headers, remoteAddress });
      const madeUp = (n: number) => bearer(`made-up-token-number-${n}`.padEnd(43, 'x'));
      expect((await pull(madeUp(1))).statusCode).toBe(401);
      expect((await pull(madeUp(2))).statusCode).toBe(401);
      expect((await pull(madeUp(3))).statusCode).toBe(429);
      expect((await pull({ authorization: 'Basic Zm9vOmJhcg==' })).statusCode).toBe(429);
      // A verified token has its own allowance, whichever address it comes from.
      expect((await pull(bearer(desk.token))).statusCode).toBe(200);
      expect((await pull(madeUp(4), '10.0.0.8')).statusCode).toBe(401);

      const guess = (authorization: string) => limited.inject({
        method: 'POST', url: '/v1/enroll', remoteAddress: '10.0.0.9', headers: { authorization },
        payload: { code: 'GUESS-GUESS-1', deviceId: crypto.randomUUID(), storeCode: 'LIM01', deskCode: 'B' },
      });
      expect((await guess('Bearer a')).statusCode).toBe(401);
      expect((await guess('Bearer b')).statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('a device route', () => {
  test('refuses a bad token before reading the body: the answer comes while the body is still being sent', async () => {
    const server = await buildServer({ db: ho.db });
    await server.listen({ host: '127.0.0.1', port: 0 });
    const { port } = server.server.address() as { port: number };
    try {
      const declared = 1024 * 1024;
      const answer = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
        let sent = 0;
        const req = request(`http://127.0.0.1:${port}/v1/events`, {
          method: 'POST',
          headers: { ...bearer('x'.repeat(43)), 'content-type': 'application/json', 'content-length': declared },
        }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode!, body, sent });
          });
        });
        req.on('error', reject);
        // A first slice only; the rest never comes unless the server waits for it.
        const first = `{"events":[${' '.repeat(64 * 1024)}`;
        req.write(first, () => (sent += first.length));
        setTimeout(() => {
          req.destroy();
          reject(new Error('no answer while the body was incomplete'));
        }, 5000).unref();
      });
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body)).toMatchObject({ error: 'unauthorized' });
      expect(answer.sent).toBeLessThan(declared);
    } finally {
      await server.close();
    }
  });
});

describe('transport', () => {
  test('serves HTTPS with the certificate it is given', async () => {
    const { cert, key, dir } = selfSignedCertificate();
    const server = await buildServer({ db: ho.db, tls: { cert, key } });
    try {
      await server.listen({ host: '127.0.0.1', port: 0 });
      const { port } = server.server.address() as { port: number };
      const get = (path: string) => new Promise<{ status: number; body: string; hsts?: string }>((resolve, reject) => {
        httpsGet(`https://127.0.0.1:${port}${path}`, { ca: cert }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, body, hsts: res.headers['strict-transport-security'] }));
        }).on('error', reject);
      });
      expect(await get('/v1/health')).toMatchObject({ status: 200, body: JSON.stringify({ ok: true, version: 'v1' }) });
      // What browsers get tells them to keep to HTTPS from then on.
      expect(await get('/api/session')).toMatchObject({ status: 401, hsts: 'max-age=31536000' });
    } finally {
      await server.close();
      rmSync(dir, { recursive: true });
    }
  });

  test('behind a trusted proxy, rate limits count each client, not the proxy', async () => {
    const proxied = await buildServer({ db: ho.db, trustProxy: ['127.0.0.1'], rateLimit: { max: 1, timeWindow: 60_000 } });
    const via = (client: string, remoteAddress = '127.0.0.1') =>
      proxied.inject({ method: 'GET', url: '/v1/health', remoteAddress, headers: { 'x-forwarded-for': client } });
    try {
      expect((await via('203.0.113.1')).statusCode).toBe(200);
      expect((await via('203.0.113.1')).statusCode).toBe(429);
      expect((await via('203.0.113.2')).statusCode).toBe(200);
      // Not through the proxy: the header is not believed.
      expect((await via('203.0.113.3', '198.51.100.9')).statusCode).toBe(200);
      expect((await via('203.0.113.4', '198.51.100.9')).statusCode).toBe(429);
    } finally {
      await proxied.close();
    }
  });
});
