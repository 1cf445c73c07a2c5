/**
 * Forms validate with the shared Zod contracts (the same schemas as the
 * server) and show errors beside the fields; the server's field errors
 * (400 VALIDATION_FAILED details) land beside the same fields.
 */
import type { FormInstance } from 'antd';
import { z } from 'zod';
import zodZhCN from 'zod/v4/locales/zh-CN.js';
import { ApiError } from '../api/client';

// Messages of the shared Zod contracts that carry none of their own, in Chinese (loaded with the first form).
z.config(zodZhCN());

/** First path segment of a Zod issue or of a server field ('body.title' → 'title'). */
function fieldOf(path: readonly PropertyKey[] | string): string | null {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  const rest = typeof path === 'string' && parts[0] === 'body' ? parts.slice(1) : parts;
  return rest.length ? rest[0] : null;
}

/** Shows each message beside its field when the form has one; returns the messages that belong to no field. */
export function showFieldErrors(form: FormInstance, errors: { field: string | null; message: string }[], fields: readonly string[]): string[] {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const e of errors) {
    if (e.field && fields.includes(e.field)) byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
    else general.push(e.message);
  }
  form.setFields(fields.map((name) => ({ name, errors: byField.get(name) ?? [] })));
  return general;
}

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = body;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/**
 * The message of one issue. The contracts' own messages are kept (e.g.
 * 标题不能为空); a field left empty gets 请填写/请选择 instead of Zod's
 * generic text about types and enum values.
 */
function messageOf(issue: z.core.$ZodIssue, body: unknown): string {
  const v = valueAt(body, issue.path);
  // A rule's own message (a refinement) says more than 请选择, even when its field is empty.
  if (issue.code === 'custom') return issue.message;
  if (v === undefined || v === null || (typeof v === 'number' && Number.isNaN(v))) {
    return issue.code === 'invalid_type' && issue.expected === 'string' ? '请填写此项' : '请选择此项';
  }
  return issue.message;
}

/** Validates `body` with `schema`; on failure shows the messages beside the fields and returns the rest. */
export function validate<S extends z.ZodType>(
  schema: S,
  body: unknown,
  form: FormInstance,
  fields: readonly string[],
): { ok: true; data: z.output<S> } | { ok: false; general: string[] } {
  const r = schema.safeParse(body);
  if (r.success) {
    form.setFields(fields.map((name) => ({ name, errors: [] })));
    return { ok: true, data: r.data };
  }
  const general = showFieldErrors(
    form,
    r.error.issues.map((i) => ({ field: fieldOf(i.path), message: messageOf(i, body) })),
    fields,
  );
  return { ok: false, general };
}

/** Shows a server error: field errors beside fields; returns the message for the form's alert (null when all went beside fields). */
export function showServerError(err: unknown, form: FormInstance, fields: readonly string[]): string | null {
  if (!(err instanceof ApiError)) return '操作失败，请稍后重试';
  const fe = err.fieldErrors;
  if (fe.length) {
    const general = showFieldErrors(
      form,
      fe.map((f) => ({ field: fieldOf(f.field), message: f.message })),
      fields,
    );
    return general.length ? err.message : null;
  }
  return err.message;
}
