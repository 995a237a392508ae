import { createServer } from 'node:net';

/** A port nothing listens on now, on 127.0.0.1 (for a server that must know its port before it starts). */
export const freePort = () => new Promise<number>((done) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => done(port));
  });
});
