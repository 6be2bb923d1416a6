// A PDF exported again after an edit (core/node/services/print-ahead.ts): the clerk exports a PDF, types, pauses
// and exports again — the host printed the saved text in the pause — then types and exports at once. Every PDF
// downloaded holds exactly the text on screen at its export (pdftotext on the downloaded file): a print made ahead
// is never delivered for other text.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINT_AHEAD_QUIET_MS } from '../../core/node/services/print-ahead';
import { SHOTS, type Session, confirmExport, newFromTemplate, startSession } from './app-helpers';

async function exportPdf(s: Session): Promise<string> {
  const { page } = s;
  await page.keyboard.press('Control+p');
  // The template's empty fields are proofreading errors: the clerk is warned and goes on.
  const download = await confirmExport(page, page.getByRole('dialog', { name: '导出 PDF' }));
  const path = await download.path();
  if (!path) throw new Error('download has no path');
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s/g, '');
}

describe('a PDF exported again after an edit', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('holds the text on screen, whether the export comes after a pause or at once', async () => {
    const { page } = s;
    await newFromTemplate(page);
    const firstParagraph = page.locator('.q-editable p.q-p').first();
    await firstParagraph.click();
    await page.keyboard.press('End');
    await page.keyboard.insertText('预先打印甲');
    expect(await exportPdf(s)).toContain('预先打印甲');

    // Typed, saved by the autosave, a pause: the text is printed in the background and the export delivers it.
    await firstParagraph.click();
    await page.keyboard.press('End');
    await page.keyboard.insertText('预先打印乙');
    await page.waitForTimeout(1_000 + PRINT_AHEAD_QUIET_MS + 3_000);
    const second = await exportPdf(s);
    expect(second).toContain('预先打印甲');
    expect(second).toContain('预先打印乙');

    // Typed and exported at once: the print made ahead is of other text, so this one is printed.
    await firstParagraph.click();
    await page.keyboard.press('End');
    await page.keyboard.insertText('预先打印丙');
    const third = await exportPdf(s);
    expect(third).toContain('预先打印乙');
    expect(third).toContain('预先打印丙');
    await page.screenshot({ path: `${SHOTS}/pdf-ahead.png` });
  }, 120_000);
});
