import { builtInReasonCodes, type ReasonCode } from '../../../shared/domain/events.js';
import type { ReasonNames } from '../../../shared/domain/reasons.js';
import type { ReferenceData } from '../../../shared/sync/protocol.js';
import {
  checkScopeOverrides, effectiveReasons, scopesOfStore, storesOfScope,
  type OverrideRow, type ReasonRow, type ReasonSave, type ReferenceScope, type ScopeStore,
} from '../../../shared/headoffice/reference.js';
import { refusalText, type PolicyOverrides } from '../../../shared/law/policy-overrides.js';
import { lawVersionsWithDates } from '../law/law-reference.js';
import type { LawDate } from '../../../shared/law/versions.js';
import type { Database, Queryable } from '../db/database.js';
import { writeAudit, type Actor } from '../audit/audit-log.js';
import type { StoreScope } from '../auth/guard.js';
import { HeadOfficeError } from '../store/errors.js';

/** At most this many codes of head office's own over all scopes: a desk's list stays readable (and under the protocol's 200). */
export const maxOwnReasonCodes = 150;

type ReasonDbRow = { scope: string; code: string; names: ReasonRow['names']; retired: boolean; updated_at: Date | string };
type OverrideDbRow = { scope: string; overrides: PolicyOverrides; updated_at: Date | string };
const iso = (d: Date | string) => new Date(d).toISOString();
const toReason = (r: ReasonDbRow): ReasonRow => ({ scope: r.scope, code: r.code, names: r.names, retired: r.retired, updatedAt: iso(r.updated_at) });
const toOverride = (r: OverrideDbRow): OverrideRow => ({ scope: r.scope, overrides: r.overrides, updatedAt: iso(r.updated_at) });

/** Least specific first: a store's own row wins over its region's, which wins over the chain's. */
const bySpecificity = "CASE WHEN scope = 'chain' THEN 0 WHEN scope LIKE 'region:%' THEN 1 ELSE 2 END";

export async function allStores(q: Queryable): Promise<ScopeStore[]> {
  return q.query<ScopeStore>('SELECT code, name, country, region FROM stores ORDER BY code');
}

/** The scopes a user may see: the chain, and the regions and stores of their own stores. */
export function visibleScope(scope: ReferenceScope, stores: readonly ScopeStore[]): boolean {
  if (scope === 'chain') return true;
  return stores.some((s) => scopesOfStore(s).includes(scope));
}

/** The stores a user may see (`storeScope`: `scopeOf(user)`). */
async function storesSeen(q: Queryable, storeScope: StoreScope | null) {
  const every = await allStores(q);
  return storeScope === 'all' ? every : every.filter((s) => (storeScope ?? []).includes(s.code));
}

/** Reasons and overrides of every scope the user may see (`storeScope`: `scopeOf(user)`). */
export async function referenceView(q: Queryable, storeScope: StoreScope | null) {
  const stores = await storesSeen(q, storeScope);
  const reasons = (await q.query<ReasonDbRow>(`SELECT scope, code, names, retired_at IS NOT NULL AS retired, updated_at FROM reason_codes ORDER BY ${bySpecificity}, scope, created_at, code`))
    .filter((r) => visibleScope(r.scope, stores)).map(toReason);
  const overrides = (await q.query<OverrideDbRow>(`SELECT scope, overrides, updated_at FROM policy_overrides ORDER BY ${bySpecificity}, scope`))
    .filter((r) => visibleScope(r.scope, stores)).map(toOverride);
  const regions = [...new Set(stores.flatMap((s) => (s.region ? [s.region] : [])))].sort();
  return { builtIn: [...builtInReasonCodes], regions, stores, reasons, overrides, lawDates: await listLawDates(q), today: today() };
}

/**
 * The names of every reason code head office named in a scope the user may see, retired ones too
 * (old cases still read them). A report over many stores gives a code one name: per language, the
 * widest scope's (the chain's, then a region's, then a store's).
 */
