// `npm run headoffice` starts the server; `npm run headoffice -- enroll --store PRG01 --desk A`
// prints a one-time enrollment code (`--replace` when a new PC takes over a desk that already has
// one); `resolve`, `reference` and `stores set-region` are the other admin commands; `import-sales` and
// `import-catalogue` load CSV files; `users add --email E --role administrator` creates a head-office
// user (the first administrator), reading the password from stdin or a prompt, never from argv.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { ZodError } from 'zod';
import cliProgress from 'cli-progress';
import type { Database } from './db/database.js';
import { adminCommands, runAdminCommand, type AdminCommand } from './admin-commands.js';
import { openDatabase } from './open-database.js';
import { buildServer } from './http/server.js';
import { serveConfig } from './serve-config.js';
import { HeadOfficeError } from './store/errors.js';
import { importSalesCsv } from './sales/sales-csv.js';
import { importCatalogueCsv } from './sales/catalogue-csv.js';
import { catalogueCounted, recordedImport, salesCounted, type Counted, type ImportSource } from './reference-admin/import-runs.js';
import { storeCodeSchema } from '../../shared/domain/case-number.js';
import { readPassword } from './auth/read-password.js';
import { defaultWebRoot } from './http/web-app.js';
import type { CalendarEntry } from '../../shared/law/reference.js';
import { audited, commandLine } from './audit/audit-log.js';
import { scheduleContactRetention } from './privacy/retention.js';

const dataDir = resolve(process.env.HEADOFFICE_DATA_DIR ?? '.headoffice-data');
const url = process.env.DATABASE_URL || undefined;
const tokenFile = join(dataDir, 'admin-token');

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    store: { type: 'string' }, desk: { type: 'string' }, name: { type: 'string' }, country: { type: 'string' }, hours: { type: 'string' },
    case: { type: 'string' }, outcome: { type: 'string' }, reason: { type: 'string' }, actor: { type: 'string' }, file: { type: 'string' },
    host: { type: 'string' }, port: { type: 'string' }, replace: { type: 'boolean' }, stores: { type: 'string' }, days: { type: 'string' }, region: { type: 'string' },
    email: { type: 'string' }, role: { type: 'string' }, locale: { type: 'string' },
    date: { type: 'string' }, kind: { type: 'string' }, note: { type: 'string' }, version: { type: 'string' }, from: { type: 'string' },
  },
});
const command = positionals[0] ?? 'serve';

/**
 * The web app's files, built now when this checkout has none yet (vite is a dev tool of the
 * repository; a packaged head office ships them built).
 */
async function ensureWebApp() {
  if (existsSync(join(defaultWebRoot, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: fileURLToPath(new URL('../web/vite.config.ts', import.meta.url)), logLevel: 'warn' });
}

async function serve() {
  const { host, port, ...config } = serveConfig(process.env, values);
  await ensureWebApp();
  const db = await openDatabase({ url, dataDir });
  const adminToken = randomBytes(24).toString('hex');
  writeFileSync(tokenFile, adminToken, { mode: 0o600 });
  const app = await buildServer({ db, adminToken, ...config, logger: true });
  const [admins] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE role = 'administrator' AND disabled_at IS NULL");
  if (!admins!.n) app.log.warn('No head-office administrator yet: create one with `npm run headoffice -- users add --email you@example.com --role administrator` (it asks for the password).');
  // Contact of closed cases past their retention period is erased here too, daily (privacy/retention.ts).
  const stopRetention = scheduleContactRetention(db, app.log);
  app.addHook('onClose', async () => {
    stopRetention();
    await db.close();
  });
  await app.listen({ host, port });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void app.close().then(() => process.exit(0)));
}

