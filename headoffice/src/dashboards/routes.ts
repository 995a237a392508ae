import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { storeCodeSchema } from '../../../shared/domain/case-number.js';
import { isoDateSchema } from '../../../shared/domain/jurisdiction.js';
import { storableText } from '../../../shared/domain/events.js';
import type { Database } from '../db/database.js';
import { requireUser } from '../auth/guard.js';
import { parseBody } from '../http/parse-body.js';
import { HeadOfficeError } from '../store/errors.js';
import { allFigures } from './facts.js';
import { caseHistory, figureCases, figureTotals, figureTrend, openComplaintCases, openComplaints } from './queries.js';
import type { Scope } from './scope.js';
import { registerDashboardTableRoutes } from './table-routes.js';

const where = { region: z.string().trim().min(1).max(64).refine(...storableText).optional(), store: storeCodeSchema.optional() };
/** At most ten years at once: a range is read as at most a few hundred stored periods. */
const range = z.object({ from: isoDateSchema, to: isoDateSchema }).refine((r) => r.from <= r.to && Date.parse(r.to) - Date.parse(r.from) <= 3660 * 86_400_000, {
  message: 'from must not be after to, and the range at most ten years', path: ['to'],
});
const figure = z.enum(allFigures as [string, ...string[]]) as z.ZodType<(typeof allFigures)[number]>;
const by = z.enum(['key', 'category', 'store', 'region', 'chain']).default('key');
const page = { limit: z.coerce.number().int().min(1).max(200).default(50) };

const figureQuery = range.and(z.object({ ...where, figure, by }));
const trendQuery = figureQuery.and(z.object({ every: z.enum(['day', 'week', 'month']).default('day') }));
const complaintsQuery = z.object({ ...where, by: z.enum(['store', 'region', 'chain']).default('store') });
const drillQuery = range.and(z.object({ ...where, ...page, figure, key: z.string().max(200), after: z.string().regex(/^\d{4}-\d{2}-\d{2}\/[0-9a-f-]{36}\/[A-Z]{0,3}$/).optional() }));
const openQuery = z.object({ ...where, ...page, overdue: z.enum(['0', '1']).default('0'), after: z.string().regex(/^\d{4}-\d{2}-\d{2}\/[0-9a-f-]{36}$/).optional() });

/** Open complaints are overdue by head office's date (UTC): a store's local date is at most hours apart. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * `GET /api/dashboards/*`: the dashboards' figures, trends, open complaints, the cases behind a
 * figure and a case's history, for any signed-in user, within the stores they may see (a store
 * outside them asked for by name is refused).
 */
export function registerDashboardRoutes(app: FastifyInstance, db: Database) {
  const preHandler = requireUser(db, { stores: (req) => {
    const store = (req.query as { store?: unknown }).store;
    return typeof store === 'string' ? [store.trim().toUpperCase()] : [];
  } });
  const scopeOf = (req: { scope: Scope['stores'] | null }): Scope => ({ stores: req.scope ?? [] });

  app.get('/api/dashboards/figures', { preHandler }, async (req) => ({ rows: await figureTotals(db, scopeOf(req), parseBody(figureQuery, req.query)) }));
  app.get('/api/dashboards/trend', { preHandler }, async (req) => ({ rows: await figureTrend(db, scopeOf(req), parseBody(trendQuery, req.query)) }));
  app.get('/api/dashboards/complaints', { preHandler }, async (req) => ({ today: today(), rows: await openComplaints(db, scopeOf(req), { ...parseBody(complaintsQuery, req.query), today: today() }) }));
  app.get('/api/dashboards/cases', { preHandler }, async (req) => figureCases(db, scopeOf(req), parseBody(drillQuery, req.query)));
  app.get('/api/dashboards/open-complaints', { preHandler }, async (req) => {
    const q = parseBody(openQuery, req.query);
    return openComplaintCases(db, scopeOf(req), { ...q, overdue: q.overdue === '1', today: today() });
  });
  app.get<{ Params: { id: string } }>('/api/dashboards/cases/:id', { preHandler }, async (req) => {
    const { id } = parseBody(z.object({ id: z.uuid() }), req.params);
    const history = await caseHistory(db, scopeOf(req), id);
    if (!history) throw new HeadOfficeError(404, 'case_not_found', 'No such case among the stores you may see.');
    return history;
  });
  registerDashboardTableRoutes(app, db, { preHandler, scopeOf, today, range, where, page });
}
