import type { ErrorCode } from '../../result.js';

export const errors: Record<ErrorCode, string> = {
  invalid_input: 'Please check: {{fields}}.',
  not_set_up: 'This desk is not set up yet. Finish the first-run setup.',
  already_set_up: 'This desk is already set up.',
  not_signed_in: 'Sign in with your PIN first.',
  wrong_pin: 'That PIN is not right.',
  manager_required: 'A manager must approve this: {{what}}.',
  not_found: 'Case not found.',
  invalid_transition: 'A case that is "{{status}}" cannot be changed that way.',
  outside_return_window: 'The return window ended on {{lastDay}}.',
  proof_required: 'This country needs a receipt or invoice as proof of purchase.',
  over_refund_limit: 'The refund is over the limit of {{limit}}.',
  void_not_same_day: 'Only a document from today can be voided.',
  not_voidable: 'Only a return or exchange that is not voided yet can be voided.',
  currency_mismatch: 'Prices must be in {{currency}} (or in {{former}} for older purchases).',
  printer_error: 'The printer did not answer: {{detail}}. The job waits and will be retried.',
  sync_error: 'Head office could not be reached: {{detail}}.',
  not_enrolled: "This desk is not connected to head office yet. Enter head office's address and a one-time code.",
  enrollment_refused: 'Head office did not accept this code: it is wrong, expired or already used. Ask head office for a new one.',
  enrollment_mismatch: 'This code is for another store or desk ({{detail}}). Check the code or the desk setup.',
  internal: 'Something went wrong. Nothing was saved; please try again.',
};
