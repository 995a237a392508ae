import type { Approval, Purchase, ReasonCode } from '../../../shared/domain/events.js';
import { returnApprovalsNeeded } from '../../../shared/domain/policy.js';
import type { Desk } from '../desk.js';

/**
 * Checks a return or exchange against the country pack. What the clerk may not do alone
 * (outside the window, no accepted proof, over the limit) needs a manager's PIN; without one the
 * command is refused with the list of what to approve.
 */
export async function approvalFor(desk: Desk, purchase: Purchase, reasons: ReasonCode[], refundAmount: number, approvalPin: string | undefined): Promise<Approval | undefined> {
  const needs = returnApprovalsNeeded(desk.policy(), { purchaseDate: purchase.purchaseDate, proof: purchase.proof, reasons, refundAmount, today: desk.today() });
  if (!needs.length) return undefined;
  const manager = await desk.staff.approvingManager(approvalPin, needs);
  return { managerId: manager.id, reasons: needs };
}
