import { Desk, type DeskOptions } from './desk.js';
import { PrintService } from './printing/print-service.js';
import { SyncEngine, type SyncOptions } from './sync/sync-engine.js';
import { CustomerPrompts } from './feedback/customer-prompts.js';
import { scheduleRetention } from './privacy/retention-sweep.js';

/** The desk and the services that live as long as it does (print queue, sync engine). */
export type DeskServices = { desk: Desk; printing: PrintService; sync: SyncEngine; customerPrompts: CustomerPrompts };
/** `sync.secrets` encrypts the head-office token at rest (Electron: safeStorage); the rest is for tests. */
export type OpenDeskOptions = DeskOptions & { sync?: SyncOptions };

/** Opens a desk's data folder and starts its services; `close()` stops them all. */
export function openDesk({ dataDir, settings, now, pinCost, sync: syncOptions }: OpenDeskOptions): DeskServices & { close(): void } {
  const desk = new Desk(dataDir, settings, now, pinCost);
  const printing = new PrintService(desk);
  desk.onInTransaction((state, events) => printing.enqueueForCommit(state, events));
  desk.onCommitted(() => printing.worker.wake());
  desk.onClose(() => printing.stop());
  printing.worker.wake(); // jobs left from the last session
  const sync = new SyncEngine(desk, syncOptions);
  desk.onCommitted(() => sync.nudge());
  desk.onClose(() => sync.stop());
  sync.start();
  const customerPrompts = new CustomerPrompts(desk);
  customerPrompts.listen();
  scheduleRetention(desk);
  return { desk, printing, sync, customerPrompts, close: () => desk.close() };
}
