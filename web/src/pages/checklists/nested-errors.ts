/**
 * Errors beside nested fields (a checklist's entries: entries.2.dueOn), for the forms whose lists
 * web/src/lib/forms.ts (first path segment only) cannot place: the shared contract's issues before
 * sending, the server's field errors after.
 */
import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { ApiError } from '../../api/client';

type Path = (string | number)[];
const toPath = (p: readonly PropertyKey[] | string): Path =>
  (typeof p === 'string' ? p.split('.').filter((x, i) => !(i === 0 && x === 'body')) : p.map(String)).map((x) =>
    /^\d+$/.test(String(x)) ? Number(x) : String(x),
  );

/** Sets each message on its field (the nearest one the form has); returns the messages no field took. */
function place(form: FormInstance, errors: { path: Path; message: string }[], known: (path: Path) => boolean): string[] {
  const general: string[] = [];
  const byField = new Map<string, { name: Path; errors: string[] }>();
  for (const e of errors) {
    let p = e.path;
    while (p.length && !known(p)) p = p.slice(0, -1);
    if (!p.length) {
      general.push(e.message);
      continue;
    }
    const key = JSON.stringify(p);
    byField.set(key, { name: p, errors: [...(byField.get(key)?.errors ?? []), e.message] });
  }
  form.setFields([...byField.values()]);
  return general;
}

function valueAt(body: unknown, path: Path): unknown {
  let v: unknown = body;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/**
 * Validates `body` with the contract; on failure places the messages and returns the rest. A field left
 * empty whose rule is a check of its form (a date) is asked for (请选择此项) instead of told its format.
 */
export function checkNested<S extends z.ZodType>(schema: S, body: unknown, form: FormInstance, known: (path: Path) => boolean) {
  const r = schema.safeParse(body);
  if (r.success) return { ok: true as const, data: r.data };
  const issues = r.error.issues.map((i) => {
    const path = toPath(i.path);
    const v = valueAt(body, path);
    const empty = v === '' || v === undefined || v === null;
    return { path, message: empty && i.code === 'custom' ? '请选择此项' : i.message };
  });
  return { ok: false as const, general: place(form, issues, known) };
}

/** A server error: its field errors beside their fields, the message for the alert (null when every error found its field). */
export function serverNested(err: unknown, form: FormInstance, known: (path: Path) => boolean): string | null {
  if (!(err instanceof ApiError)) return '操作失败，请稍后重试';
  if (!err.fieldErrors.length) return err.message;
  const general = place(
    form,
    err.fieldErrors.map((f) => ({ path: toPath(f.field), message: f.message })),
    known,
  );
  return general.length ? err.message : null;
}
