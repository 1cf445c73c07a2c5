/**
 * The JSON API under /api: one fetch wrapper (same-origin cookie session,
 * CSRF header on every state-changing request, errors as ApiError) and typed
 * helpers for the operations the workbench uses.
 */
import type { z } from 'zod';
import type { coOpinionBody, contactBody, cosignBody, evaluateBody, reviewBody, submitSuggestionBody } from '../../../domain/contracts/items';
import type { AttachmentInfo, Category, CurrentUser, DemoStatus, DeputyOption, ItemDetail, LedgerPage, LedgerParams, LoginAnswer, Session } from './types';

export interface FieldError {
  field: string;
  message: string;
}

/** A failed request: HTTP status, the server's machine code and Chinese message, field errors when present. */
export class ApiError extends Error {
  readonly status: number;
  /**
   * Usually one of `ErrorCode` (domain/error-codes.ts: every code the API answers with,
   * with its kind and Chinese message); kept `string` because another 4xx of Fastify
   * answers with Fastify's own code (FST_ERR_…) and the client adds NETWORK and HTTP_<status>.
   */
  readonly code: string;
  readonly details?: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field errors of a 400 VALIDATION_FAILED answer ([{ field: 'body.title', message }]). */
  get fieldErrors(): FieldError[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter((d): d is FieldError => typeof d === 'object' && d !== null && typeof d.field === 'string' && typeof d.message === 'string');
  }

  get isStale(): boolean {
    return this.status === 409;
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** The session's CSRF token, for a state-changing request made outside request() (a POST answered with a file). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

/** Called when a request answers 401 (session expired or signed out elsewhere). */
export function setUnauthenticatedHandler(fn: (() => void) | null) {
  onUnauthenticated = fn;
}

type Query = Record<string, string | number | boolean | readonly (string | number)[] | null | undefined>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) qs.set(k, v.join(','));
    } else {
      qs.set(k, String(v));
    }
  }
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

export async function request<T>(method: string, path: string, opts: { body?: unknown; query?: Query; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    const d = (data ?? {}) as { code?: string; message?: string; details?: unknown };
    const err = new ApiError(res.status, d.code ?? `HTTP_${res.status}`, d.message ?? fallbackMessage(res.status), d.details);
    if (res.status === 401 && !path.startsWith('/api/auth/')) onUnauthenticated?.();
    throw err;
  }
  return data as T;
}

function fallbackMessage(status: number): string {
  if (status === 401) return '请先登录';
  if (status === 403) return '没有权限进行此操作';
  if (status === 404) return '请求的内容不存在';
  if (status === 409) return '数据已被他人更新，请刷新后重试';
  if (status >= 500) return '服务器暂时无法处理请求，请稍后重试';
  return '请求失败';
}

/** Request bodies as the client sends them (Zod input types of the shared contracts). */
export type SubmitSuggestionInput = z.input<typeof submitSuggestionBody>;
export type ReviewInput = z.input<typeof reviewBody>;
export type CosignInput = z.input<typeof cosignBody>;
export type EvaluateInput = z.input<typeof evaluateBody>;
export type ContactInput = z.input<typeof contactBody>;
export type CoOpinionInput = z.input<typeof coOpinionBody>;

export const api = {
  login: (username: string, password: string) => request<LoginAnswer>('POST', '/api/auth/login', { body: { username, password } }),
  me: () => request<LoginAnswer>('GET', '/api/auth/me'),
  demoStatus: () => request<DemoStatus>('GET', '/api/demo-status'),
  logout: () => request<{ ok: true }>('POST', '/api/auth/logout'),

  listItems: (params: LedgerParams, signal?: AbortSignal) => request<LedgerPage>('GET', '/api/items', { query: { ...params }, signal }),
  getItem: (id: number, signal?: AbortSignal) => request<ItemDetail>('GET', `/api/items/${id}`, { signal }),
  submitSuggestion: (body: SubmitSuggestionInput) => request<{ id: number; number: string }>('POST', '/api/items', { body }),
  reviewSuggestion: (id: number, body: ReviewInput) => request<unknown>('POST', `/api/items/${id}/review`, { body }),
  respondCosignature: (id: number, body: CosignInput) => request<unknown>('POST', `/api/items/${id}/cosignature`, { body }),
  evaluateReply: (id: number, body: EvaluateInput) => request<unknown>('POST', `/api/items/${id}/evaluations`, { body }),
  recordContact: (id: number, body: ContactInput) => request<unknown>('POST', `/api/items/${id}/contacts`, { body }),
  sendCoOpinion: (id: number, body: CoOpinionInput) => request<unknown>('POST', `/api/items/${id}/co-opinions`, { body }),
  uploadAttachment: (id: number, body: { filename: string; mimeType: string; purpose: 'general' | 'proxyEvaluationForm' | 'scan'; contentBase64: string }) =>
    request<AttachmentInfo>('POST', `/api/items/${id}/attachments`, { body }),
  attachmentUrl: (itemId: number, attachmentId: number) => `/api/items/${itemId}/attachments/${attachmentId}`,

  listSessions: (signal?: AbortSignal) => request<Session[]>('GET', '/api/sessions', { signal }),
  listCategories: (signal?: AbortSignal) => request<Category[]>('GET', '/api/categories', { signal }),
  listDeputies: (q: string, signal?: AbortSignal) => request<DeputyOption[]>('GET', '/api/deputies', { query: { q }, signal }),
};

export type { CurrentUser };
