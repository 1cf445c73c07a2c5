import { describe, expect, it } from 'vitest';
import { ERRORS, FORBIDDEN_REASONS, type ErrorCode } from './error-codes';
import { DomainError, domainError, fieldError, forbidden, notFound } from './errors';

describe('the error catalog', () => {
  it('keys every entry by an upper-case machine code', () => {
    for (const code of Object.keys(ERRORS)) expect(code).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
  });

  it('builds an error from the code: kind and Chinese message from the catalog, parameters filled in', () => {
    const e = domainError('VIEW_NAME_TAKEN', { name: '我的方案' });
    expect(e).toBeInstanceOf(DomainError);
    expect(e).toMatchObject({ kind: 'conflict', code: 'VIEW_NAME_TAKEN', message: '已有名为「我的方案」的筛选方案，请换一个名称' });
    expect(domainError('STALE_VERSION')).toMatchObject({ kind: 'conflict', message: '数据已被他人修改，请刷新后重试', details: undefined });
    expect(domainError('EXPORT_TOO_LARGE', { total: 3, limit: 2 }, { total: 3, limit: 2 }).details).toEqual({ total: 3, limit: 2 });
  });

  it('picks the message (and, for a few codes, the kind) of the variant a site names', () => {
    expect(domainError('ALREADY_RESPONDED', { variant: 'contact' }).kind).toBe('conflict');
    expect(domainError('ALREADY_RESPONDED', { variant: 'cosignature' })).toMatchObject({ kind: 'invalid', message: '您已对该建议作出过附议回应' });
    expect(domainError('TASK_NOT_ACTIVE', { variant: 'acknowledge' })).toMatchObject({ kind: 'rule', message: '该任务不在待签收状态' });
  });

  it('keeps the helpers: not found, forbidden with a reason or a transition, field errors beside the form field', () => {
    expect(notFound('建议')).toMatchObject({ kind: 'notFound', code: 'NOT_FOUND', message: '建议不存在或无权查看' });
    expect(forbidden().message).toBe(FORBIDDEN_REASONS.default);
    expect(forbidden('noCongress')).toMatchObject({ kind: 'forbidden', code: 'FORBIDDEN', message: '当前用户不属于任何人大' });
    expect(domainError('FORBIDDEN', { action: '交办' }).message).toBe('当前角色无权“交办”');
    expect(fieldError('HELD_IN_FUTURE', 'body.heldOn').details).toEqual([{ field: 'body.heldOn', message: '活动日期不能晚于今天' }]);
  });

  it('gives every plain entry a non-empty message', () => {
    for (const [code, entry] of Object.entries(ERRORS) as [ErrorCode, (typeof ERRORS)[ErrorCode]][]) {
      if (typeof entry.message === 'string') expect(entry.message, code).not.toBe('');
    }
  });
});
