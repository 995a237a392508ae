import { Desk, type DeskOptions } from './desk.js';
import { PrintService } from './printing/print-service.js';

/** The desk and the services that live as long as it does (print queue, sync engine). */
export type DeskServices = { desk: Desk; printing: PrintService };

/** Opens a desk's data folder and starts its services; `close()` stops them all. */
export function openDesk({ dataDir, settings, now }: DeskOptions): DeskServices & { close(): void } {
  const desk = new Desk(dataDir, settings, now);
  const printing = new PrintService(desk);
  desk.onInTransaction((state, events) => printing.enqueueForCommit(state, events));
  desk.onCommitted(() => printing.worker.wake());
  desk.onClose(() => printing.stop());
  printing.worker.wake(); // jobs left from the last session
  return { desk, printing, close: () => desk.close() };
}
