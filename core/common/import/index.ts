// Import of last year's notice: pasted or decoded text → a structured draft plus a report of what was found.
import { emptyDraft, paragraph } from '../model/build';
import type { Block, Draft } from '../model/types';
import { plainInline } from '../model/fields';
import { isFollowUp, walk } from '../model/walk';
import { cleanText } from './clean/index';
import { detectTraditional, toSimplifiedText } from './clean/traditional';
import { importConfidence } from './confidence';
import { computeCounts } from '../model/counts';
import { splitClosing } from './parse/closing';
import { contactInlines, readContact } from './parse/contact';
import { hanDateToArabic } from './parse/dates';
import { detectDocType } from './parse/doctype';
import { splitFront } from './parse/front';
import { withSpans } from './parse/inlines';
import { buildOutline } from './parse/outline';
import { similarity } from '../diff/text-diff';
import { FORM_RANK } from './parse/ordinals';
import { readPreamble } from './parse/preamble';
import { buildSections } from './parse/sections';
import { type ImportItem, type ImportReport, baseReport, shorten } from './report';

export type { ImportItem, ImportReport } from './report';
export { formatReport } from './report';

export interface ImportOptions {
  /** ISO timestamp for createdAt/updatedAt (tests pass a fixed one). */
  now?: string;
  /** A Traditional-Chinese text is converted to Simplified unless the clerk keeps it as it is. */
  traditional?: 'convert' | 'keep';
}

export interface ImportResult {
  draft: Draft;
  report: ImportReport;
}

const UNIT_FROM_PARTY = /^中共(.+?)(党总支|党支部|党组|党委|总支部委员会|支部委员会|委员会)/;

export function importNoticeText(text: string, opts: ImportOptions = {}): ImportResult {
  const now = opts.now ?? new Date().toISOString();
  const uncertain: ImportItem[] = [];
  const unplaced: ImportItem[] = [];
  const notes: string[] = [];

  const script = detectTraditional(text);
  const convert = script.traditional && opts.traditional !== 'keep';
  if (script.traditional) notes.push(convert ? '原文为繁体字，已转换为简体字，请核对' : '原文为繁体字，按原文保留，未转换为简体字');
  const cleaned = cleanText(convert ? toSimplifiedText(text) : text);
  if (cleaned.pinyinRemoved) notes.push(`已去除转换工具留下的拼音注音 ${cleaned.pinyinRemoved} 处（如“根據(jù)”）`);
  if (cleaned.removed.length) notes.push(`已去除网页栏目、发布信息等非正文内容 ${cleaned.removed.length} 行`);
  if (cleaned.unflattened) notes.push('原文没有分段，已按序号恢复段落，请核对分段');
  const closing = splitClosing(cleaned.lines);
  let unplacedChars = 0;
  const unplace = (message: string, l: { line: number; text: string }): void => {
    unplaced.push({ message, line: l.line, text: shorten(l.text) });
    unplacedChars += l.text.length;
  };
  for (const l of closing.trailing) unplace('成文日期之后的内容，未导入', l);
  const front = splitFront(closing.rest);
  const allText = cleaned.lines.map((l) => l.text).join('\n');
  const docType = detectDocType(front.title, allText);
  const draft = emptyDraft(docType, now);
  const f = draft.fields;

  if (front.title) f.title = front.title;
  if (front.docNumber) f.docNumber = front.docNumber;
  if (closing.signer) f.signer = closing.signer;
  const date = closing.docDate ?? (front.dateUnderTitle ? hanDateToArabic(front.dateUnderTitle) : null);
  if (closing.docDate) f.docDate = closing.docDate;
  else if (date) {
    const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(date);
    if (m) f.docDate = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  }
  const party = UNIT_FROM_PARTY.exec(front.title ?? '') ?? UNIT_FROM_PARTY.exec(closing.signer ?? '');
  if (party) {
    draft.profile.partyGroupName = party[0];
    f.unitName = party[1]!;
  } else if (closing.signer) {
    f.unitName = closing.signer.replace(/(党组|党委)$/, '');
  }
  if (f.unitName) draft.profile.fullName = f.unitName;
  if (docType === 'work-summary') {
    const y = /(\d{4})年/.exec(front.title ?? '') ?? /(\d{4})年/.exec(front.preamble[0]?.text ?? '');
    if (y) f.year = y[1]!;
  }

  // Preamble: fields bound where the text states them; counts bound in rectification notices.
  const preamble: Block[] = front.preamble.map((l) => {
    if (docType !== 'rectification') return paragraph(l.text, 'preamble');
    const read = readPreamble(l.text);
    for (const [k, v] of Object.entries(read.fields)) if (v && !(k in f)) f[k as keyof typeof f] = v;
    // Stated counts stay as published ("制定71项整改措施"); 校对 compares them with the ledger.
    return paragraph(withSpans(l.text, read.spans), 'preamble');
  });
  if (f.unitShortName && draft.profile.shortName === '') draft.profile.shortName = f.unitShortName;

  const lineOf = new Map<string, number>();
  const outline = buildOutline(front.rest);
  for (const l of outline.lead) unplace('标题层次之前的文字，未能归入任何部分', l);
  const sections = buildSections(outline.nodes, {
    docType,
    continuous: outline.continuous,
    flag: (block, message) => {
      block.uncertain = block.uncertain ? `${block.uncertain}；${message}` : message;
    },
    place: (block, line) => lineOf.set(block.id, line),
  });
  if (outline.nodes.length === 0 && front.rest.length === 0 && preamble.length > 0) {
    notes.push('未找到“一、”“（一）”等层次标题，全文按段落导入');
  }

  const tail: Block[] = [];
  for (const l of closing.contact) {
    const values = readContact(l.text);
    Object.assign(draft.profile, values);
    tail.push(paragraph(contactInlines(l.text, values), 'contact'));
  }
  for (const l of closing.closingLines) tail.push(paragraph(l.text, 'closing'));
  draft.body = [...preamble, ...sections, ...tail];
  const topForm = outline.nodes[0]?.ord.form;
  if (topForm && outline.nodes.every((n) => n.ord.form === topForm) && (topForm === 'cnParen' || topForm === 'arabic')) {
    // No 一、 level in the notice: its top headings print as they were written (（一）… or 1.…).
    draft.options.firstHeadingLevel = FORM_RANK[topForm] as 2 | 3;
  }

  statusesFromFollowUps(draft.body);
  markUnknownStatuses(draft.body);
  uncertain.push(...uncertainItems(draft.body, lineOf));
  if (!f.title) notes.push('未找到标题，已按内容判断文稿类型');
  if (!f.signer) notes.push('未找到署名（发文机关）');
  if (!f.docDate) notes.push('未找到成文日期');
  const base = baseReport(draft);
  const confidence = importConfidence({
    docType, body: draft.body, counts: computeCounts(draft.body), text: allText, unplacedChars,
    totalChars: cleaned.lines.reduce((n, l) => n + l.text.length, 0),
  });
  if (confidence.emptyLedger) {
    notes.push('原文报告了反馈问题的整改情况，但未能识别出具体问题，整改台账为空：请核对原文的层次，或在台账中手动添加问题');
  }
  return { draft, report: { ...base, script: script.traditional ? 'traditional' : 'simplified', confidence, uncertain, unplaced, notes } };
}

