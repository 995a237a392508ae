import { readFileSync } from 'node:fs';

/** How `npm run headoffice` serves: address, TLS, the proxy in front of it, the cases page's password. */
export type ServeConfig = {
  host: string;
  port: number;
  tls?: { cert: Buffer; key: Buffer };
  trustProxy?: string[];
  clerkPassword?: string;
};

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^(::ffff:)?127\./.test(host);

/**
 * Reads the environment (and --host/--port). Refuses, before anything starts, a setup that would
 * show customers' cases to anyone who can reach the server.
 */
export function serveConfig(env: NodeJS.ProcessEnv, args: { host?: string; port?: string } = {}): ServeConfig {
  const host = args.host ?? env.HOST ?? '127.0.0.1';
  const clerkPassword = env.HEADOFFICE_CLERK_PASSWORD || undefined;
  if (!isLoopback(host) && !clerkPassword) {
    throw new Error(`Head office would listen on ${host}, reachable from other machines, with the cases page open to anyone: set HEADOFFICE_CLERK_PASSWORD.`);
  }
  const { HEADOFFICE_TLS_CERT: cert, HEADOFFICE_TLS_KEY: key } = env;
  if (!cert !== !key) throw new Error('HTTPS needs both HEADOFFICE_TLS_CERT and HEADOFFICE_TLS_KEY (paths of PEM files).');
  return {
    host,
    port: Number(args.port ?? env.PORT ?? 8787),
    tls: cert && key ? { cert: readFileSync(cert), key: readFileSync(key) } : undefined,
    trustProxy: trustedProxies(env.HEADOFFICE_TRUST_PROXY),
    clerkPassword,
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
