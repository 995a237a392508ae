import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { localeSchema, type Locale } from '../../../shared/domain/jurisdiction.js';
import { keyLabel, moneyColumns, percentColumns, places, tableIds, type DashboardPlaces, type DashboardReasons, type DashboardTable } from '../../../shared/headoffice/dashboards.js';
import { dashboardStrings } from '../../../shared/i18n/headoffice-dashboards/index.js';
import type { Database } from '../db/database.js';
import { sendCsv } from '../http/csv-download.js';
import { parseBody } from '../http/parse-body.js';
import { reasonNamesSeen } from '../reference-admin/reference-store.js';
import { jsonParam } from '../store/event-store.js';
import { casesBehind } from './drill.js';
import { allFigures } from './facts.js';
import type { Scope } from './scope.js';
import { dashboardTable, dashboardTables } from './tables.js';

/** What routes.ts checks every dashboard query with, handed over so these routes check alike. */
export type DashboardRouteKit = {
  preHandler: preHandlerAsyncHookHandler;
  scopeOf: (req: { scope: Scope['stores'] | null }) => Scope;
  today: () => string;
  range: z.ZodType<{ from: string; to: string }>;
  where: { region: z.ZodOptional<z.ZodString>; store: z.ZodOptional<z.ZodType<string>> };
  page: { limit: z.ZodDefault<z.ZodCoercedNumber<unknown>> };
};

/** The screen lists the largest rows of the product list; its CSV holds them all. */
const shownRows = 20;

/** A CSV cell: money in units and percentages with the locale's decimal mark (what Excel there reads as a number). */
function csvOf(table: DashboardTable, locale: Locale, reasonNames: DashboardReasons['names']) {
  const words = dashboardStrings[locale];
  const decimal = (x: number, digits?: number) => (digits === undefined ? String(x) : x.toFixed(digits)).replace('.', locale === 'en' ? '.' : ',');
  const withMoney = table.columns.some((c) => moneyColumns.includes(c));
  const header = [words.keys[table.keyKind], ...table.columns.map((c) => words.columns[c]), ...(withMoney ? [words.columns.currency] : [])];
  const rows = table.rows.map((r) => [
    keyLabel(locale, table.keyKind, r.key, reasonNames),
    ...r.cells.map((cell, i) => {
      const column = table.columns[i]!;
      if (cell === null) return '';
      if (moneyColumns.includes(column)) return decimal(cell / 100, 2);
      return percentColumns.includes(column) || column === 'average' ? decimal(cell) : cell;
    }),
    ...(withMoney ? [r.currency] : []),
  ]);
  return { header, rows };
}

/**
 * The dashboard screens' own routes beside routes.ts's: the stores and regions a user may pick,
 * head office's names of reason codes, every table of the screen at once, one table as CSV, and the cases behind a cell that has no
 * single key (a store's ratings, a week, a category). Same sign-in and store scope.
 */
export function registerDashboardTableRoutes(app: FastifyInstance, db: Database, kit: DashboardRouteKit) {
  const { preHandler, scopeOf, today, range, where, page } = kit;
  const tablesQuery = range.and(z.object({ ...where, by: z.enum(places).default('store') }));
  const csvQuery = tablesQuery.and(z.object({ table: z.enum(tableIds), locale: localeSchema.catch('en') }));
  const figure = z.enum(allFigures as [string, ...string[]]) as z.ZodType<(typeof allFigures)[number]>;
  const behindQuery = range.and(z.object({
    ...where, ...page, figure, category: z.string().max(200).optional(),
    after: z.string().regex(/^\d{4}-\d{2}-\d{2}\/[0-9a-f-]{36}\/[A-Z]{0,3}$/).optional(),
  }));

  app.get('/api/dashboards/places', { preHandler }, async (req): Promise<DashboardPlaces> => {
    const scope = scopeOf(req);
    const stores = await db.query<{ code: string; region: string }>(
      "SELECT code, coalesce(region, '') AS region FROM stores WHERE $1::jsonb IS NULL OR code IN (SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY code",
      [scope.stores === 'all' ? null : jsonParam(scope.stores)],
    );
    return { stores };
  });

  app.get('/api/dashboards/reasons', { preHandler }, async (req): Promise<DashboardReasons> => ({ names: await reasonNamesSeen(db, scopeOf(req).stores) }));

  app.get('/api/dashboards/tables', { preHandler }, async (req) => ({
    today: today(),
    tables: await dashboardTables(db, scopeOf(req), { ...parseBody(tablesQuery, req.query), today: today() }, shownRows),
  }));

  app.get('/api/dashboards/table.csv', { preHandler }, async (req, reply) => {
    const q = parseBody(csvQuery, req.query);
    const table = await dashboardTable(db, scopeOf(req), { ...q, today: today() }, q.table);
    const { header, rows } = csvOf(table, q.locale, await reasonNamesSeen(db, scopeOf(req).stores));
    return sendCsv(reply, `dashboard-${q.table}-${q.from}-${q.to}.csv`, q.locale, header, rows);
  });

  app.get('/api/dashboards/cases-behind', { preHandler }, async (req) => casesBehind(db, scopeOf(req), parseBody(behindQuery, req.query)));
}
