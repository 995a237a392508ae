import type { TFunction } from 'i18next';

/** What a handler may do with a scan at the counter. */
export type ScanContext = {
  /** What had focus when the scan ended: a product line, the search box… */
  focused: Element | null;
  t: TFunction;
  /** Says why a scan did nothing, in the desk's language. */
  tell(message: string): void;
  /** Shows the cases list searched for `query`. */
  searchCases(query: string): void;
};

export type ScanHandler = {
  id: string;
  /** true: the payload was this handler's (acted on, or the clerk told why not); false: try the next. */
  handle(payload: string, ctx: ScanContext): boolean | Promise<boolean>;
};

/**
 * What scanned codes mean, tried in order: a case number, a product's GTIN… An area adds its own
 * kind of code (e.g. a sale receipt's, to start a return from that sale) with `add` from its
 * mount.tsx, without touching the detector or the handlers before it.
 */
export class ScanHandlers {
  private readonly handlers: ScanHandler[] = [];

  /** Last, or just before the handler `before` names (a receipt's number may look like a GTIN). */
  add(handler: ScanHandler, { before }: { before?: string } = {}) {
    const at = before === undefined ? -1 : this.handlers.findIndex((h) => h.id === before);
    this.handlers.splice(at < 0 ? this.handlers.length : at, 0, handler);
  }

  async handle(payload: string, ctx: ScanContext) {
    for (const h of this.handlers) if (await h.handle(payload, ctx)) return;
    ctx.tell(ctx.t('scan.unknown', { code: payload }));
  }
}

export const scanHandlers = new ScanHandlers();
