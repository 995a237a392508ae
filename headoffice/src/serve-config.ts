import { readFileSync } from 'node:fs';

/** How `npm run headoffice` serves: address, TLS, the proxy in front of it. */
export type ServeConfig = {
  host: string;
  port: number;
  tls?: { cert: Buffer; key: Buffer };
  trustProxy?: string[];
};

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^(::ffff:)?127\./.test(host);

/**
 * Reads the environment (and --host/--port). Refuses, before anything starts, a setup that would
 * send device tokens, passwords or session cookies in clear over a network: another address than
 * loopback needs TLS here or a TLS proxy in front (HEADOFFICE_TRUST_PROXY). Who may see what is
 * then up to each user's sign-in (head-office users, no shared password).
 */
export function serveConfig(env: NodeJS.ProcessEnv, args: { host?: string; port?: string } = {}): ServeConfig {
  const host = args.host ?? env.HOST ?? '127.0.0.1';
  const trustProxy = trustedProxies(env.HEADOFFICE_TRUST_PROXY);
  const { HEADOFFICE_TLS_CERT: cert, HEADOFFICE_TLS_KEY: key } = env;
  if (!cert !== !key) throw new Error('HTTPS needs both HEADOFFICE_TLS_CERT and HEADOFFICE_TLS_KEY (paths of PEM files).');
  if (!isLoopback(host) && !cert && !trustProxy) {
    throw new Error(`Head office would listen on ${host} in plain HTTP: device tokens, passwords and session cookies would cross the network in clear. Set HEADOFFICE_TLS_CERT and HEADOFFICE_TLS_KEY, or put a TLS proxy in front and name it in HEADOFFICE_TRUST_PROXY.`);
  }
  return {
    host,
    port: Number(args.port ?? env.PORT ?? 8787),
    tls: cert && key ? { cert: readFileSync(cert), key: readFileSync(key) } : undefined,
    trustProxy,
  };
}

/**
 * `HEADOFFICE_TRUST_PROXY`: the addresses or subnets of the proxies in front ("10.0.0.5, 10.1.0.0/16",
 * or "loopback" for one on this machine); the client address then comes from X-Forwarded-For when
 * the request came through one of them. Trusting every hop, or a hop count (which Fastify no longer
 * honours), is not offered: a client could then claim any address, loopback included.
 */
function trustedProxies(value: string | undefined): string[] | undefined {
  const proxies = (value ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  return proxies.length ? proxies : undefined;
}