/** Through the running server when it holds the embedded database, else on the database itself. */
async function admin(name: AdminCommand, args: Record<string, unknown>) {
  const parsed = adminCommands[name].args.parse(args);
  if (!url && existsSync(tokenFile)) {
    const answer = await postToServer(`/admin/${name}`, parsed).catch(() => null);
    if (answer) {
      const body = JSON.parse(answer.body) as { message?: string };
      if (answer.status >= 400) throw new Error(body.message ?? `head office answered ${answer.status}`);
      return body;
    }
  }
  const db = await openDatabase({ url, dataDir });
  try {
    return await runAdminCommand(db, name, parsed);
  } finally {
    await db.close();
  }
}

/**
 * A CSV import works on the database itself, with a progress bar on stderr. Embedded PGlite opens
 * in one process at a time: while the server holds it, the import is refused (stop the server
 * first). With DATABASE_URL the import runs alongside a running server.
 */
async function importCsv<T>(action: string, kind: ImportSource['kind'], count: (result: T) => Counted, run: (db: Database, file: string, onBytes: (bytes: number) => void) => Promise<T>): Promise<T> {
  const file = resolve(values.file ?? '');
  if (!values.file || !existsSync(file)) throw new Error(`--file: no such file ${values.file ?? ''}`);
  if (!url && existsSync(tokenFile) && (await postToServer('/v1/health', {}).then(() => true, () => false))) {
    throw new Error('Head office is running on its embedded database (PGlite), which only one process can open: stop it, import, then start it again.');
  }
  const size = statSync(file).size;
  const bar = new cliProgress.SingleBar({ format: 'importing |{bar}| {percentage}% of {mb} MB | {eta_formatted} left', hideCursor: true }, cliProgress.Presets.shades_classic);
  const db = audited(await openDatabase({ url, dataDir }), commandLine, (result) => ({ action, target: file, after: result }));
  let read = 0;
  bar.start(size, 0, { mb: (size / 1e6).toFixed(1) });
  try {
    // Recorded in the import history, refused or not.
    return await recordedImport(db, { kind, source: 'file', file }, count, () => run(db, file, (bytes) => bar.update((read += bytes))));
  } finally {
    bar.stop();
    await db.close();
  }
}

/**
 * A POST to the server running on this machine, as it serves (same environment). Over HTTPS the
 * one certificate trusted is its own, whatever name it carries.
 */
