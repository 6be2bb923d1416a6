// Export channels: DOCX and PDF from the one GB/T 9704 spec, the ledger, font checks; each export is kept as a version.
import type { ExportOutputs } from '../../common/api/channels/export';
import type { Api, ApiInput } from '../../common/api/contract';
import { fontProfileById } from '../../common/layout/fonts';
import { BUILTIN_PRESETS } from '../../common/layout/gbt9704';
import { ledgerTitle } from '../../common/ledger/ledger-rows';
import { describeMissingFonts, detectFonts } from '../export/detect-fonts';
import { buildLedgerXlsx } from '../export/export-ledger';
import { zipFiles } from '../fs/zip';
import { printDraftPdf } from '../export/record-page';
import type { Library } from '../library';
import { deliver, suggestedFileName } from './file-delivery';
import type { PrintAhead } from './print-ahead';
import type { FilePort } from './ports';

type ExportApi = Pick<Api, keyof ExportOutputs>;

function layoutOptions(i: ApiInput<'export.docx'>) {
  return {
    preset: BUILTIN_PRESETS.find((p) => p.id === (i.preset ?? 'gbt9704')),
    fonts: fontProfileById(i.fonts === 'gb2312' ? 'gb2312' : 'windows'),
    ...(i.internal !== undefined ? { internal: i.internal } : {}),
    ...(i.seal !== undefined ? { seal: i.seal } : {}),
  };
}

export function exportApi(lib: Library, files: FilePort, ahead: PrintAhead): ExportApi {
  const record = (id: string, outcome: string, name: string) => {
    if (outcome !== 'cancelled') lib.versions.recordExport(id, `导出 ${name}`);
  };
  return {
    'export.docx': async (input) => {
      const draft = lib.drafts.get(input.id);
      // The docx package is loaded on the first Word export, not when the app starts.
      const { buildDocx } = await import('../../common/docx');
      // The version is kept first so the file can name it: an edited copy coming back finds its base (导入修改稿).
      const version = lib.versions.recordExport(draft.id, '导出 Word');
      const bytes = await buildDocx(draft, { ...layoutOptions(input), versionId: version.id, zip: zipFiles });
      const r = await deliver(files, 'docx', suggestedFileName(draft, 'docx'), bytes);
      if (r.outcome === 'cancelled') lib.versions.discardExport(version.id);
      else lib.versions.relabel(version.id, `导出 ${r.fileName}`);
      return r;
    },
    'export.pdf': async (input) => {
      const draft = lib.drafts.get(input.id);
      const opts = layoutOptions(input);
      const bytes = await printDraftPdf(draft, opts, ahead.print);
      ahead.exported(draft.id, opts);
      const r = await deliver(files, 'pdf', suggestedFileName(draft, 'pdf'), bytes);
      record(draft.id, r.outcome, r.fileName);
      return r;
    },
    'export.ledger': async ({ id, format }) => {
      const draft = lib.drafts.get(id);
      const bytes = format === 'xlsx'
        ? await buildLedgerXlsx(draft)
        : await (await import('../../common/ledger/ledger-docx')).buildLedgerDocx(draft);
      return deliver(files, format, suggestedFileName(draft, format, ledgerTitle(draft)), bytes);
    },
    'export.fonts': async ({ fonts }) => {
      const report = detectFonts(fontProfileById(fonts === 'gb2312' ? 'gb2312' : 'windows'));
      return { checked: report.checked, missing: report.missing, message: describeMissingFonts(report) };
    },
  };
}
