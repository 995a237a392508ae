import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { overridesSaveSchema, reasonSaveSchema } from '../../../shared/headoffice/reference.js';
import type { Database } from '../db/database.js';
import { actorOf, requireUser } from '../auth/guard.js';
import { parseBody } from '../http/parse-body.js';
import { referenceView, saveOverrides, saveReason } from './reference-store.js';
import { listImportRuns } from './import-runs.js';

const importsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().regex(/^\d{1,18}$/).optional(),
}).strict();

/**
 * Reference data per chain, region and store (reason codes, policy overrides checked against the
 * law) and the history of catalogue and sales imports. Administrators change and see everything;
 * a regional manager reads the chain's and their region's.
 */
export function registerReferenceAdmin(app: FastifyInstance, db: Database) {
  const readers = requireUser(db, { roles: ['administrator', 'regional_manager'] });
  const administrators = requireUser(db, { roles: ['administrator'] });
  app.get('/api/reference', { preHandler: readers }, async (req) =>
    ({ ...(await referenceView(db, req.scope)), canEdit: req.session!.user.role === 'administrator' }));
  app.post('/api/reference/reasons', { preHandler: administrators }, async (req) => {
    const r = parseBody(reasonSaveSchema, req.body);
    return { reason: await saveReason(db, actorOf(req), r) };
  });
  app.post('/api/reference/overrides', { preHandler: administrators }, async (req) => {
    const { scope, overrides } = parseBody(overridesSaveSchema, req.body);
    return { overrides: await saveOverrides(db, actorOf(req), scope, overrides) };
  });
  app.get('/api/reference/imports', { preHandler: administrators }, async (req) => {
    const { limit, before } = parseBody(importsQuerySchema, req.query);
    return { runs: await listImportRuns(db, limit, before ?? null) };
  });
}