export async function reasonNamesSeen(q: Queryable, storeScope: StoreScope | null): Promise<Record<ReasonCode, ReasonNames>> {
  const stores = await storesSeen(q, storeScope);
  const rows = await q.query<Pick<ReasonDbRow, 'scope' | 'code' | 'names'>>(`SELECT scope, code, names FROM reason_codes WHERE names <> '{}'::jsonb ORDER BY ${bySpecificity}, scope, code`);
  const names: Record<ReasonCode, ReasonNames> = {};
  for (const r of rows) if (visibleScope(r.scope, stores)) names[r.code] = { ...r.names, ...names[r.code] };
  return names;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The dates head office gave laws that wait for one: the check judges by the versions as desks will apply them. */
async function listLawDates(q: Queryable): Promise<LawDate[]> {
  return (await lawVersionsWithDates(q)).flatMap((v) => (v.datedByHeadOffice && v.effectiveFrom ? [{ country: v.country, versionId: v.id, effectiveFrom: v.effectiveFrom }] : []));
}

/** The scope names a region that has stores, or a store head office knows (else 404: nothing would ever get it). */
function requireKnownScope(scope: ReferenceScope, stores: readonly ScopeStore[]) {
  if (scope !== 'chain' && !storesOfScope(scope, stores).length) throw new HeadOfficeError(404, 'unknown_scope', `No store is in ${scope}.`);
}

/** Every change bumps the one version desks compare, so each store's next pull carries its data again. */
async function bumpVersion(q: Queryable) {
  await q.query('UPDATE reference_admin SET version = version + 1');
}

/**
 * Adds a reason code to a scope, renames it (names per language) or retires it (or brings it back).
 * Refused: a scope with no store, more own codes than `maxOwnReasonCodes`, and retiring the last
 * code the scope's stores would offer.
 */
export async function saveReason(db: Database, who: Actor, r: ReasonSave): Promise<ReasonRow> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT version FROM reference_admin FOR UPDATE');
    const stores = await allStores(tx);
    requireKnownScope(r.scope, stores);
    const [before] = await tx.query<ReasonDbRow>('SELECT scope, code, names, retired_at IS NOT NULL AS retired, updated_at FROM reason_codes WHERE scope = $1 AND code = $2', [r.scope, r.code]);
    const [row] = await tx.query<ReasonDbRow>(
      `INSERT INTO reason_codes (scope, code, names, retired_at) VALUES ($1, $2, $3::jsonb, CASE WHEN $4::boolean THEN now() END)
       ON CONFLICT (scope, code) DO UPDATE SET names = excluded.names, updated_at = now(),
         retired_at = CASE WHEN $4::boolean THEN coalesce(reason_codes.retired_at, now()) END
       RETURNING scope, code, names, retired_at IS NOT NULL AS retired, updated_at`,
      [r.scope, r.code, JSON.stringify(r.names), r.retired],
    );
    // A code of head office's own is named somewhere (a built-in one has the terms catalog's names).
    if (!(builtInReasonCodes as readonly string[]).includes(r.code)) {
      const named = await tx.query("SELECT 1 FROM reason_codes WHERE code = $1 AND names <> '{}'::jsonb LIMIT 1", [r.code]);
      if (!named.length) throw Object.assign(new HeadOfficeError(400, 'reason_unnamed', 'A new reason code needs its name in at least one language.'), { fields: ['names'] });
    }
    const [{ n }] = (await tx.query<{ n: number }>('SELECT count(DISTINCT code)::int AS n FROM reason_codes WHERE NOT (code IN (SELECT jsonb_array_elements_text($1::jsonb)))', [JSON.stringify(builtInReasonCodes)])) as [{ n: number }];
    if (n > maxOwnReasonCodes) throw new HeadOfficeError(409, 'too_many_reasons', `At most ${maxOwnReasonCodes} reason codes of head office's own.`);
    if (r.retired) {
      for (const store of r.scope === 'chain' ? [{ code: '', region: null }] : storesOfScope(r.scope, stores)) {
        const { offered } = await reasonsOfStore(tx, store, []);
        if (!offered.length) throw new HeadOfficeError(409, 'last_reason', 'A store must keep at least one reason code to offer.');
      }
    }
    await bumpVersion(tx);
    const after = toReason(row!);
    await writeAudit(tx, who, { action: 'reference.reason_saved', target: `${r.scope} ${r.code}`, before: before ? toReason(before) : null, after });
    return after;
  });
}