/**
 * A ledger problem that states no status but is listed again in 三、需进一步整改 under 基本完成/未完成 takes that
 * status (the same problem, titled the same or nearly so).
 */
function statusesFromFollowUps(body: Block[]): void {
  const followUps: Extract<Block, { type: 'problem' }>[] = [];
  const ledger: Extract<Block, { type: 'problem' }>[] = [];
  walk(body, (b, ctx) => {
    if (b.type !== 'problem') return;
    (isFollowUp(ctx.ancestors) ? followUps : ledger).push(b);
  });
  // Compared without punctuation: 三 often words the title slightly differently (县（区） / 县区).
  const key = (p: Extract<Block, { type: 'problem' }>) => plainInline(p.title).replace(/[\p{P}\s]/gu, '');
  for (const f of followUps) {
    if (f.status === 'unknown') continue;
    let best: Extract<Block, { type: 'problem' }> | null = null;
    let score = 0.8;
    for (const p of ledger) {
      if (p.status !== 'unknown') continue;
      const s = similarity(key(p), key(f));
      if (s >= score) {
        best = p;
        score = s;
      }
    }
    if (best) best.status = f.status;
  }
}

/** When some ledger problems state a status and others do not, the silent ones are flagged for the clerk. */
function markUnknownStatuses(body: Block[]): void {
  const problems: Extract<Block, { type: 'problem' }>[] = [];
  walk(body, (b, ctx) => {
    if (b.type === 'problem' && !isFollowUp(ctx.ancestors)) problems.push(b);
  });
  if (!problems.some((p) => p.status !== 'unknown')) return;
  for (const p of problems) {
    if (p.status !== 'unknown') continue;
    const message = '未找到该问题的整改状态';
    p.uncertain = p.uncertain ? `${p.uncertain}；${message}` : message;
  }
}

/** One report item per message on every block marked uncertain, in document order. */
function uncertainItems(body: Block[], lineOf: Map<string, number>): ImportItem[] {
  const out: ImportItem[] = [];
  walk(body, (b) => {
    if (!b.uncertain) return;
    const content = b.type === 'section' ? b.heading : b.type === 'problem' ? b.title : b.type === 'paragraph' ? b.content : b.lead;
    let text = plainInline(content);
    if (!text && b.type === 'section' && b.children[0]?.type === 'paragraph') text = plainInline(b.children[0].content);
    for (const message of b.uncertain.split('；')) out.push({ message, line: lineOf.get(b.id) ?? 0, text: shorten(text, 30) });
  });
  return out;
}
