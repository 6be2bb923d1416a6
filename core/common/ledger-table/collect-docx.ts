// The 进展征集 form as a Word table, for units that prefer Word: the same columns as the workbook, the draft, round,
// unit and the values as sent kept in the document's custom properties (read back on merge, like the hidden sheet).
import {
  AlignmentType, Document, PageOrientation, Packer, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow,
  TextRun, WidthType,
} from 'docx';
import { MARGIN_TW, PAPER_TW } from '../layout/gbt9704';
import { STATUSES, STATUS_LABEL } from '../model/status';
import { COLLECT_COLUMNS, type CollectSheet } from './collect';

export { COLLECT_DOCX_PROPERTY, SENT_DOCX_PROPERTY } from './collect-meta';
import { COLLECT_DOCX_PROPERTY, SENT_DOCX_PROPERTY } from './collect-meta';

const CHOICES = STATUSES.filter((s) => s !== 'unknown').map((s) => STATUS_LABEL[s]).join('／');

export async function buildCollectDocx(sheet: CollectSheet): Promise<Uint8Array> {
  const width = PAPER_TW.height - MARGIN_TW.left - MARGIN_TW.right;
  const total = COLLECT_COLUMNS.reduce((n, c) => n + c.width, 0);
  const widths = COLLECT_COLUMNS.map((c) => Math.floor((c.width / total) * width));
  const font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋', cs: '仿宋' };
  const cell = (text: string, i: number, head: boolean, locked: boolean) => new TableCell({
    width: { size: widths[i]!, type: WidthType.DXA },
    ...(locked && !head ? { shading: { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' } } : {}),
    children: (text || '').split('\n').map((line) => new Paragraph({
      alignment: head ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: [new TextRun({ text: line, size: head ? 21 : 20, bold: head, font })],
    })),
  });
  const header = new TableRow({ tableHeader: true, children: COLLECT_COLUMNS.map((c, i) => cell(c.label, i, true, c.locked)) });
  const rows = sheet.rows.map((r) => new TableRow({ children: COLLECT_COLUMNS.map((c, i) => cell(r[c.key], i, false, c.locked)) }));
  const sent = Object.fromEntries(sheet.rows.map((r) => [r.id, { problem: r.problem, measures: r.measures, unit: r.unit, deadline: r.deadline, aspect: r.aspect }]));
  const doc = new Document({
    creator: '起草 Qicao',
    title: `${sheet.meta.unit}整改进展征集表`,
    customProperties: [
      { name: COLLECT_DOCX_PROPERTY, value: JSON.stringify(sheet.meta) },
      { name: SENT_DOCX_PROPERTY, value: JSON.stringify(sent) },
    ],
    sections: [{
      properties: {
        page: {
          size: { width: PAPER_TW.width, height: PAPER_TW.height, orientation: PageOrientation.LANDSCAPE },
          margin: { top: MARGIN_TW.left, bottom: MARGIN_TW.right, left: MARGIN_TW.left, right: MARGIN_TW.right },
        },
      },
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${sheet.meta.unit}：第${sheet.meta.round}轮整改进展征集表`, size: 32, font: { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' } })] }),
        new Paragraph({ children: [new TextRun({ text: `请只填写“完成状态”（${CHOICES}）、“本期进展”“佐证材料”“填报日期”四列，灰色各列请勿改动，也不要删除“系统编号”列。`, size: 21, font })] }),
        new Table({ rows: [header, ...rows], width: { size: width, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED }),
      ],
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
