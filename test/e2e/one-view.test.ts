// One view (issue: what the clerk sees is what gets published): for the built-in templates and the imported real
// notices, the editor's page view shows, paragraph by paragraph, exactly the text the exports print — ordinals,
// status phrases and 整改情况：leads included, which the editor draws with CSS from the same core computation.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../core/common/model/types';
import { printedText, toPrinted } from '../../core/common/render/printed';
import { NOTICES_DIR as NOTICES } from '../support/shared';
import { type Session, callApi, startSession } from './app-helpers';

const FIXTURES = ['putian-sfj-2025-notice', 'haizhu-sfj-2020-report', 'qingcheng-sfj-2021-summary'];
const TEMPLATES = ['rectification-notice', 'rectification-report', 'work-summary'];

/** The page view's paragraphs as a reader sees them: each leaf's own ::before/::after content plus its text;
 *  consecutive inline leaves in one block box run on in one paragraph. Placeholders (empty leaves) and the 未更新
 *  badge are not part of the document. */
function visibleParagraphs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pseudo = (el: Element, which: '::before' | '::after'): string => {
      const c = getComputedStyle(el, which).content;
      if (!c || c === 'none' || c === 'normal') return '';
      let out = '';
      const re = /"((?:[^"\\]|\\.)*)"|attr\(([\w-]+)\)/gu;
      for (let m = re.exec(c); m; m = re.exec(c)) {
        out += m[1] !== undefined ? m[1].replace(/\\(.)/gu, '$1') : el.getAttribute(m[2]!) ?? '';
      }
      return out === '未更新' ? '' : out;
    };
    const leaves = [...document.querySelectorAll('.q-editable p, .q-editable .q-heading, .q-editable .q-problem-title, .q-editable .q-measure, .q-editable .q-enum-item, .q-editable .q-enum-lead')]
      .filter((el, i, all) => !all.some((o, j) => j !== i && o !== el && o.contains(el)));
    /** The block box an inline leaf's line belongs to: its nearest ancestor that is not itself inline. */
    const blockOf = (el: Element): Element | null => {
      let a = el.parentElement;
      while (a && getComputedStyle(a).display === 'inline') a = a.parentElement;
      return a;
    };
    const paras: string[] = [];
    let prev: Element | null = null;
    for (const el of leaves) {
      const before = pseudo(el, '::before');
      // An empty leaf shows its placeholder (guidance), which is never printed; only a bare ordinal is part of the text.
      const placeholder = el.getAttribute('data-placeholder');
      if (el.hasAttribute('data-empty') && (!before || (placeholder && before.includes(placeholder)))) continue;
      const text = before + (el.textContent ?? '') + pseudo(el, '::after');
      const inline = getComputedStyle(el).display === 'inline';
      const runsOn = inline && prev !== null && getComputedStyle(prev).display === 'inline' && blockOf(prev) === blockOf(el);
      if (runsOn) paras[paras.length - 1] += text;
      else paras.push(text);
      prev = el;
    }
    return paras.filter((p) => p.trim() !== '');
  });
}

function printedBody(draft: Draft): string[] {
  return toPrinted(draft).filter((p) => p.kind === 'body' || p.kind === 'heading').map(printedText);
}

describe('the editor shows what the exports print (Chromium, page view)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => {
    await s?.close();
  });

  async function compare(draftId: string): Promise<void> {
    const { page } = s;
    await page.reload();
    await page.getByRole('navigation', { name: '文稿库' }).waitFor();
    await page.locator(`li.draft-row[data-draft="${draftId}"] .draft-open`).click();
    await page.locator('.q-editable').waitFor();
    const draft = await callApi<Draft>(page, 'drafts.get', { id: draftId });
    const shown = await visibleParagraphs(page);
    expect(shown).toEqual(printedBody(draft));
    const closing = await page.locator('.doc-closing').innerText();
    for (const p of toPrinted(draft).filter((x) => x.kind === 'signer' || x.kind === 'date')) expect(closing).toContain(printedText(p));
    expect(await page.locator('textarea.doc-title').inputValue()).toBe(draft.fields.title ?? '');
  }

  for (const name of FIXTURES) {
    it.skipIf(!existsSync(join(NOTICES, `${name}.txt`)))(`imported ${name}`, async () => {
      const r = await callApi<{ draft: Draft }>(s.page, 'import.text', { text: readFileSync(join(NOTICES, `${name}.txt`), 'utf8') });
      await compare(r.draft.id);
    });
  }

  for (const id of TEMPLATES) {
    it(`template ${id}`, async () => {
      const d = await callApi<Draft>(s.page, 'drafts.create', { templateId: id });
      await compare(d.id);
    });
  }

  it('a layout preset chosen for export shows in the page view (28 pt lines, 34.58 mm bottom margin)', async () => {
    const { page } = s;
    const d = await callApi<Draft>(page, 'drafts.create', { templateId: 'rectification-notice' });
    const article = page.getByRole('article', { name: '文稿页面' });
    const open = async (preset: string): Promise<void> => {
      await page.evaluate(([id, p]) => localStorage.setItem(`qicao.export.${id}`, JSON.stringify({ preset: p })), [d.id, preset] as const);
      await page.reload();
      // A reload reopens the draft that was open; otherwise open it from the library.
      await page.getByRole('navigation', { name: '文稿库' }).waitFor();
      await page.locator(`li.draft-row[data-draft="${d.id}"] .draft-open`).click();
      await article.waitFor();
    };
    await open('pitch28');
    await expect.poll(() => article.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight))).toBeCloseTo((28 * 96) / 72, 2);
    await open('margin3458');
    await expect.poll(() => article.evaluate((el) => parseFloat(getComputedStyle(el).paddingBottom))).toBeCloseTo((34.58 / 25.4) * 96, 1);
  });
});
