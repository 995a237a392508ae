import type { FastifyInstance } from 'fastify';
import type { Role } from '../../../shared/headoffice/access.js';
import type { Database } from '../../src/db/database.js';
import { createUser } from '../../src/auth/users.js';
import { commandLine } from '../../src/audit/audit-log.js';

/** The Origin a browser sends from head office's own pages, as `app.inject` reaches it. */
export const origin = 'http://localhost:80';
export const password = 'correct horse battery';

let count = 0;
/** A user of `role` created as the first administrator is (the command line). */
export async function addUser(db: Database, role: Role, stores: string[] = []) {
  return createUser(db, commandLine, { email: `${role}-${++count}@chain.example`, name: `${role} ${count}`, role, stores, locale: 'en', password });
}

/** Signs in through the API as a browser would; answers what the browser then holds. */
export async function signIn(app: FastifyInstance, email: string, pass = password, remoteAddress = '127.0.0.1') {
  const res = await app.inject({ method: 'POST', url: '/api/session', headers: { origin }, payload: { email, password: pass }, remoteAddress });
  const cookie = res.cookies.find((c) => c.name === 'ho_session');
  const csrfToken = res.statusCode === 200 ? (res.json() as { csrfToken: string }).csrfToken : '';
  return { res, cookie, csrfToken, headers: { cookie: `ho_session=${cookie?.value}`, origin, 'x-csrf-token': csrfToken } };
}

/** A user of `role`, signed in. */
export async function signedIn(app: FastifyInstance, db: Database, role: Role, stores: string[] = []) {
  const user = await addUser(db, role, stores);
  return { user, ...(await signIn(app, user.email)) };
}
