/** Result envelopes: every call across a process boundary answers with one, never throws. */

/** Machine-readable error kinds a caller can branch on. */
export type ErrorCode =
  | 'invalid-input'
  | 'unknown-call'
  | 'not-found'
  /** No valid session: missing, expired, forged or ended token. */
  | 'unauthorized'
  /** A session exists but its role may not make this call (or the caller may not touch this object). */
  | 'forbidden'
  | 'conflict'
  | 'unavailable'
  | 'internal';

/** A failure that crossed a boundary: `field` names the offending input path when there is one. */
export type KioskError = Readonly<{
  code: ErrorCode;
  message: string;
  field?: string;
}>;

export type Ok<T> = Readonly<{ ok: true; value: T }>;
export type Err = Readonly<{ ok: false; error: KioskError }>;
export type Result<T> = Ok<T> | Err;

/** Wraps a value as a success. */
export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });

/** Builds a failure envelope. */
export const err = (code: ErrorCode, message: string, field?: string): Err => ({
  ok: false,
  error: field === undefined ? { code, message } : { code, message, field },
});

/**
 * An error a core service throws on purpose: the dispatcher turns it into an
 * envelope with this code instead of the generic `internal`.
 */
export class KioskFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'KioskFailure';
  }
}
