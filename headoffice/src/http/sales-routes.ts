import type { FastifyInstance, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { receiptLookupQuerySchema, salesPullQuerySchema } from '../../../shared/sales/sale.js';
import { withoutUnstorableChars } from '../../../shared/domain/events.js';
import type { Database } from '../db/database.js';
import { HeadOfficeError } from '../store/errors.js';
import { integrationByToken, type Integration } from '../store/integration.js';
import { ingestSales } from '../sales/ingest-sales.js';
import { lookupReceipt, pullSales } from '../sales/desk-sales.js';
import { ingestCatalogue, pullCatalogue } from '../sales/catalogue.js';
import { cataloguePullQuerySchema, maxCataloguePull } from '../../../shared/sales/catalogue.js';
import { catalogueCounted, recordedImport, salesCounted } from '../reference-admin/import-runs.js';

const bearerToken = (req: FastifyRequest) => /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(req.headers.authorization ?? '')?.[1];

/**
 * Sales and the catalogue in from the till or ERP (integration token), and out to the desks of their store (device
 * token, `deviceOnly` from server.ts). As for devices, the token is checked before the body is read.
 */
export function registerSalesRoutes(app: FastifyInstance, db: Database, deviceOnly: RouteShorthandOptions) {
  const integrations = new WeakMap<FastifyRequest, Integration>();
  const integrationOnly: RouteShorthandOptions = {
    onRequest: async (req) => {
      const token = bearerToken(req);
      const integration = token ? await integrationByToken(db, token) : null;
      if (integration) integrations.set(req, integration);
    },
    preParsing: async (req) => {
      if (!integrations.has(req)) throw new HeadOfficeError(401, 'unauthorized', 'An integration token is required (Authorization: Bearer <token> from `npm run headoffice -- integration-token`).');
    },
  };
  const integrationOf = (req: FastifyRequest) => integrations.get(req)!;

  // Each batch is a run of the import history (reference-admin/import-runs.ts).
  app.post('/v1/sales', integrationOnly, async (req) =>
    recordedImport(db, { kind: 'sales', source: 'api', tokenName: integrationOf(req).name }, salesCounted, () => ingestSales(db, integrationOf(req), req.body)));
  app.post('/v1/catalogue', integrationOnly, async (req) =>
    recordedImport(db, { kind: 'catalogue', source: 'api', tokenName: integrationOf(req).name }, catalogueCounted, () => ingestCatalogue(db, integrationOf(req), req.body)));

  app.get('/v1/sales', deviceOnly, async (req) => {
    const query = salesPullQuerySchema.safeParse(req.query);
    if (!query.success) throw new HeadOfficeError(400, 'malformed', 'Query: after (cursor digits), limit (1-500).');
    return pullSales(db, req.device!, query.data);
  });

  app.get('/v1/catalogue', deviceOnly, async (req) => {
    const query = cataloguePullQuerySchema.safeParse(req.query);
    if (!query.success) throw new HeadOfficeError(400, 'malformed', `Query: after (cursor digits), limit (1-${maxCataloguePull}).`);
    return pullCatalogue(db, req.device!, query.data);
  });

  app.get('/v1/sales/lookup', deviceOnly, async (req) => {
    const query = receiptLookupQuerySchema.safeParse(req.query);
    if (!query.success) throw new HeadOfficeError(400, 'malformed', 'Query: receipt (the receipt number or its barcode, 1-128 characters).');
    return lookupReceipt(db, req.device!, withoutUnstorableChars(query.data.receipt));
  });
}
