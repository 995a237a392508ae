import type { FastifyRequest } from 'fastify';

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const forwardingHeaders = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

/**
 * A request made on this machine itself. One a proxy forwarded is from elsewhere, even when the
 * proxy runs here and is not in HEADOFFICE_TRUST_PROXY: it says so in one of these headers.
 */
export const fromThisMachine = (req: FastifyRequest) => loopback.has(req.ip) && !forwardingHeaders.some((h) => req.headers[h]);
