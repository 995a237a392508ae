import type { ComplaintKind, Customer } from './events.js';

/**
 * What the counter may not record, beyond the shape of the input: the same rules in the form (said
 * before saving, next to the field) and in the core (refused with the same field paths).
 */
export type IntakeProblem = 'purchase_in_future' | 'product_required' | 'contact_required';
export type IntakeProblems = Record<string, IntakeProblem>;

/** A purchase cannot be dated after today (a typo, not a return outside its window). */
export function purchaseProblems(purchase: { purchaseDate: string } | undefined, today: string): IntakeProblems {
  return purchase && purchase.purchaseDate > today ? { 'purchase.purchaseDate': 'purchase_in_future' } : {};
}

/**
 * A claim about a faulty product names the product, and gives a way to tell the customer the
 * outcome (the Czech confirmation must carry it, and every country's deadline runs to that answer).
 */
export function complaintProblems(
  c: { kind: ComplaintKind; product?: { name?: string }; customer?: Customer; purchase?: { purchaseDate: string } },
  today: string,
): IntakeProblems {
  const problems = purchaseProblems(c.purchase, today);
  if (c.kind !== 'defect') return problems;
  if (!c.product?.name?.trim()) problems['product.name'] = 'product_required';
  if (!c.customer?.phone?.trim() && !c.customer?.email?.trim()) problems['customer.phone'] = 'contact_required';
  return problems;
}
