/** Labels of the domain's enums, shared by the UI and the receipts. */
export const terms = {
  caseType: { complaint: 'Complaint', return: 'Return', exchange: 'Exchange' },
  kind: { defect: 'Product defect (warranty claim)', service: 'Service complaint', suggestion: 'Suggestion' },
  remedy: { repair: 'Repair', replacement: 'Replacement', price_reduction: 'Price reduction', refund: 'Refund', withdrawal: 'Withdrawal from purchase', none: 'None' },
  status: { received: 'Received', in_progress: 'In progress', resolved: 'Resolved', closed: 'Closed', recorded: 'Recorded', voided: 'Voided' },
  outcome: { accepted: 'Accepted', partly: 'Partly accepted', rejected: 'Rejected' },
  sentTo: { service: 'Service centre', supplier: 'Supplier' },
  closedHow: { customer_informed: 'Customer informed', item_handed_back: 'Item handed back' },
  reason: { defective: 'Defective', not_as_described: 'Not as described', wrong_item: 'Wrong item', wrong_size: 'Wrong size', changed_mind: 'Changed mind', damaged_in_transit: 'Damaged in transit', other: 'Other' },
  condition: { new: 'New, sealed', opened: 'Opened', used: 'Used', damaged: 'Damaged' },
  refundMethod: { cash: 'Cash', card: 'Card', store_credit: 'Store credit' },
  proof: { receipt: 'Receipt', invoice: 'Invoice', card_statement: 'Card statement', other: 'Other proof', none: 'No proof' },
  approval: { outside_window: 'return outside the window', no_receipt: 'no accepted proof of purchase', over_limit: 'refund over the limit', void: 'void', staff: 'managing staff', enroll: 'connecting the desk to head office', printer: 'changing the printer', settle_conflict: 'settling a refund conflict', customer_data: "a customer's data" },
  solved: { yes: 'Yes', partly: 'Partly', no: 'No' },
  role: { clerk: 'Clerk', manager: 'Manager' },
};
export type Terms = typeof terms;
