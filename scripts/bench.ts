// `npm run bench`: every area's figures in one table. Each file in scripts/bench/ exports `bench()`.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { BenchRow } from './bench/row.js';

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'bench');
const only = process.argv[2];
const rows: BenchRow[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only && !file.startsWith(only)) continue;
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { bench: () => Promise<BenchRow[]> };
  console.error(`running ${file} ...`);
  rows.push(...(await mod.bench()));
}
console.table(rows.map((r) => ({ area: r.area, measure: r.measure, value: r.value, unit: r.unit, target: r.target ?? '', met: r.met === undefined ? '' : r.met ? 'yes' : 'NO' })));
