import { createServer, type Server, type Socket } from 'node:net';

/**
 * ok: reads and answers status; down: nothing listens (connection refused); refuse: accepts and
 * drops the connection at once; hang: accepts and never reads; slow: answers and reads only after
 * `delayMs`; paper_out: answers the status with "paper end" and prints nothing; mute: prints
 * the job but never confirms it (answers only the status asked before the job).
 */
export type FakeMode = 'ok' | 'down' | 'refuse' | 'hang' | 'slow' | 'paper_out' | 'mute';
export type ReceivedJob = { bytes: Buffer; at: number };

const DLE = 0x10;
const EOT = 0x04;
const STATUS_OK = 0x12; // bits 1 and 4 are always set
const STATUS_PAPER_END = 0x12 | 0x60;

/** Splits real-time status requests (DLE EOT n) out of the stream; what is left is print data. */
function splitStatus(chunk: Buffer): { data: Buffer; requests: number } {
  const out: number[] = [];
  let requests = 0;
  for (let i = 0; i < chunk.length; i++) {
    if (chunk[i] === DLE && chunk[i + 1] === EOT && chunk[i + 2]! >= 1 && chunk[i + 2]! <= 4) {
      requests++;
      i += 2;
    } else out.push(chunk[i]!);
  }
  return { data: Buffer.from(out), requests };
}

/** A network receipt printer on 127.0.0.1 that records every job it receives in full. */
export class FakePrinter {
  readonly jobs: ReceivedJob[] = [];
  mode: FakeMode = 'ok';
  delayMs = 200;
  private readonly sockets = new Set<Socket>();
  private constructor(private readonly server: Server, readonly port: number) {}

  static async start(): Promise<FakePrinter> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    const printer = new FakePrinter(server, address.port);
    server.on('connection', (s) => printer.accept(s));
    return printer;
  }

  get url() {
    return `tcp://127.0.0.1:${this.port}`;
  }

  async setMode(mode: FakeMode) {
    const wasDown = this.mode === 'down';
    this.mode = mode;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    if (mode === 'down' && !wasDown) await new Promise<void>((resolve) => this.server.close(() => resolve()));
    if (mode !== 'down' && wasDown) await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
  }

  /** Jobs whose bytes contain `needle` (e.g. a case number in a QR payload). */
  jobsWith(needle: string) {
    return this.jobs.filter((j) => j.bytes.includes(needle));
  }

  private accept(s: Socket) {
    this.sockets.add(s);
    s.setNoDelay(true); // a printer answers status at once
    s.on('close', () => this.sockets.delete(s));
    s.on('error', () => {});
    if (this.mode === 'refuse') return s.destroy();
    if (this.mode === 'hang') return s.pause();
    const mode = this.mode;
    let pending: Buffer[] = [];
    let queue = Promise.resolve();
    const finishJob = () => {
      const bytes = Buffer.concat(pending);
      pending = [];
      // Without paper nothing comes out.
      if (bytes.length && mode !== 'paper_out') this.jobs.push({ bytes, at: performance.now() });
    };
    const handle = (chunk: Buffer) => {
      const { data, requests } = splitStatus(chunk);
      if (data.length) pending.push(data);
      // A status request after print data means the job is in: the client sends it last.
      if (requests) {
        const afterJob = pending.length > 0;
        finishJob();
        if (mode === 'mute' && afterJob) return;
        if (!s.destroyed) s.write(Buffer.alloc(requests, mode === 'paper_out' ? STATUS_PAPER_END : STATUS_OK));
      }
    };
    s.on('data', (chunk: Buffer) => {
      if (mode !== 'slow') return handle(chunk);
      queue = queue.then(() => new Promise((r) => setTimeout(r, this.delayMs))).then(() => handle(chunk));
    });
    s.on('end', () => void queue.then(finishJob));
  }

  async close() {
    for (const s of this.sockets) s.destroy();
    if (this.mode !== 'down') await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
