import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import compress from '@fastify/compress';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import cookie from '@fastify/cookie';
import { enrollRequestSchema, maxBodyBytes, protocolVersion, pullQuerySchema } from '../../../shared/sync/protocol.js';
import type { Database } from '../db/database.js';
import { HeadOfficeError } from '../store/errors.js';
import { deviceByToken, enrollDevice, type Device } from '../store/enrollment.js';
import { ingest } from '../store/ingest.js';
import { pullEvents } from '../store/pull.js';
import { registerCasesApi } from './cases-api.js';
import { registerDashboardRoutes } from '../dashboards/routes.js';
import { registerConflictsApi } from './conflicts-api.js';
import { registerAuditRoutes } from '../audit/audit-routes.js';
import { registerServiceRoutes } from '../service/service-routes.js';
import { registerWebApp } from './web-app.js';
import { clerkPages } from './clerk-pages.js';
import { registerAdmin } from './admin-route.js';
import { registerSalesRoutes } from './sales-routes.js';
import { registerComplaintsRegister } from '../register/register-pages.js';
import { registerRegisterApi } from '../register/register-api.js';
import { registerAuthRoutes } from '../auth/routes.js';
import { registerReferenceAdmin } from '../reference-admin/routes.js';
import { registerStoresAdmin } from '../stores-admin/routes.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The device whose token the request carries, once verified; null before or without one. */
    device: Device | null;
  }
}

export type RateLimit = { max: number; timeWindow: number };
export type ServerOptions = {
  db: Database;
  /** Per device once its token is verified, else per address: a made-up token gets no allowance of its own. */
  rateLimit?: RateLimit;
  /** Enrollment is per address and tighter: codes must not be guessable by trying. */
  enrollRateLimit?: RateLimit;
  /** The built web app (headoffice/web); without it `/` says how to build it. */
  webRoot?: string;
  /** Lets the CLI on this machine run admin commands through the server (see admin-commands.ts). */
  adminToken?: string;
  /** Certificate and key (PEM): head office serves HTTPS itself. */
  tls?: { cert: Buffer | string; key: Buffer | string };
  /** The addresses of the proxies in front: rate limits, sign-in lockouts and the audit log then see the real client. */
  trustProxy?: string[];
  logger?: boolean;
};

const openapi = readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8');

/**
 * The head-office API for desks and tills (`/v1`, JSON, gzip both ways), and the web app for
 * head-office users with its API (`/api`, behind user sessions).
 */
export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const { db } = opts;
  // Typed as the plain HTTP instance: nothing here depends on which transport carries it.
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: maxBodyBytes, trustProxy: opts.trustProxy ?? false, https: opts.tls ?? null }) as unknown as FastifyInstance;

  app.setErrorHandler((err: { statusCode?: number; code?: string; message: string }, req, reply) => {
    if (err instanceof HeadOfficeError) return reply.code(err.status).send({ error: err.code, message: err.message, ...('fields' in err ? { fields: err.fields } : {}) });
    const status = err.statusCode ?? 500;
    if (status >= 500) {
      req.log.error(err);
      return reply.code(500).send({ error: 'internal', message: 'Head office could not handle this request; try again later.' });
    }
    const error = status === 413 ? 'payload_too_large' : status === 429 ? 'rate_limited' : status === 415 ? 'unsupported_media_type' : 'malformed';
    return reply.code(status).send({ error, message: err.message });
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ error: 'not_found', message: `No ${req.method} ${req.url.split('?')[0]}.` }));

  await app.register(compress, { threshold: 1024, encodings: ['gzip', 'deflate'] });
  app.decorateRequest('device', null);
  app.decorateRequest('session', null);
  app.decorateRequest('scope', null);
  await app.register(cookie);
  await app.register(rateLimit, {
    ...(opts.rateLimit ?? { max: 600, timeWindow: 60_000 }),
    keyGenerator: (req) => (req.device ? `device:${req.device.id}` : `ip:${normalizeIP(req.ip)}`),
    errorResponseBuilder: (_req, ctx) => ({ statusCode: 429, error: 'rate_limited', message: `Too many requests; retry in ${ctx.after}.` }),
  });

  /**
   * The device routes verify the token from the headers alone, before the body: a bad token never
   * has its 2 MB body read. The rate limit runs after this `onRequest` hook (it appends its own) and
   * so counts per verified device; the refusal waits until `preParsing`, so that a bad token is
   * still counted, against its address.
   */
  const deviceOnly = {
    onRequest: async (req: FastifyRequest) => {
      const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(req.headers.authorization ?? '');
      if (match) req.device = await deviceByToken(db, match[1]!);
    },
    preParsing: async (req: FastifyRequest) => {
      if (req.device) return;
      throw req.headers.authorization
        ? new HeadOfficeError(401, 'unauthorized', 'This device token is not valid; enroll the desk again.')
        : new HeadOfficeError(401, 'unauthorized', 'A device token is required (Authorization: Bearer <token>).');
    },
  };

  app.get('/v1/health', async () => {
    await db.query('SELECT 1');
    return { ok: true, version: protocolVersion };
  });

  // Anyone may call it: an enrollment request is a few hundred bytes, so nobody gets to send 2 MB.
  app.post('/v1/enroll', { bodyLimit: 4096, config: { rateLimit: opts.enrollRateLimit ?? { max: 20, timeWindow: 60_000 } } }, async (req) => {
    const parsed = enrollRequestSchema.safeParse(req.body);
    if (!parsed.success) throw new HeadOfficeError(400, 'malformed', 'Enrollment needs code, deviceId, storeCode and deskCode.');
    return enrollDevice(db, parsed.data);
  });

  app.post('/v1/events', deviceOnly, async (req) => ({ ...(await ingest(db, req.device!, req.body)), serverTime: Date.now() }));

  app.get('/v1/events', deviceOnly, async (req) => {
    const device = req.device!;
    const query = pullQuerySchema.safeParse(req.query);
    if (!query.success) throw new HeadOfficeError(400, 'malformed', 'Query: after (cursor digits), limit (1-1000), refVersion and lawVersion (0-2147483647).');
    return { ...(await pullEvents(db, device, query.data)), serverTime: Date.now() };
  });

  registerSalesRoutes(app, db, deviceOnly);
  registerAuthRoutes(app, db);

  app.get('/v1/openapi.yaml', (_req, reply) => reply.type('application/yaml').send(openapi));
  registerCasesApi(app, db);
  registerDashboardRoutes(app, db);
  registerConflictsApi(app, db);
  registerAuditRoutes(app, db);
  registerServiceRoutes(app, db);
  registerReferenceAdmin(app, db);
  registerStoresAdmin(app, db);
  await registerWebApp(app, opts.webRoot);
  registerComplaintsRegister(clerkPages(app, db), db);
  registerRegisterApi(app, db);
  if (opts.adminToken) registerAdmin(app, db, opts.adminToken);
  return app;
}
