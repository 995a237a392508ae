import { connect } from 'node:net';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { printerDevicePath } from '../../../shared/printing/printer-device.js';

/** Why a job did not go through; `delivered` says whether the printer may have got it anyway. */
export type PrinterFault = 'unreachable' | 'timeout' | 'paper_out' | 'connection_lost' | 'device_error';
export class PrinterError extends Error {
  constructor(readonly fault: PrinterFault, readonly delivered: boolean, detail = '') {
    super(`${fault}${detail ? `: ${detail}` : ''}`);
    this.name = 'PrinterError';
  }
}

export type DeliverOptions = { timeoutMs: number; statusCheck: boolean };

/** DLE EOT 4: real-time "paper roll sensor status"; the printer answers one byte. */
const PAPER_STATUS = Buffer.from([0x10, 0x04, 0x04]);
/** Bits 5 and 6 of that byte: the paper has run out. */
const PAPER_END = 0x60;

/**
 * Sends one job over TCP (raw port 9100). With the status check, the printer is asked for its
 * paper status before any of the job is sent — a printer that is down, hanging or out of paper
 * fails here, safely, with nothing printed — and again after the job: its answer proves the
 * printer has read every byte before it. Only failures after the job started count as
 * `delivered`, because only then may the printer have printed it.
 */
function sendTcp(host: string, port: number, job: Buffer, o: DeliverOptions, onSending: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    // Small writes (status requests) must not wait for delayed ACKs.
    socket.setNoDelay(true);
    let phase: 'connect' | 'precheck' | 'job' | 'done' = 'connect';
    let jobStarted = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => fail('timeout'), o.timeoutMs);
    };
    const settle = () => {
      clearTimeout(timer);
      phase = 'done';
    };
    const fail = (fault: PrinterFault, detail?: string) => {
      if (phase === 'done') return;
      settle();
      socket.destroy();
      reject(new PrinterError(fault, jobStarted, detail));
    };
    const succeed = () => {
      if (phase === 'done') return;
      settle();
      socket.end();
      // A printer that never closes its side must not keep the socket forever.
      setTimeout(() => socket.destroy(), o.timeoutMs).unref();
      resolve();
    };
    const sendJob = () => {
      phase = 'job';
      jobStarted = true;
      onSending();
      arm();
      if (o.statusCheck) socket.write(Buffer.concat([job, PAPER_STATUS]));
      else socket.end(job, succeed);
    };
    arm();
    socket.on('connect', () => {
      if (!o.statusCheck) return sendJob();
      phase = 'precheck';
      arm();
      socket.write(PAPER_STATUS);
    });
    socket.on('data', (chunk: Buffer) => {
      if (phase === 'precheck') {
        if ((chunk[0]! & PAPER_END) === PAPER_END) fail('paper_out');
        else sendJob();
      } else if (phase === 'job' && o.statusCheck) {
        succeed();
      }
    });
    socket.on('error', (e: NodeJS.ErrnoException) => fail(jobStarted ? 'connection_lost' : 'unreachable', e.code));
    socket.on('close', () => fail(jobStarted ? 'connection_lost' : 'unreachable', 'closed'));
  });
}

/**
 * Opens an existing character device for writing: never creates a file, never follows a link,
 * never becomes the app's controlling terminal (serial ports), and refuses a regular file even
 * if one sits where the device should be.
 */
async function openDevice(path: string) {
  const fh = await open(path, constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NOCTTY ?? 0));
  if ((await fh.stat()).isCharacterDevice()) return fh;
  await fh.close();
  throw new PrinterError('unreachable', false, 'not a character device');
}

/** A local device (USB/serial line printer): the driver takes the bytes or the write fails. */
export async function sendDevice(path: string, job: Buffer, o: DeliverOptions, onSending: () => void = () => {}): Promise<void> {
  let opened = false;
  let timer: NodeJS.Timeout | undefined;
  const write = (async () => {
    const fh = await openDevice(path);
    opened = true;
    onSending();
    try {
      await fh.write(job);
    } finally {
      await fh.close();
    }
  })();
  write.catch(() => undefined); // still awaited below; this only keeps a late failure after a timeout from going unhandled
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new PrinterError('timeout', opened)), o.timeoutMs)));
  try {
    await Promise.race([write, timeout]);
  } catch (e) {
    if (e instanceof PrinterError) throw e;
    throw new PrinterError(opened ? 'device_error' : 'unreachable', opened, (e as NodeJS.ErrnoException).code);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Delivers a job to `tcp://host:port` or a printer device; `onSending` runs just before its first
 * byte goes out. The device is checked again here, whatever the settings file says.
 */
export async function deliver(iface: string, job: Buffer, o: DeliverOptions, onSending: () => void = () => {}): Promise<void> {
  const tcp = /^tcp:\/\/(.+):(\d+)$/.exec(iface);
  if (tcp) return sendTcp(tcp[1]!, Number(tcp[2]), job, o, onSending);
  const device = printerDevicePath(iface);
  if (!device) throw new PrinterError('unreachable', false, 'not a printer device');
  return sendDevice(device, job, o, onSending);
}
