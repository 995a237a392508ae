// Sales: `import-sales` of a generated 1,000,000-line CSV on PGlite (on disk, as head office runs
// it), and on PostgreSQL when DATABASE_URL is set; lines per second and the process's peak memory,
// which must stay flat however long the file is.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openPglite, type Database } from '../../headoffice/src/db/database.js';
import { migrate } from '../../headoffice/src/db/migrations.js';
import { importSalesCsv } from '../../headoffice/src/sales/sales-csv.js';
import { testDatabase } from '../../test/helpers/headoffice.js';
import { writeSalesCsv } from '../../headoffice/test/sales/fixtures.js';
import type { BenchRow } from './row.js';

const AREA = 'sales';
const LINES = 1_000_000;
const mb = (bytes: number) => Math.round(bytes / 1e6);

async function importOn(label: string, db: Database, file: string): Promise<BenchRow[]> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 100);
  const started = performance.now();
  const result = await importSalesCsv(db, file);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (result.stored !== result.sales) throw new Error(`imported ${result.stored} of ${result.sales} sales`);
  const rate = Math.round(LINES / seconds);
  return [
    { area: AREA, measure: `import-sales ${LINES.toLocaleString('en')} lines (${label})`, value: Number(seconds.toFixed(1)), unit: 's' },
    { area: AREA, measure: `import-sales rate (${label})`, value: rate, unit: 'lines/s', ...(label === 'PostgreSQL' ? { target: '≥ 50,000', met: rate >= 50_000 } : {}) },
    { area: AREA, measure: `RSS before the import (${label})`, value: mb(before), unit: 'MB' },
    { area: AREA, measure: `peak RSS during the import (${label})`, value: mb(peak), unit: 'MB' },
  ];
}

export async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sales-'));
  try {
    const file = join(dir, 'sales.csv');
    writeSalesCsv(file, LINES);
    const pglite = await openPglite(join(dir, 'db'));
    await migrate(pglite);
    const rows = await importOn('PGlite', pglite, file);
    await pglite.close();
    if (process.env.DATABASE_URL) {
      // PGlite's gigabyte of writes, still going to disk, would otherwise land inside PostgreSQL's import.
      execFileSync('sync');
      const { db, drop } = await testDatabase();
      rows.push(...(await importOn('PostgreSQL', db, file)));
      await drop();
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
