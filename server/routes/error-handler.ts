import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, type ErrorKind } from '../../domain/errors';
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
};

/** Architecture rule 6: one handler maps domain error kinds to HTTP statuses. */
export function registerErrorHandler(app: FastifyInstance, hasWeb: () => boolean = () => false) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof DomainError) {
      return reply.status(STATUS[err.kind]).send({ code: err.code, message: err.message, details: err.details });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) => ({
        field: [err.validationContext, v.instancePath.replace(/^\//, '').replaceAll('/', '.')].filter(Boolean).join('.'),
        message: v.message,
      }));
      return reply.status(400).send({
        code: 'VALIDATION_FAILED',
        message: `输入有误：${fields.map((f) => `${f.field} ${f.message}`).join('；')}`,
        details: fields,
      });
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err }, 'response serialization failed');
      return reply.status(500).send({ code: 'INTERNAL', message: '服务器内部错误' });
    }
    const pgCode = (err as { code?: string; cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code;
    if (pgCode === '23505') {
      return reply.status(409).send({ code: 'DUPLICATE', message: '数据重复，与已有记录冲突' });
    }
    if (pgCode === '40P01' || pgCode === '40001') {
      return reply.status(409).send({ code: 'CONCURRENT_UPDATE', message: '与他人的操作冲突，请刷新后重试' });
    }
    if (pgCode === '22021' || pgCode === '22P05') {
      return reply.status(400).send({ code: 'INVALID_CHARACTERS', message: '输入含有无效字符' });
    }
    if (pgCode === '23503' || pgCode === '23514' || pgCode === '22P02' || pgCode === '22007' || pgCode === '22008') {
      return reply.status(400).send({ code: 'CONSTRAINT_VIOLATION', message: '输入的数据不符合约束' });
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send({ code: 'BODY_TOO_LARGE', message: '提交的内容过大' });
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send({ code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的内容类型' });
    }
    if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError) {
      return reply.status(400).send({ code: 'MALFORMED_JSON', message: '请求内容不是有效的 JSON' });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send({ code: err.code ?? 'BAD_REQUEST', message: '请求无效' });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: '服务器内部错误' });
  });
  app.setNotFoundHandler((req, reply) => {
    // Client-side routes of the workbench get its index.html (when the workbench is built and served).
    if (hasWeb() && wantsAppShell(req.method, req.url)) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.status(404).send({ code: 'ROUTE_NOT_FOUND', message: `接口不存在：${req.method} ${req.url}` });
  });
}
