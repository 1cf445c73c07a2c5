import { describeError, type ErrorArgs, type ErrorCode, type ErrorKind, type ForbiddenReason, type PlainErrorCode } from './error-codes';

export type { ErrorArgs, ErrorCode, ErrorKind, ForbiddenReason, PlainErrorCode } from './error-codes';

/**
 * Domain errors carry a machine code and a Chinese message and know nothing
 * of HTTP; server/routes/error-handler.ts maps the kind to a status. Code,
 * kind and message come from the catalog in ./error-codes.ts: build one with
 * `domainError(code, params?, details?)`.
 */
export class DomainError extends Error {
  private constructor(
    readonly kind: ErrorKind,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** The error `code` names in the catalog, its message filled from `params`. */
  static of<C extends ErrorCode>(code: C, ...args: ErrorArgs<C>): DomainError {
    const [params, details] = args as unknown as [unknown, unknown];
    const { kind, message } = describeError(code, params);
    return new DomainError(kind, code, message, details);
  }
}

/** The typed constructor: `throw domainError('VIEW_NAME_TAKEN', { name })`; parameters and details as the catalog says. */
export function domainError<C extends ErrorCode>(code: C, ...args: ErrorArgs<C>): DomainError {
  return DomainError.of(code, ...args);
}

/** NOT_FOUND: `what` (建议, 答复, …) does not exist or the user may not see it. */
export const notFound = (what: string) => domainError('NOT_FOUND', { what });
/** FORBIDDEN, with the reason's message (default 无权进行此操作). */
export const forbidden = (reason?: ForbiddenReason) => domainError('FORBIDDEN', { reason });
/** STALE_VERSION: the version the client saw is no longer the current one. */
export const staleVersion = () => domainError('STALE_VERSION');
/** `code` (one without parameters) with details `[{ field, message }]`, so the form shows its message beside `field`. */
export function fieldError(code: PlainErrorCode, field: string): DomainError {
  const { message } = describeError(code);
  return DomainError.of(code, undefined, [{ field, message }]);
}