function postToServer(path: string, body: unknown): Promise<{ status: number; body: string }> {
  const { port, tls } = serveConfig(process.env, values);
  const headers = { 'content-type': 'application/json', 'x-admin-token': readFileSync(tokenFile, 'utf8') };
  const options = tls ? { method: 'POST', headers, ca: tls.cert, checkServerIdentity: () => undefined } : { method: 'POST', headers };
  return new Promise((resolve, reject) => {
    const req = (tls ? httpsRequest : httpRequest)(`${tls ? 'https' : 'http'}://127.0.0.1:${port}${path}`, options, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

try {
  if (command === 'serve') await serve();
  else if (command === 'enroll') {
    const { code } = (await admin('enroll', { store: values.store, desk: values.desk, name: values.name, country: values.country, hours: values.hours, replace: values.replace })) as { code: string };
    const desk = `${values.store?.toUpperCase()} desk ${values.desk?.toUpperCase()}`;
    console.log(`${values.replace ? 'Replacement enrollment' : 'Enrollment'} code for ${desk}: ${code}\n(one use, valid ${values.hours ?? 24} h: a manager types it at the desk under Settings → Head office, with this server's address)` +
      (values.replace ? `\nWhen it is used, the device enrolled on ${desk} now is signed out of head office for good.` : ''));
  } else if (command === 'resolve') {
    console.log(await admin('resolve', { case: values.case, outcome: values.outcome, reason: values.reason, actor: values.actor }));
  } else if (command === 'reference') {
    console.log(await admin('reference', { store: values.store, data: JSON.parse(readFileSync(values.file ?? '', 'utf8')) }));
  } else if (command === 'integration-token') {
    const { token } = (await admin('integration-token', { name: values.name, stores: values.stores })) as { token: string };
    console.log(`Integration token "${values.name}" for stores ${values.stores?.toUpperCase()} (shown once; head office keeps only its hash):\n${token}`);
  } else if (command === 'import-sales') {
    const { sales, stored, held } = await importCsv('sales.imported', 'sales', salesCounted, importSalesCsv);
    console.log(`${sales} sales in the file: ${stored} imported, ${held} already held.`);
  } else if (command === 'import-catalogue') {
    const store = values.store ? storeCodeSchema.parse(values.store) : null;
    const { items } = await importCsv('catalogue.imported', 'catalogue', catalogueCounted, (db, file, onBytes) => importCatalogueCsv(db, file, store, onBytes));
    console.log(`${items} items imported, ${store ? `prices for store ${store}` : 'prices chain-wide'}.`);
  } else if (command === 'users' && positionals[1] === 'add') {
    const password = await readPassword(`Password for ${values.email ?? 'the new user'} (at least 12 characters): `);
    const stores = values.stores?.split(',');
    const user = (await admin('users-add', { email: values.email, name: values.name ?? values.email, role: values.role, stores, locale: values.locale, password })) as { email: string; role: string };
    console.log(`User ${user.email} (${user.role}) created: sign in at head office's address in a browser.`);
  } else if (command === 'sales-days') {
    console.log(await admin('sales-days', { store: values.store, days: values.days }));
  } else if (command === 'stores' && positionals[1] === 'set-region') {
    const { region } = (await admin('set-region', { store: values.store, region: values.region })) as { region: string };
    console.log(`Store ${values.store?.toUpperCase()} is in region ${region} on the dashboards.`);
  } else if (command === 'calendar' && (positionals[1] === 'add' || positionals[1] === 'remove')) {
    const country = values.country?.toUpperCase();
    console.log(positionals[1] === 'add'
      ? await admin('calendar-add', { country, date: values.date, kind: values.kind, note: values.note ?? '' })
      : await admin('calendar-remove', { country, date: values.date }));
  } else if (command === 'calendar' && positionals[1] === 'list') {
    const { entries } = (await admin('calendar-list', { country: values.country?.toUpperCase() })) as { entries: CalendarEntry[] };
    for (const e of entries) console.log(`${e.country} ${e.date} ${e.kind} ${e.note}`);
  } else if (command === 'law' && positionals[1] === 'list') {
    const { versions } = (await admin('law-list', { country: values.country?.toUpperCase() })) as { versions: { country: string; id: string; effectiveFrom: string | null; datedByHeadOffice: boolean }[] };
    for (const v of versions) console.log(`${v.country} ${v.id} ${v.effectiveFrom ?? 'waiting for a date (law set-date)'}${v.datedByHeadOffice && v.effectiveFrom ? ' (set by head office)' : ''}`);
  } else if (command === 'law' && positionals[1] === 'set-date') {
    console.log(await admin('law-set-date', { country: values.country?.toUpperCase(), version: values.version, from: values.from }));
  } else {
    throw new Error(`unknown command "${command}": serve | enroll --store S --desk D [--replace] | resolve --case NO --outcome accepted | reference --store S --file F.json` +
      ' | integration-token --name N --stores S1,S2 | sales-days --store S --days N | stores set-region --store S --region R | import-sales --file F.csv | import-catalogue --file F.csv [--store S]' +
      ' | users add --email E --role administrator|regional_manager|service_centre|viewer [--name N] [--stores S1,S2] [--locale cs] (password on stdin)' +
      ' | calendar add --country BG --date YYYY-MM-DD --kind day_off|working_day --note "…" | calendar remove --country C --date D | calendar list [--country C] | law list [--country C] | law set-date --country UA --version ua-3153-ix --from YYYY-MM-DD');
  }
} catch (e) {
  const message = e instanceof ZodError ? e.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n') : e instanceof HeadOfficeError || e instanceof Error ? e.message : String(e);
  console.error(message);
  process.exit(1);
}
