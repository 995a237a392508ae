import { Desk, type DeskOptions } from './desk.js';

/** The desk and the services that live as long as it does (print queue, sync engine). */
export type DeskServices = { desk: Desk };

/** Opens a desk's data folder and starts its services; `close()` stops them all. */
export function openDesk({ dataDir, settings, now }: DeskOptions): DeskServices & { close(): void } {
  const desk = new Desk(dataDir, settings, now);
  return { desk, close: () => desk.close() };
}
