// Placement measured on the renders (±1 mm): 版记 on an even page with 印发日期 1 字 from the right edge, 署名 and
// 成文日期 with and without seal — in the DOCX (LibreOffice, with Word's line rules) and in the app's PDF (Chromium).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/common/docx';
import { exportPdf } from '../../../core/node/export';
import { FONTCONFIG_FILE, PT_PER_MM, type PdfPage, hasPoppler, hasSoffice, pageLines, pdfPages, sofficeToPdfWordRules } from '../../support/render';
import { putianSizeDraft } from '../../support/synthetic-draft';

const dir = mkdtempSync(join(tmpdir(), 'qicao-place-'));
const hasChromium = existsSync(process.env.CHROME_PATH || '/usr/bin/chromium');
const ZI = 8844 / 28 / 20; // one 字 on the 版心 grid, in pt
const MM = PT_PER_MM;

type Renders = Record<'docx' | 'pdf', PdfPage[]>;

async function render(name: string, o: { internal: boolean; seal: boolean }): Promise<Renders> {
  const draft = putianSizeDraft(o);
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, await buildDocx(draft));
  const pdf = join(dir, `${name}-print.pdf`);
  await exportPdf(draft, pdf, { env: { FONTCONFIG_FILE } });
  return { docx: pdfPages(sofficeToPdfWordRules(docx, join(dir, 'lo'))), pdf: pdfPages(pdf) };
}

/** The last line on any page whose text equals `text`, with its page index. */
function findLine(pages: PdfPage[], text: string) {
  for (let i = pages.length - 1; i >= 0; i--) {
    const l = pageLines(pages[i]!).filter((x) => x.text.replace(/\s/g, '') === text).pop();
    if (l) return { ...l, page: i };
  }
  throw new Error(`line ${text} not found`);
}

describe.skipIf(!hasSoffice() || !hasPoppler() || !hasChromium)('placement in both files', () => {
  let internalSeal: Renders;
  let plain: Renders;
  beforeAll(async () => {
    internalSeal = await render('internal-seal', { internal: true, seal: true });
    plain = await render('plain', { internal: false, seal: false });
  }, 180_000);

  for (const kind of ['docx', 'pdf'] as const) {
    it(`${kind}: the 版记 is alone on the last page, an even one, 印发日期 1 字 from the right edge`, () => {
      const pages = internalSeal[kind];
      expect(pages.length % 2).toBe(0);
      const printed = findLine(pages, '中共莆田市司法局党组办公室2025年2月17日印发');
      expect(printed.page).toBe(pages.length - 1);
      const right = pages[0]!.width - 26 * MM;
      // 7.4.3: 右空一字 at 4号 (14 pt).
      expect(Math.abs(printed.xMax - (right - 14)) / MM).toBeLessThan(1);
      expect(Math.abs(printed.xMin - (28 * MM + 14)) / MM).toBeLessThan(1);
    });

    it(`${kind}: with seal, 成文日期 右空四字 and the 署名 centred over it`, () => {
      const pages = internalSeal[kind];
      const right = pages[0]!.width - 26 * MM;
      const date = findLine(pages, '2025年2月17日');
      const signer = findLine(pages, '中共莆田市司法局党组');
      expect(Math.abs(date.xMax - (right - 4 * ZI)) / MM).toBeLessThan(1);
      expect(Math.abs((signer.xMin + signer.xMax) / 2 - (date.xMin + date.xMax) / 2) / MM).toBeLessThan(1);
    });

    it(`${kind}: without seal, 署名 右空二字 and the date two 字 right of the 署名's first character`, () => {
      const pages = plain[kind];
      const right = pages[0]!.width - 26 * MM;
      const date = findLine(pages, '2025年2月17日');
      const signer = findLine(pages, '中共莆田市司法局党组');
      expect(Math.abs(signer.xMax - (right - 2 * ZI)) / MM).toBeLessThan(1);
      expect(Math.abs(date.xMin - (signer.xMin + 2 * ZI)) / MM).toBeLessThan(1);
    });
  }
});
