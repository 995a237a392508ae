import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { adminCommands, runAdminCommand, type AdminCommand } from '../admin-commands.js';
import type { Database } from '../db/database.js';
import { HeadOfficeError } from '../store/errors.js';
import { hashSecret } from '../store/secrets.js';
import { fromThisMachine } from './from-this-machine.js';

/** `POST /admin/<command>`: only from this machine, only with the token the server wrote for its CLI. */
export function registerAdmin(app: FastifyInstance, db: Database, token: string) {
  app.post<{ Params: { command: string } }>('/admin/:command', async (req) => {
    const given = String(req.headers['x-admin-token'] ?? '');
    if (!fromThisMachine(req) || !timingSafeEqual(Buffer.from(hashSecret(given)), Buffer.from(hashSecret(token)))) {
      throw new HeadOfficeError(403, 'forbidden', 'Admin commands run only from this machine with its admin token.');
    }
    if (!Object.hasOwn(adminCommands, req.params.command)) throw new HeadOfficeError(404, 'not_found', 'No such admin command.');
    try {
      return await runAdminCommand(db, req.params.command as AdminCommand, req.body);
    } catch (e) {
      if (e instanceof ZodError) throw new HeadOfficeError(400, 'malformed', e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      throw e;
    }
  });
}
