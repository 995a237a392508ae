import { v7 as uuidv7 } from 'uuid';
import type { ParsedInputOf } from '../../../shared/api/method.js';
import type { casesApi } from '../../../shared/api/cases.js';
import type { z } from 'zod';
import type { productSchema, Purchase } from '../../../shared/domain/events.js';
import { claimDeadline } from '../../../shared/law/deadline.js';
import { policyFor } from '../../../shared/domain/policy.js';
import { paidPerLine } from '../../../shared/sales/sale.js';
import { guaranteeEnds, soldOn } from '../../../shared/sales/refund-bounds.js';
import { DeskError } from '../../../shared/result.js';
import type { Desk } from '../desk.js';
import { knownSale } from './sale-link.js';
import { lineName } from '../sales/sale-view.js';
import { entersRegister } from '../../../shared/law/register.js';
import { nextRegisterNo } from '../register/register-number.js';

type Input = ParsedInputOf<typeof casesApi.openComplaint>;
type Product = z.infer<typeof productSchema>;

/**
 * With a sale and one of its lines, the product (name, code, what one unit was paid) and the
 * purchase come from the sale; the serial number is the clerk's.
 */
function fromSale(desk: Desk, product: Product | undefined, bought: Purchase & { saleId: string }): { product?: Product; purchase: Purchase } {
  const sale = knownSale(desk, bought);
  const purchase: Purchase = { receiptNo: sale.receiptNo, purchaseDate: soldOn(sale), proof: 'receipt', saleId: sale.id };
  if (!product?.saleLineId) return { product, purchase };
  const line = sale.lines.find((l) => l.id === product.saleLineId);
  if (!line) throw new DeskError('invalid_input', { fields: 'product.saleLineId' }, { fields: ['product.saleLineId'] });
  const paid = paidPerLine(sale).find((p) => p.lineId === line.id)!.paid;
  const sku = line.gtin ?? line.sku;
  return {
    purchase,
    product: {
      name: lineName(desk, line), saleLineId: line.id,
      ...(sku ? { sku } : {}),
      ...(product.serial ? { serial: product.serial } : {}),
      price: { amount: Math.round(paid / line.quantity), currency: sale.currency },
    },
  };
}

/** Files a complaint under the law version that applies, with its statutory due date, numbered in the desk's register, and the guarantee's last day when the purchase date is known. */
export function openComplaint(desk: Desk, input: Input) {
  const setup = desk.requireSetup();
  const today = desk.today();
  if (input.product?.saleLineId && !input.purchase?.saleId) throw new DeskError('invalid_input', { fields: 'purchase.saleId' }, { fields: ['purchase.saleId'] });
  const { product, purchase } = input.purchase?.saleId ? fromSale(desk, input.product, { ...input.purchase, saleId: input.purchase.saleId }) : input;
  // The item's own warranty, from the catalogue, when it is longer than the law's guarantee (its code is a GTIN or a SKU).
  const item = product?.sku ? desk.catalogue.forLine({ gtin: product.sku, sku: product.sku }, setup.language) : null;
  // The law the claim is judged by (for a law on contracts, the one of its sale's day); it stays with the case.
  const version = desk.lawFor(purchase?.purchaseDate);
  const policy = policyFor(setup.country, version, desk.policyOverrides());
  const ends = purchase ? guaranteeEnds(purchase.purchaseDate, item?.warrantyMonths, policy) : undefined;
  // A suggestion has no statutory deadline; claims and service complaints are answered within the claim period.
  const dueDate = input.kind === 'suggestion' ? undefined : claimDeadline(policy, today, input.remedy, desk.law().isDayOff).dueDate;
  return desk.runCommand(uuidv7(), (append) => {
    append('complaint.opened', {
      caseNo: desk.nextCaseNo(), country: setup.country, lawVersion: version.id, dueDate,
      ...input, product, purchase, ...(ends ? { guaranteeEnds: ends } : {}),
      // A claim in a country that keeps a complaints register (BG) takes its gapless entry number, fixed here.
      ...(policy.printsRegisterNumber && entersRegister(input.kind) ? { registerNo: nextRegisterNo(desk) } : {}),
    });
  });
}
