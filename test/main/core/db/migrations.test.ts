import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { latestVersion, migrate, migrations } from '../../../../main/core/db/migrations.js';
import { openSqlite, scalar, type Database } from '../../../../main/core/db/sqlite.js';
import { MANAGER_PIN, ok, readyDesk, tempDesk } from '../../../helpers/desk.js';
import { testClock } from '../../../helpers/clock.js';
import { complaintInput, receipt, returnLine, saleLine } from '../../../helpers/cases.js';
import type { CaseState } from '../../../../shared/domain/case-state.js';
import { legacyPinHash } from '../../../helpers/legacy-pin.js';

/** Search indexes (FTS5 and their shadow tables): derived and rebuilt at will, so not compared row by row. */
const derived = (table: string) => table.startsWith('case_search') || table.startsWith('catalogue_search');
/** Columns of older versions that later ones dropped: what an old desk held there. */
const formerColumns: Record<string, Record<string, string>> = { staff: { pin_hash: legacyPinHash(MANAGER_PIN) } };
/** Meta keys the desk's code writes (no migration does), with the version whose tables rely on them. */
const codeMetaKeys: Record<string, number> = { 'pin.key': 7 };
/** Tables a later version dropped: the reference-data catalogue (version 9 pulls the catalogue anew). */
const droppedTables = new Set(['catalogue']);
/** Columns a later version renamed: its value must be found under the new name. */
const renamedColumns: Record<string, Record<string, string>> = { staff: { pin_hash: 'legacy_pin_hash' } };

let source: Awaited<ReturnType<typeof readyDesk>>;
let cases: CaseState[];
const clock = testClock('2026-03-10');

beforeAll(async () => {
  source = await readyDesk({}, { now: clock.now });
  const c = source.client;
  const a = ok(await c.openComplaint(complaintInput({ customer: { name: 'Petr Novák', phone: '+420 777 123 456' } })));
  ok(await c.progressComplaint({ caseId: a.id, sentTo: 'service' }));
  ok(await c.openComplaint(complaintInput({ kind: 'service', remedy: 'none', product: undefined, customer: { name: 'Иван Петров', phone: '(495) 987-65-43' } })));
  ok(await c.recordReturn({ purchase: receipt('2026-03-01', 'RC-55501'), refundMethod: 'cash', lines: [returnLine(19900)], customer: { name: 'Olena Шевченко', phone: '380 44 222 33 11' } }));
  ok(await c.recordExchange({ purchase: receipt('2026-03-02', 'RC-55502'), settlement: 'card', returned: [returnLine(50000)], issued: [saleLine(60000)], customer: { name: 'Marie Svobodová', phone: '602 111 999' } }));
  cases = (source.desk.db.prepare('SELECT state FROM cases').all() as { state: string }[]).map((r) => JSON.parse(r.state) as CaseState);
  source.services.close();
});
afterAll(() => rmSync(source.dir, { recursive: true, force: true }));

