import { describe, expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { serveConfig } from '../src/serve-config.js';
import { selfSignedCertificate } from '../../test/helpers/headoffice.js';

describe('serving config from the environment', () => {
  test('refuses an address other machines reach in plain HTTP; loopback needs nothing', () => {
    for (const host of ['0.0.0.0', '::', '192.0.2.10']) {
      expect(() => serveConfig({ HOST: host }), host).toThrow(/plain HTTP/);
      expect(() => serveConfig({}, { host }), host).toThrow(/plain HTTP/);
      expect(serveConfig({ HOST: host, HEADOFFICE_TRUST_PROXY: '10.0.0.5' })).toMatchObject({ host, tls: undefined, trustProxy: ['10.0.0.5'] });
    }
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1']) expect(serveConfig({ HOST: host }), host).toMatchObject({ host });
    expect(serveConfig({})).toEqual({ host: '127.0.0.1', port: 8787, tls: undefined, trustProxy: undefined });
  });

  test('HTTPS from HEADOFFICE_TLS_CERT and HEADOFFICE_TLS_KEY, both or neither', () => {
    const { certFile, keyFile, cert, key, dir } = selfSignedCertificate();
    try {
      expect(serveConfig({ HEADOFFICE_TLS_CERT: certFile, HEADOFFICE_TLS_KEY: keyFile }).tls).toEqual({ cert, key });
      expect(() => serveConfig({ HEADOFFICE_TLS_CERT: certFile })).toThrow(/both/);
      expect(() => serveConfig({ HEADOFFICE_TLS_KEY: keyFile })).toThrow(/both/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  test('HEADOFFICE_TRUST_PROXY: the addresses of the proxies in front', () => {
    expect(serveConfig({ HEADOFFICE_TRUST_PROXY: ' 10.0.0.5, 10.1.0.0/16 ,' }).trustProxy).toEqual(['10.0.0.5', '10.1.0.0/16']);
    expect(serveConfig({ HEADOFFICE_TRUST_PROXY: '' }).trustProxy).toBeUndefined();
  });
});