/**
 * Sets a scope's overrides (an empty object removes them), refused with the law's citation when
 * any figure would break it in a country the scope covers (the desk applies the same rule).
 */
export async function saveOverrides(db: Database, who: Actor, scope: ReferenceScope, overrides: PolicyOverrides): Promise<OverrideRow | null> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT version FROM reference_admin FOR UPDATE');
    const stores = await allStores(tx);
    requireKnownScope(scope, stores);
    const refusals = checkScopeOverrides(scope, stores, overrides, today(), await listLawDates(tx));
    if (refusals.length) {
      const error = new HeadOfficeError(422, 'override_illegal', refusals.map((x) => `${x.country}: ${refusalText(x)}`).join(' '));
      throw Object.assign(error, { fields: [...new Set(refusals.map((x) => `overrides.${x.field}`))] });
    }
    const [before] = await tx.query<OverrideDbRow>('SELECT scope, overrides, updated_at FROM policy_overrides WHERE scope = $1', [scope]);
    const [row] = Object.keys(overrides).length
      ? await tx.query<OverrideDbRow>(
        `INSERT INTO policy_overrides (scope, overrides) VALUES ($1, $2::jsonb)
         ON CONFLICT (scope) DO UPDATE SET overrides = excluded.overrides, updated_at = now() RETURNING scope, overrides, updated_at`,
        [scope, JSON.stringify(overrides)],
      )
      : await tx.query<OverrideDbRow>('DELETE FROM policy_overrides WHERE scope = $1 RETURNING scope, overrides, updated_at', [scope]).then(() => []);
    await bumpVersion(tx);
    const after = row ? toOverride(row) : null;
    await writeAudit(tx, who, { action: 'reference.overrides_saved', target: scope, before: before ? toOverride(before) : null, after });
    return after;
  });
}

async function reasonsOfStore(q: Queryable, store: Pick<ScopeStore, 'code' | 'region'>, base: string[]) {
  const scopes = store.code ? scopesOfStore(store) : ['chain'];
  const rows = await q.query<ReasonDbRow>(
    `SELECT scope, code, names, retired_at IS NOT NULL AS retired, updated_at FROM reason_codes WHERE scope IN (SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY ${bySpecificity}, created_at, code`,
    [JSON.stringify(scopes)],
  );
  return effectiveReasons(base, rows);
}

/**
 * A desk's pull: the store's reference data when newer than `knownVersion`. Its version is the
 * store's own (`reference` from the command line) plus head office's version over all scopes: both
 * only grow, so any change to either gives a higher number. With nothing set per scope the store's
 * own data goes out unchanged.
 */
export async function composedReferenceData(q: Queryable, storeCode: string, knownVersion: number): Promise<{ version: number; data: ReferenceData } | null> {
  const [row] = await q.query<{ version: number; own: number; data: ReferenceData | null; region: string | null }>(
    `SELECT coalesce(r.version, 0) + a.version AS version, a.version AS own, r.data, s.region
     FROM stores s CROSS JOIN reference_admin a LEFT JOIN reference_data r ON r.store_code = s.code WHERE s.code = $1`,
    [storeCode],
  );
  if (!row || row.version <= knownVersion) return null;
  const base: ReferenceData = row.data ?? { policyOverrides: {}, reasonCodes: [], staff: [] };
  if (row.own === 0) return { version: row.version, data: base };
  const store = { code: storeCode, region: row.region };
  const overrides = await q.query<{ overrides: PolicyOverrides }>(
    `SELECT overrides FROM policy_overrides WHERE scope IN (SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY ${bySpecificity}`,
    [JSON.stringify(scopesOfStore(store))],
  );
  const reasons = await reasonsOfStore(q, store, base.reasonCodes);
  return {
    version: row.version,
    data: {
      ...base,
      policyOverrides: Object.assign({}, base.policyOverrides, ...overrides.map((o) => o.overrides)) as PolicyOverrides,
      reasonCodes: reasons.offered,
      reasonNames: reasons.names,
    },
  };
}
