import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSqlite, scalar } from '../../../../main/core/db/sqlite.js';
import { latestVersion, NewerDatabaseError } from '../../../../main/core/db/migrations.js';
import { ok, readyDesk, tempDesk } from '../../../helpers/desk.js';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((c) => c()));

describe('data from a newer version', () => {
  it('is refused with a plain message and left untouched', async () => {
    const d = await readyDesk();
    ok(await d.client.openComplaint({ kind: 'service', remedy: 'none', description: 'Dlouhá fronta' }));
    d.services.close();
    const db = openSqlite(join(d.dir, 'desk.db'));
    db.exec(`PRAGMA user_version = ${latestVersion + 1}`);
    db.close();

    expect(() => tempDesk({ dir: d.dir })).toThrow(NewerDatabaseError);
    expect(() => tempDesk({ dir: d.dir })).toThrow(/newer version of Service Desk/);
    const after = openSqlite(join(d.dir, 'desk.db'));
    cleanup.push(() => after.close());
    expect(scalar<number>(after, 'PRAGMA user_version')).toBe(latestVersion + 1);
    expect(scalar<number>(after, 'SELECT count(*) FROM cases')).toBe(1);
  });
});
