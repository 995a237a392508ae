import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { storeCodeSchema } from '../../../shared/domain/case-number.js';
import { storableText } from '../../../shared/domain/events.js';
import { codeRequestSchema, newStoreSchema, storeChangeSchema } from '../../../shared/headoffice/stores.js';
import { readDeskStatus } from '../../../shared/sync/desk-status.js';
import type { Database } from '../db/database.js';
import { actorOf, requireUser } from '../auth/guard.js';
import { parseBody } from '../http/parse-body.js';
import { recordDeskSync } from './desk-status.js';
import { changeStore, createStore, issueCode, listStores, revokeCode, revokeDevice, storeDetail } from './stores.js';

const storeParam = z.object({ code: storeCodeSchema });
const codeParam = storeParam.extend({ id: z.string().regex(/^\d{1,18}$/) });
const deviceParam = storeParam.extend({ deviceId: z.string().min(1).max(100).refine(...storableText) });
/** The store a request names, as the scope check compares it (a malformed one is refused by its schema after). */
const namedStore = (req: FastifyRequest) => [String((req.params as { code?: unknown }).code ?? '').toUpperCase()];

/**
 * Stores and their desks (`/api/stores`): administrators create and edit stores, issue and revoke
 * enrollment codes and revoke desks; regional managers see their own stores and viewers every
 * store, and change nothing. Also records what each desk reports with its push and pull.
 */
export function registerStoresAdmin(app: FastifyInstance, db: Database) {
  const read = requireUser(db, { roles: ['administrator', 'regional_manager', 'viewer'] });
  const readStore = requireUser(db, { roles: ['administrator', 'regional_manager', 'viewer'], stores: namedStore });
  const admin = requireUser(db, { roles: ['administrator'] });

  app.get('/api/stores', { preHandler: read }, async (req) => ({ stores: await listStores(db, req.scope) }));
  app.post('/api/stores', { preHandler: admin }, async (req, reply) => reply.code(201).send(await createStore(db, actorOf(req), parseBody(newStoreSchema, req.body))));
  app.get('/api/stores/:code', { preHandler: readStore }, async (req) => storeDetail(db, parseBody(storeParam, req.params).code));
  app.patch('/api/stores/:code', { preHandler: admin }, async (req) =>
    changeStore(db, actorOf(req), parseBody(storeParam, req.params).code, parseBody(storeChangeSchema, req.body)));
  app.post('/api/stores/:code/codes', { preHandler: admin }, async (req, reply) =>
    reply.code(201).send(await issueCode(db, actorOf(req), parseBody(storeParam, req.params).code, parseBody(codeRequestSchema, req.body))));
  app.delete('/api/stores/:code/codes/:id', { preHandler: admin }, async (req, reply) => {
    const { code, id } = parseBody(codeParam, req.params);
    await revokeCode(db, actorOf(req), code, id);
    return reply.code(204).send();
  });
  app.delete('/api/stores/:code/devices/:deviceId', { preHandler: admin }, async (req, reply) => {
    const { code, deviceId } = parseBody(deviceParam, req.params);
    await revokeDevice(db, actorOf(req), code, deviceId);
    return reply.code(204).send();
  });

  // After head office has answered a desk's push or pull: what the desk said, and when it synced.
  // A failure here is logged and never reaches the desk.
  app.addHook('onResponse', async (req, reply) => {
    if (!req.device || req.routeOptions.url !== '/v1/events' || reply.statusCode >= 400) return;
    await recordDeskSync(db, req.device.id, readDeskStatus(req.headers), Date.now() - reply.elapsedTime).catch((e: unknown) => req.log.warn(e));
  });
}
