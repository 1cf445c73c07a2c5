/**
 * Domain errors carry a machine code and a Chinese message and know nothing
 * of HTTP; server/routes/error-handler.ts maps the kind to a status.
 */
export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'notFound' | 'conflict' | 'rule' | 'locked' | 'tooLarge';

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('notFound', 'NOT_FOUND', `${what}不存在或无权查看`);
export const forbidden = (message = '无权进行此操作') => new DomainError('forbidden', 'FORBIDDEN', message);
export const staleVersion = () =>
  new DomainError('conflict', 'STALE_VERSION', '数据已被他人修改，请刷新后重试');
export const invalid = (code: string, message: string, details?: unknown) => new DomainError('invalid', code, message, details);
export const ruleViolation = (code: string, message: string, details?: unknown) => new DomainError('rule', code, message, details);
