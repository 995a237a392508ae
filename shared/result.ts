/** Errors cross every boundary (IPC, HTTP) as values, never as thrown strings. */
export const errorCodes = [
  'invalid_input',
  'not_set_up',
  'already_set_up',
  'not_signed_in',
  'wrong_pin',
  'pin_locked',
  'pin_taken',
  'manager_pin_short',
  'pin_change_required',
  'manager_required',
  'not_found',
  'invalid_transition',
  'outside_return_window',
  'proof_required',
  'over_refund_limit',
  'void_not_same_day',
  'not_voidable',
  'currency_mismatch',
  'sale_not_found',
  'sale_lookup_offline',
  'sale_line_returned',
  'sale_qty_over',
  'refund_method_over',
  'no_open_conflict',
  'printer_error',
  'sync_error',
  'not_enrolled',
  'enrollment_refused',
  'enrollment_mismatch',
  'enrollment_desk_taken',
  'head_office_not_https',
  'draft_too_large',
  'purchase_in_future',
  'complaint_details_missing',
  'reason_not_offered',
  'head_office_unreachable',
  'document_not_handed',
  'document_not_printed',
  'last_manager',
  'country_change_unconfirmed',
  'day_in_future',
  'manager_only',
  'logo_invalid',
  'feedback_prompt_gone',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type DeskErrorValue = {
  code: ErrorCode;
  /** Already in the desk's language. */
  message: string;
  /** Paths of the invalid fields, for invalid_input. */
  fields?: string[];
  /** What a manager must approve, for manager_required. */
  approve?: string[];
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: DeskErrorValue };

/** Thrown inside the core and turned into a Result at the boundary. */
export class DeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly extra: Pick<DeskErrorValue, 'fields' | 'approve'> = {},
  ) {
    super(code);
    this.name = 'DeskError';
  }
}
