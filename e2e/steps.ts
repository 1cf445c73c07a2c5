import { expect } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { queryRows } from '../server/db/client';
import { signIn, type Harness } from './harness';

/** Browser steps shared by the lifecycle tests: open an item as someone, take an action, fill its form. */

/**
 * How long a step may take: CI runs these beside the integration tests on two
 * CPUs, where one answer from the embedded database can take many seconds.
 */
const PATIENCE = 60_000;

/**
 * Clicks these helpers repeat because the first one missed under load (a list or a dialog still
 * opening). A person would not make them on an idle machine, so click counts subtract them.
 */
export const repeatedClicks = { count: 0 };

/** antd spaces two-character labels (审 核); a label as a tolerant pattern. */
export const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

export async function openItem(h: Harness, username: string, itemId: number, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await signIn(h, username, viewport);
  await page.goto(`${h.base}/items/${itemId}`);
  await expect.poll(() => page.getByText('办理过程').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
  return page;
}

/** Opens an action's form from its button, or from the 更多操作 menu; returns the dialog. */
export async function startAction(page: Page, action: string): Promise<Locator> {
  const button = page.getByRole('button', { name: label(action) });
  await expect
    .poll(async () => (await button.count()) + (await page.getByRole('button', { name: /更多操作/ }).count()), { timeout: PATIENCE })
    .toBeGreaterThan(0);
  if (await button.count()) {
    await button.first().click();
  } else {
    await page.getByRole('button', { name: /更多操作/ }).hover();
    await page.getByRole('menuitem', { name: action }).click();
  }
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ state: 'visible', timeout: PATIENCE });
  return dialog;
}

/**
 * Presses the dialog's OK button and waits until the form closed (the server
 * accepted it). Under load a click during the dialog's opening animation can
 * miss: while the form is open, idle (not sending) and shows no error, it is
 * pressed again — a form that is sending ignores presses, so nothing is sent twice.
 */
export async function finish(page: Page, dialog: Locator, ok: string): Promise<void> {
  const button = dialog.getByRole('button', { name: label(ok) });
  const closed = async () => (await page.getByRole('dialog').count()) === 0;
  const deadline = Date.now() + PATIENCE;
  await button.click();
  while (!(await closed()) && Date.now() < deadline) {
    await page.waitForTimeout(500);
    if (await closed()) break;
    const errors = await dialog.locator('.ant-form-item-explain-error, .ant-alert-error').count();
    if (errors) break;
    const sending = await button.evaluate((b) => b.classList.contains('ant-btn-loading')).catch(() => true);
    if (!sending && Date.now() > deadline - PATIENCE + 5_000) {
      repeatedClicks.count++;
      await button.click().catch(() => undefined);
    }
  }
  if (!(await closed())) {
    // Say what the form said (a field error, the server's message) rather than only that it stayed open.
    const text = await dialog.innerText().catch(() => '');
    throw new Error(`表单未关闭（${ok}）：${text.replace(/\s+/g, ' ').slice(0, 600)}`);
  }
}

/** Picks an option of an antd Select / TreeSelect found by its form label, typing to search. */
export async function pick(page: Page, scope: Locator, field: string, search: string, option = search): Promise<void> {
  const input = scope.getByLabel(field, { exact: true });
  const item = scope.locator('.ant-form-item').filter({ has: page.getByLabel(field, { exact: true }) });
  const chosen = async () => (await item.innerText()).includes(option);
  // A click during the list's opening animation can miss under load: try again, as a person would.
  let made = 0;
  for (let attempt = 0; attempt < 3 && !(await chosen()); attempt++) {
    await input.click();
    made++;
    if (search) await input.fill(search);
    const popup = page.locator('.ant-select-dropdown:visible, .ant-select-tree-dropdown:visible').last();
    // A list that closes mid-click (a re-render under load) is opened again by the next attempt.
    await popup
      .getByText(option, { exact: true })
      .first()
      .click({ timeout: 8_000 })
      .then(() => made++)
      .catch(() => undefined);
    await expect
      .poll(chosen, { timeout: 3_000 })
      .toBe(true)
      .catch(() => undefined);
  }
  expect(await chosen()).toBe(true);
  // A person opens the list and clicks the option: two clicks; the rest were repeats.
  repeatedClicks.count += Math.max(0, made - 2);
  // A multiple select keeps its list open; clicking the dialog's title closes it as a person would.
  // A single select closes by itself: nothing more to click.
  const open = page.locator('.ant-select-dropdown:visible, .ant-select-tree-dropdown:visible');
  await page.waitForTimeout(300);
  if (await open.count()) {
    const title = scope.locator('.ant-modal-title');
    if (await title.count()) await title.click();
    else await page.keyboard.press('Escape');
  }
  await expect.poll(() => page.locator('.ant-select-dropdown:visible, .ant-select-tree-dropdown:visible').count()).toBe(0);
}

/** Clicks a radio (antd hides the input itself, so its label is what a person clicks). */
export async function chooseRadio(scope: Locator, name: string | RegExp): Promise<void> {
  const radio = scope.getByRole('radio', typeof name === 'string' ? { name, exact: true } : { name });
  // A click while the dialog is still opening can miss under load (failed once in CI with the
  // machine busy): try again, as a person would, and only then insist.
  for (let attempt = 0; attempt < 3 && !(await radio.isChecked()); attempt++) {
    if (attempt > 0) repeatedClicks.count++;
    await radio.locator('xpath=ancestor::label[1]').click();
    await expect
      .poll(() => radio.isChecked(), { timeout: 3_000 })
      .toBe(true)
      .catch(() => undefined);
  }
  await expect.poll(() => radio.isChecked()).toBe(true);
}

export async function stateOf(h: Harness, itemId: number): Promise<string> {
  const [row] = await queryRows<{ state: string }>(h.db.db, sql`select state from items where id = ${itemId}`);
  return row.state;
}

export async function expectState(h: Harness, itemId: number, state: string): Promise<void> {
  await expect.poll(() => stateOf(h, itemId), { timeout: PATIENCE }).toBe(state);
}

/** One step as one user: open the item, do `fn`, close the browser context. */
export async function as(h: Harness, username: string, itemId: number, fn: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) {
  const page = await openItem(h, username, itemId, viewport);
  try {
    await fn(page);
  } finally {
    await page.context().close();
  }
}
