import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, domainError, type ErrorKind } from '../../domain/errors';
import { wantsAppShell } from './web';

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  tooLarge: 413,
  locked: 423,
  rule: 422,
  unsupportedMediaType: 415,
  unavailable: 503,
  internal: 500,
};

/** The answer for a domain error: its kind's status, its code, message and details. */
const send = (reply: FastifyReply, err: DomainError) => reply.status(STATUS[err.kind]).send({ code: err.code, message: err.message, details: err.details });

/** Architecture rule 6: one handler maps domain error kinds to HTTP statuses. */
export function registerErrorHandler(app: FastifyInstance, hasWeb: () => boolean = () => false) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof DomainError) return send(reply, err);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) => ({
        field: [err.validationContext, v.instancePath.replace(/^\//, '').replaceAll('/', '.')].filter(Boolean).join('.'),
        message: v.message,
      }));
      return send(reply, domainError('VALIDATION_FAILED', { fields }, fields));
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err }, 'response serialization failed');
      return send(reply, domainError('INTERNAL'));
    }
    const pgCode = (err as { code?: string; cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code;
    if (pgCode === '23505') {
      return send(reply, domainError('DUPLICATE'));
    }
    if (pgCode === '40P01' || pgCode === '40001') {
      return send(reply, domainError('CONCURRENT_UPDATE'));
    }
    if (pgCode === '22021' || pgCode === '22P05') {
      return send(reply, domainError('INVALID_CHARACTERS'));
    }
    if (pgCode === '23503' || pgCode === '23514' || pgCode === '22P02' || pgCode === '22007' || pgCode === '22008') {
      return send(reply, domainError('CONSTRAINT_VIOLATION'));
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return send(reply, domainError('BODY_TOO_LARGE'));
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return send(reply, domainError('UNSUPPORTED_MEDIA_TYPE'));
    }
    if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError) {
      return send(reply, domainError('MALFORMED_JSON'));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own status and code (FST_ERR_…, not in the catalog), the catalog's message.
      const { code, message } = domainError('BAD_REQUEST');
      return reply.status(err.statusCode).send({ code: err.code ?? code, message });
    }
    req.log.error({ err }, 'unhandled error');
    return send(reply, domainError('INTERNAL'));
  });
  app.setNotFoundHandler((req, reply) => {
    // Client-side routes of the workbench get its index.html (when the workbench is built and served).
    if (hasWeb() && wantsAppShell(req.method, req.url)) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return send(reply, domainError('ROUTE_NOT_FOUND', { method: req.method, url: req.url }));
  });
}
