import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seededRandom } from './random.js';

export type Fate = 'drop' | 'cut' | 'delay' | 'error500' | 'error429' | 'pass';
export type ChaosOptions = {
  target: string;
  seed: number;
  /** Chance of each fault per request; the rest pass. */
  rates?: Partial<Record<Exclude<Fate, 'pass'>, number>>;
  maxDelayMs?: number;
  /** After this many faults every request passes (bounded chaos). */
  maxFaults?: number;
  /** The proxy closes itself after this long, whatever happens to the test. */
  lifetimeMs?: number;
};

const defaultRates = { drop: 0.08, cut: 0.08, delay: 0.15, error500: 0.08, error429: 0.04 };

/**
 * An HTTP proxy on 127.0.0.1 between desks and head office that misbehaves at random: drops the
 * connection before forwarding, cuts the answer after head office has committed, delays, or
 * answers 500 / 429 (Retry-After) itself. `heal()` makes it a plain proxy.
 */
export async function startChaosProxy(opts: ChaosOptions) {
  const random = seededRandom(opts.seed);
  const rates = { ...defaultRates, ...opts.rates };
  const target = new URL(opts.target);
  const stats: Record<Fate, number> = { drop: 0, cut: 0, delay: 0, error500: 0, error429: 0, pass: 0 };
  let healed = false;
  let faults = 0;

  const pick = (): Fate => {
    if (healed || faults >= (opts.maxFaults ?? Infinity)) return 'pass';
    let r = random();
    for (const [fate, p] of Object.entries(rates) as [Exclude<Fate, 'pass'>, number][]) {
      if (r < p) return fate;
      r -= p;
    }
    return 'pass';
  };

  const forward = (req: IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
      const up = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      up.on('error', reject);
      up.end(body);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const fate = pick();
    stats[fate] += 1;
    if (fate !== 'pass' && fate !== 'delay') faults += 1;
    if (fate === 'drop') return req.socket.destroy();
    if (fate === 'error500' || fate === 'error429') {
      const status = fate === 'error500' ? 500 : 429;
      res.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': random() < 0.5 ? '0' : '1' } : {}) });
      return res.end(JSON.stringify({ error: fate, message: 'chaos proxy' }));
    }
    if (fate === 'delay') await new Promise((r) => setTimeout(r, random() * (opts.maxDelayMs ?? 150)));
    const up = await forward(req, Buffer.concat(chunks));
    // The body was read whole: it goes on with a length, not in chunks.
    const { 'transfer-encoding': _chunked, connection: _connection, ...headers } = up.headers;
    res.writeHead(up.status, { ...headers, 'content-length': String(up.body.length) });
    if (fate === 'cut') {
      // Head office has committed; the desk gets half an answer and a dead connection.
      res.write(up.body.subarray(0, Math.floor(up.body.length / 2)));
      return setImmediate(() => req.socket.destroy());
    }
    res.end(up.body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  const selfStop = setTimeout(() => void close(), opts.lifetimeMs ?? 120_000);
  selfStop.unref();
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stats,
    heal: () => void (healed = true),
    close: () => {
      clearTimeout(selfStop);
      return server.listening ? close() : Promise.resolve();
    },
  };
}
