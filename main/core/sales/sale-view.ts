import type { SaleView } from '../../../shared/api/sales.js';
import type { Sale, SaleLine } from '../../../shared/sales/sale.js';
import { guaranteeEnds, saleBalance, soldOn } from '../../../shared/sales/refund-bounds.js';
import type { Desk } from '../desk.js';

/**
 * A sale line's name as the counter shows, records and prints it: the catalogue's in the desk's
 * language, else the till's (so the clerk's screen, the case and the paper say the same).
 */
export const lineName = (desk: Desk, line: SaleLine) => desk.catalogue.forLine(line, desk.requireSetup().language)?.name ?? line.name;

/**
 * A sale as the counter shows it: each line with what every desk has returned of it (this desk's
 * cases not yet synced included) and what is left, its catalogue name, returnability and guarantee.
 */
export function saleView(desk: Desk, sale: Sale, source: SaleView['source']): SaleView {
  const { language } = desk.requireSetup();
  const pack = desk.policy();
  const balance = saleBalance(sale, desk.sales.refundsOf(sale.id));
  const day = soldOn(sale);
  return {
    sale,
    soldOn: day,
    source,
    methods: balance.methods,
    lines: sale.lines.map((line, i) => {
      const item = desk.catalogue.forLine(line, language);
      return {
        ...line,
        ...balance.lines[i]!,
        displayName: lineName(desk, line),
        returnable: item?.returnable ?? null,
        warrantyMonths: item?.warrantyMonths ?? null,
        guaranteeEnds: guaranteeEnds(day, item?.warrantyMonths, pack),
      };
    }),
  };
}
