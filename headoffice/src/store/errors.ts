/** A refusal head office explains to the caller: HTTP status, stable code, English message. */
export class HeadOfficeError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HeadOfficeError';
  }
}
