import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { caseNoSchema } from '../../../shared/domain/case-number.js';
import { serviceStepSchema } from '../../../shared/headoffice/service.js';
import type { Database } from '../db/database.js';
import { actorOf, requireUser, scopeParam } from '../auth/guard.js';
import { parseBody } from '../http/parse-body.js';
import { recordServiceStep, serviceQueue } from './service-queue.js';

/** The service centre's queue and its steps on a claim (the service centre and administrators). */
export function registerServiceRoutes(app: FastifyInstance, db: Database) {
  const preHandler = requireUser(db, { roles: ['service_centre', 'administrator'] });
  app.get('/api/service/queue', { preHandler }, async (req) => {
    const today = new Date().toISOString().slice(0, 10);
    return { claims: await serviceQueue(db, scopeParam(req.scope), today), today };
  });
  app.post('/api/service/claims/:caseNo', { preHandler }, async (req) => {
    const { caseNo } = parseBody(z.object({ caseNo: caseNoSchema }), req.params);
    const event = await recordServiceStep(db, actorOf(req), scopeParam(req.scope), caseNo, parseBody(serviceStepSchema, req.body), req.session!.user.name);
    return { event: event.id };
  });
}
