// The sign-off loop in Chromium: export → the leader edits the Word file in LibreOffice with change recording on →
// 导入修改稿 → accept some changes, reject one → the draft, the ledger and the versions show it; next year's draft
// starts from the accepted text.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Draft } from '../../core/common/model/types';
import { printedText, toPrinted } from '../../core/common/render/printed';
import { editWithLibreOffice } from '../support/libreoffice-edit';
import { NOTICES_DIR, describeShared } from '../support/shared';
import { SHOTS, type Session, callApi, foreignRequests, startSession } from './app-helpers';
import { editorText, openDraftByTitle } from './editor-helpers';

// The README's screenshot is refreshed only on request, so a test run leaves the tree clean.
const DOCS = 'docs/screenshots';
const UPDATE_DOCS = process.env.UPDATE_DOCS_SCREENSHOTS === '1';

describeShared('导入修改稿 (Chromium, browser host, a file LibreOffice edited)', () => {
  let s: Session;
  let draft: Draft;
  const dir = mkdtempSync(join(tmpdir(), 'qicao-e2e-review-'));
  const edited = join(dir, '领导修改稿.docx');

  beforeAll(async () => {
    s = await startSession();
    draft = (await callApi<{ draft: Draft }>(s.page, 'import.text', { text: readFileSync(join(NOTICES_DIR, 'putian-sfj-2025-notice.txt'), 'utf8') })).draft;
    const out = await callApi<{ base64: string }>(s.page, 'export.docx', { id: draft.id });
    writeFileSync(edited, editWithLibreOffice(new Uint8Array(Buffer.from(out.base64, 'base64')), {
      author: '张局长',
      track: true,
      ops: [
        ['replace', '强化政治担当抓整改', '压实政治责任抓整改'],
        ['replace', '注重统筹协调抓整改', '统筹协调推动整改'],
        ['delpara', '整改情况：严格对照我市新闻发布实施细则'],
        ['comment', '首题必政治', '李书记', '这里再核实一下。'],
      ],
    }));
    await openDraftByTitle(s.page, draft.fields.title!);
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('lists the leader\'s changes by place, with author, inserted and deleted text, and the comment in place', async () => {
    const { page } = s;
    await page.getByLabel('选择修改稿').setInputFiles(edited);
    const dialog = page.getByRole('dialog', { name: /导入修改稿/ });
    await dialog.waitFor();
    expect(await dialog.locator('.review-change').count()).toBe(3);
    expect(await dialog.locator('del').allInnerTexts()).toContain('强化政治担当抓整改');
    expect(await dialog.locator('ins').allInnerTexts()).toContain('压实政治责任抓整改');
    expect(await dialog.locator('.review-who').first().innerText()).toContain('张局长');
    const comment = dialog.locator('.review-comment');
    expect(await comment.innerText()).toMatch(/李书记[\s\S]*首题必政治[\s\S]*这里再核实一下。/);
    const group = dialog.locator('.review-group', { has: page.locator('.review-comment') });
    expect(await group.locator('h3').innerText()).toContain('1.学习贯彻党的二十大精神和习近平法治思想不够深入');
    await page.screenshot({ path: `${SHOTS}/review-dialog.png` });
    if (UPDATE_DOCS) await page.screenshot({ path: `${DOCS}/review-dialog.png` });
  });

  it('accepts two changes, rejects one: the editor, the ledger and the versions show the result', async () => {
    const { page } = s;
    const dialog = page.getByRole('dialog', { name: /导入修改稿/ });
    const rejected = dialog.locator('.review-change', { hasText: '统筹协调推动整改' });
    await rejected.getByRole('checkbox').uncheck();
    await dialog.getByRole('button', { name: /接受所选改动（2\/3）/ }).click();
    await page.locator('.notice-banner', { hasText: '已接受修改稿中的 2 处改动' }).waitFor();
    const text = await editorText(page);
    expect(text).toContain('压实政治责任抓整改');
    expect(text).toContain('注重统筹协调抓整改');
    expect(text).not.toContain('严格对照我市新闻发布实施细则');
    const stored = await callApi<Draft>(page, 'drafts.get', { id: draft.id });
    expect(toPrinted(stored).map(printedText).join('\n')).toContain('压实政治责任抓整改');
    // The problem whose only measure paragraph was deleted keeps its ledger row, now without measures.
    await page.getByRole('tab', { name: '台账' }).click();
    expect(await page.locator('.ledger-panel, [aria-label*="台账"]').first().innerText()).toContain('新闻发布制度执行不够到位');
    await page.getByRole('tab', { name: '版本' }).click();
    await page.getByRole('list', { name: '版本列表' }).locator('li', { hasText: '签发稿（据“领导修改稿.docx”' }).waitFor();
  });

  it('starts next year\'s draft from the accepted text', async () => {
    const next = await callApi<{ draft: Draft }>(s.page, 'drafts.carryForward', { id: draft.id });
    const text = toPrinted(next.draft).map(printedText).join('\n');
    expect(text).toContain('压实政治责任抓整改');
    expect(text).not.toContain('严格对照我市新闻发布实施细则');
  });

  it('made no request outside the local host', () => {
    expect(foreignRequests(s)).toEqual([]);
  });
});
