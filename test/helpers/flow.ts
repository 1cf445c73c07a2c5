import type { Client } from './client';
import type { Congress } from './factories';

/** Small steps of the lifecycle through the HTTP API, shared by the integration tests. */
export async function submit(deputy: Client, c: Congress, cosigners: number[] = [], title = '关于加快推进农村饮水安全巩固提升工程的建议') {
  return deputy.ok('POST', '/api/items', {
    sessionId: c.sessionId,
    title,
    body: '一、基本情况……二、存在的问题……三、建议……',
    categoryId: c.categoryIds[0],
    cosignerDeputyIds: cosigners,
  });
}

export async function item(client: Client, id: number) {
  return client.ok('GET', `/api/items/${id}`);
}

/**
 * 立案: files the item under `categoryId`, else its own category, else the congress's first
 * (accepting needs a category: an item submitted without one gets it here).
 */
export async function accept(liaison: Client, id: number, categoryId?: number) {
  const d = await item(liaison, id);
  const category = categoryId ?? d.item.categoryId ?? (await liaison.ok('GET', '/api/categories'))[0].id;
  return liaison.ok('POST', `/api/items/${id}/review`, { decision: 'accept', version: d.item.version, categoryId: category });
}

export async function assign(liaison: Client, id: number, mode: string, units: { unitId: number; role: string }[], extra: object = {}) {
  const d = await item(liaison, id);
  return liaison.ok('POST', `/api/items/${id}/assignment`, { version: d.item.version, mode, units, ...extra });
}

export async function contact(unit: Client, id: number, method = 'visit', contactedOn = '2025-03-01') {
  return unit.ok('POST', `/api/items/${id}/contacts`, {
    contactedOn,
    method,
    phase: 'before',
    participants: '承办处室负责同志',
    summary: '登门走访代表，听取意见建议。',
    deputyView: '同意办理思路',
  });
}

/** Draft → review → sign-off; returns the signed reply (not yet sent). */
export async function draftAndSign(u: { office: Client; handler: Client; leader: Client }, id: number, resultClass = 'A', extra: object = {}) {
  let r = await u.handler.ok('PUT', `/api/items/${id}/reply-draft`, {
    body: '您提出的建议收悉，现答复如下……',
    resultClass,
    publicity: 'public',
    docNumber: '湘教函〔2025〕12号',
    contactPerson: '李明',
    contactPhone: '0731-88888888',
    ...extra,
  });
  r = await u.handler.ok('POST', `/api/items/${id}/replies/${r.id}/submit`, { version: r.version });
  r = await u.office.ok('POST', `/api/items/${id}/replies/${r.id}/approve`, { version: r.version });
  r = await u.leader.ok('POST', `/api/items/${id}/replies/${r.id}/sign-off`, { version: r.version });
  return r;
}

export async function send(office: Client, id: number, reply: { id: number; version: number }) {
  return office.request('POST', `/api/items/${id}/replies/${reply.id}/send`, { version: reply.version });
}

/** An item `deputy` submits and the liaison office accepts and assigns; returns its id. */
export async function submitAndAssign(
  deputy: Client,
  liaison: Client,
  c: Congress,
  title: string,
  mode: string,
  units: { unitId: number; role: string }[],
  extra: object = {},
): Promise<number> {
  const x = await submit(deputy, c, [], title);
  await accept(liaison, x.id);
  await assign(liaison, x.id, mode, units, extra);
  return x.id;
}

/** A co-handling unit's opinion on item `id`, sent on its own task: public, with a contact (`extra` overrides). */
export async function sendCoOpinion(unit: { unitId: number; office: Client }, id: number, body: string, extra: object = {}) {
  const task = (await item(unit.office, id)).tasks.find((t: { unitId: number }) => t.unitId === unit.unitId);
  return unit.office.ok('POST', `/api/items/${id}/co-opinions`, {
    taskVersion: task.version,
    body,
    publicity: 'public',
    contactPerson: '赵敏',
    contactPhone: '0731-84567890',
    ...extra,
  });
}