const tablesOf = (db: Database, schema = 'main') =>
  (db.prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map((t) => t.name);
const columnsOf = (db: Database, schema: string, table: string) => (db.prepare(`PRAGMA ${schema}.table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
const rowsOf = (db: Database, table: string) => db.prepare(`SELECT * FROM "${table}" ORDER BY 1`).all();

/**
 * A desk folder as it was at `version`: the schema up to that migration and the rows that
 * version's tables hold (the columns it knew), copied from a desk that did real work.
 */
function deskAtVersion(version: number): string {
  const dir = mkdtempSync(join(tmpdir(), `desk-v${version}-`));
  copyFileSync(join(source.dir, 'settings.json'), join(dir, 'settings.json'));
  const db = openSqlite(join(dir, 'desk.db'));
  migrate(db, version);
  db.prepare('ATTACH DATABASE ? AS src').run(join(source.dir, 'desk.db'));
  const sourceTables = new Set(tablesOf(db, 'src'));
  // meta keys belong to the version that introduced them (its migration inserts them): not copied, but codeMetaKeys.
  for (const table of tablesOf(db).filter((t) => !derived(t) && t !== 'meta' && sourceTables.has(t))) {
    const oldColumns = columnsOf(db, 'main', table);
    const shared = oldColumns.filter((c) => columnsOf(db, 'src', table).includes(c)).map((c) => `"${c}"`);
    const former = Object.entries(formerColumns[table] ?? {}).filter(([c]) => oldColumns.includes(c));
    const names = [...shared, ...former.map(([c]) => `"${c}"`)].join(', ');
    const values = [...shared, ...former.map(() => '?')].join(', ');
    db.prepare(`INSERT INTO main."${table}" (${names}) SELECT ${values} FROM src."${table}"`).run(...former.map(([, v]) => v));
  }
  for (const [key] of Object.entries(codeMetaKeys).filter(([, since]) => version >= since)) db.prepare('INSERT INTO main.meta SELECT * FROM src.meta WHERE key = ?').run(key);
  if (tablesOf(db).includes('case_search')) db.exec("INSERT INTO case_search (case_id, body) SELECT id, case_no || ' ' || coalesce(customer_name, '') FROM cases");
  db.exec('DETACH DATABASE src');
  db.close();
  return dir;
}

describe('migrations keep every row of a database from the previous schema', () => {
  it('are numbered 1, 2, 3, … without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  for (const from of migrations.map((m) => m.version).filter((v) => v < latestVersion)) {
    it(`from version ${from} to ${latestVersion}: rows kept, cases searchable, numbering continues`, async () => {
      const dir = deskAtVersion(from);
      const old = openSqlite(join(dir, 'desk.db'));
      expect(scalar<number>(old, 'PRAGMA user_version')).toBe(from);
      const before = Object.fromEntries(tablesOf(old).filter((t) => !derived(t) && !droppedTables.has(t)).map((t) => [t, rowsOf(old, t)]));
      expect(before.events!.length).toBeGreaterThan(cases.length);
      old.close();

      const d = tempDesk({ dir, now: clock.now });
      try {
        expect(scalar<number>(d.desk.db, 'PRAGMA user_version')).toBe(latestVersion);
        for (const [table, rows] of Object.entries(before)) {
          const after = rowsOf(d.desk.db, table) as Record<string, unknown>[];
          const renamed = renamedColumns[table] ?? {};
          // Each old row, each old value, under the name it has now.
          const kept = (rows as Record<string, unknown>[]).map((r) => Object.fromEntries(Object.entries(r).map(([c, v]) => [renamed[c] ?? c, v])));
          const asBefore = after.map((r) => Object.fromEntries(Object.keys(kept[0] ?? {}).map((c) => [c, r[c]])));
          if (table === 'meta') expect(after).toEqual(expect.arrayContaining(rows));
          else expect(asBefore, table).toEqual(kept);
        }
        expect(scalar<string>(d.desk.db, 'PRAGMA integrity_check')).toBe('ok');

        ok(await d.client.signIn({ pin: MANAGER_PIN }));
        const found = async (query: string) => ok(await d.client.listCases({ query })).items.map((i) => i.caseNo);
        for (const s of cases) {
          const digits = s.customer!.phone!.replace(/\D/g, '');
          expect(await found(digits.slice(-6, -2)), `${s.caseNo} by phone`).toContain(s.caseNo);
          expect(await found(s.customer!.name!.split(' ')[1]!.toLowerCase()), `${s.caseNo} by name`).toContain(s.caseNo);
          expect(await found(s.caseNo)).toEqual([s.caseNo]);
          const receiptNo = (s.return ?? s.exchange)?.purchase.receiptNo;
          if (receiptNo) expect(await found(receiptNo)).toEqual([s.caseNo]);
        }
        expect(ok(await d.client.openComplaint(complaintInput())).caseNo).toBe(`PRG01-A-2026-${String(cases.length + 1).padStart(5, '0')}`);
      } finally {
        d.remove();
      }
    });
  }
});
