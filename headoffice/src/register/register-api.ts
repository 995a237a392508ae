import type { FastifyInstance } from 'fastify';
import { registerQuerySchema, registerRoles, type RegisterListView, type RegisterStore } from '../../../shared/headoffice/registers.js';
import type { Database } from '../db/database.js';
import { requireUser } from '../auth/guard.js';
import { parseBody } from '../http/parse-body.js';
import { registerStores, storeRegisterEntries } from './register-pages.js';

/** This year as Sofia counts it: the register's dates are Sofia's calendar days. */
const sofiaYear = () => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia', year: 'numeric' }).format(new Date()));

/**
 * The web app's Registers screen: `GET /api/registers` (the BG stores in the user's scope) and
 * `GET /api/registers/:store?year=` (that store's register in filing order). Its PDF and CSV are the
 * pages' `/register.pdf` and `/register.csv`.
 */
export function registerRegisterApi(app: FastifyInstance, db: Database) {
  app.get('/api/registers', { preHandler: requireUser(db, { roles: registerRoles }) }, async (req): Promise<{ stores: RegisterStore[] }> =>
    ({ stores: await registerStores(db, req.scope) }));

  const storeOf = (params: unknown) => parseBody(registerQuerySchema.pick({ store: true }), params).store;
  app.get('/api/registers/:store', { preHandler: requireUser(db, { roles: registerRoles, stores: (req) => [storeOf(req.params)] }) }, async (req): Promise<RegisterListView> => {
    const { store, year } = parseBody(registerQuerySchema, { ...(req.query as object), ...(req.params as object) });
    return storeRegisterEntries(db, store, year ?? sofiaYear());
  });
}
