// The change list the clerk reviews: the file's revisions (tracked or found by comparison) grouped into changes,
// each placed at its exported paragraph, with figures and status sentences from the ledger flagged.
import { COUNT_LABEL } from '../model/counts';
import type { CountKey } from '../model/types';
import { STATUS_LABEL, statusFromPhrase } from '../model/status';
import type { Comment, DocParagraph } from './ooxml';
import { type BasePart, type Piece, wholeSlotsDeleted } from './pieces';
import type { ReviewChange, ReviewComment } from './types';
import type { WSeg, Work } from './work';

const UNIT_LABEL: Record<BasePart['unit']['kind'], string> = {
  title: '标题',
  signer: '署名',
  date: '成文日期',
  heading: '标题',
  paragraph: '段落',
  item: '列举项',
  problem: '具体问题',
  measure: '整改措施',
};

const CONTEXT = 12;
const lenNotIns = (segs: WSeg[]) => segs.reduce((n, s) => n + (s.kind === 'ins' ? 0 : s.text.length), 0);

interface Placed {
  part: number;
  /** Offset of the paragraph's start in the part's exported text (continuations of a split paragraph). */
  offset: number;
}

/** Each work paragraph's exported paragraph and where its text starts inside it. */
function placeParas(work: Work): Placed[] {
  const out: Placed[] = [];
  let part = 0;
  let offset = 0;
  work.paras.forEach((p, i) => {
    const prev = work.paras[i - 1];
    if (p.anchors.length) {
      part = p.anchors[0]!;
      offset = 0;
    } else if (prev && prev.mark === 'ins' && !p.onlyIfAccepted) offset += lenNotIns(prev.segs);
    else offset = Number.NaN; // a new paragraph: lands after `part`
    out.push({ part, offset });
  });
  return out;
}

function piecesAt(part: BasePart, from: number, to: number): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const p of part.pieces) {
    const s = at;
    const e = at + p.text.length;
    at = e;
    if (from === to ? s < from && from < e : from < e && to > s) out.push(p);
  }
  return out;
}

function ledgerFlag(part: BasePart, from: number, to: number, inserted: string): ReviewChange['ledger'] | undefined {
  const touched = piecesAt(part, from, to);
  const count = touched.find((p) => p.kind === 'count');
  const status = touched.find((p) => p.kind === 'status');
  const apply = (p: Piece) => {
    let at = 0;
    for (const q of part.pieces) {
      if (q === p) break;
      at += q.text.length;
    }
    const a = Math.max(0, from - at);
    const b = Math.min(p.text.length, to - at);
    return p.text.slice(0, a) + inserted + p.text.slice(Math.max(a, b));
  };
  if (status) {
    const written = apply(status);
    const s = statusFromPhrase(written);
    return {
      kind: 'status', computed: status.text, written, choices: ['ledger', 'keep'], defaultChoice: 'ledger',
      message: `改动涉及该问题的整改状态表述：“${status.text}”改为“${written}”。` +
        (s ? `接受时可把台账状态更新为“${STATUS_LABEL[s]}”，或保持台账不变。` : '新表述未写明状态，接受时可只更新表述，或保持台账不变。'),
    };
  }
  if (count && count.kind === 'count') {
    const written = apply(count);
    return {
      kind: 'count', computed: count.text, written, choices: ['text', 'keep'], defaultChoice: 'text',
      message: `改动涉及按整改台账计算的${COUNT_LABEL[count.key as CountKey] ?? '数字'}：计算值为“${count.text}”，修改稿写作“${written}”。` +
        '可按修改稿保留所写数字（台账请另行核对），或保留计算值。',
    };
  }
  return undefined;
}

export function buildChanges(work: Work, base: BasePart[]): ReviewChange[] {
  const placed = placeParas(work);
  const out: ReviewChange[] = [];
  const consumedMarks = new Set<string>();
  const moves = new Map<string, ReviewChange>();
  const info = (revs: string[]) => {
    const t = revs.map((r) => work.revs.get(r)).find((r) => r?.tracked);
    return { tracked: !!t, author: t?.author ?? '', date: t?.date ?? '' };
  };
  const add = (c: Omit<ReviewChange, 'id' | 'place' | 'unitLabel' | 'tracked' | 'author' | 'date'>) => {
    const part = base[c.part];
    const change: ReviewChange = {
      id: `c${out.length + 1}`,
      ...info(c.revs),
      place: part ? [...part.place] : [],
      unitLabel: part ? UNIT_LABEL[part.unit.kind] : '段落',
      ...c,
    };
    // A new paragraph is not the paragraph it follows: after a measure it becomes a measure, else a paragraph.
    if (c.kind === 'paragraph-inserted') change.unitLabel = part && (part.unit.kind === 'measure' || part.unit.kind === 'problem') ? '整改措施' : '段落';
    out.push(change);
    return change;
  };
  work.paras.forEach((p, i) => {
    const { part, offset } = placed[i]!;
    const prev = work.paras[i - 1];
    const text = (segs: WSeg[]) => segs.map((s) => s.text).join('');
    if (p.onlyIfAccepted) {
      add({ kind: 'paragraph-inserted', inserted: text(p.segs), deleted: '', before: base[part]?.text.slice(-CONTEXT) ?? '', after: '', part, applicable: true, revs: [p.onlyIfAccepted] });
      return;
    }
    if (p.onlyIfRejected) {
      add({ kind: 'paragraph-deleted', inserted: '', deleted: text(p.segs), before: '', after: '', part, applicable: true, revs: [p.onlyIfRejected] });
      return;
    }
    const nonEmpty = p.segs.filter((s) => s.text);
    if (prev?.mark === 'ins' && prev.markRev && nonEmpty.length && nonEmpty.every((s) => s.kind === 'ins' && s.rev?.startsWith('t:'))) {
      consumedMarks.add(prev.markRev);
      add({ kind: 'paragraph-inserted', inserted: text(nonEmpty), deleted: '', before: base[part]?.text.slice(-CONTEXT) ?? '', after: '', part, applicable: true,
        revs: [prev.markRev, ...new Set(nonEmpty.map((s) => s.rev!))] });
    } else if (p.mark === 'del' && p.markRev && nonEmpty.length && nonEmpty.every((s) => s.kind === 'del' && s.rev?.startsWith('t:'))) {
      consumedMarks.add(p.markRev);
      add({ kind: 'paragraph-deleted', inserted: '', deleted: text(nonEmpty), before: '', after: '', part, applicable: true,
        revs: [...new Set(nonEmpty.map((s) => s.rev!)), p.markRev] });
    } else {
      // Runs of changed segments between unchanged text make one change each.
      let k = 0;
      let baseAt = Number.isNaN(offset) ? 0 : offset;
      while (k < p.segs.length) {
        const s = p.segs[k]!;
        if (s.kind === 'same') {
          baseAt += s.text.length;
          k++;
          continue;
        }
        const run: WSeg[] = [];
        while (k < p.segs.length && p.segs[k]!.kind !== 'same') run.push(p.segs[k++]!);
        const from = baseAt;
        for (const m of run) if (m.kind === 'del') baseAt += m.text.length;
        const plain = run.filter((m) => !m.move);
        for (const m of run.filter((x) => x.move)) {
          const name = m.moveName ?? '';
          const known = moves.get(name);
          if (known) {
            if (m.move === 'from') known.deleted += m.text;
            else known.inserted += m.text;
            if (m.rev && !known.revs.includes(m.rev)) known.revs.push(m.rev);
          } else {
            moves.set(name, add({ kind: 'move', inserted: m.move === 'to' ? m.text : '', deleted: m.move === 'from' ? m.text : '', before: '', after: '', part, applicable: true,
              revs: m.rev ? [m.rev] : [], note: '移动的文字：接受即按新位置，拒绝即留在原处。' }));
          }
        }
        if (!plain.length) continue;
        const inserted = plain.filter((m) => m.kind === 'ins').map((m) => m.text).join('');
        const deleted = plain.filter((m) => m.kind === 'del').map((m) => m.text).join('');
        const b = base[part];
        const newPara = Number.isNaN(offset);
        // A tracked rewrite often deletes and re-inserts shared characters: look only at what differs.
        let pre = 0;
        while (pre < inserted.length && pre < deleted.length && inserted[pre] === deleted[pre]) pre++;
        let suf = 0;
        while (suf < inserted.length - pre && suf < deleted.length - pre && inserted[inserted.length - 1 - suf] === deleted[deleted.length - 1 - suf]) suf++;
        const ledger = b && !newPara ? ledgerFlag(b, from + pre, baseAt - suf, inserted.slice(pre, inserted.length - suf)) : undefined;
        const touched = b && !newPara ? piecesAt(b, from + pre, baseAt - suf) : [];
        const fixedOnly = touched.some((x) => x.kind === 'fixed') && !(b && !inserted && wholeSlotsDeleted(b, from, baseAt)?.length);
        add({
          kind: inserted && deleted ? 'replace' : inserted ? 'insert' : 'delete',
          inserted, deleted,
          before: b && !newPara ? b.text.slice(Math.max(0, from - CONTEXT), from) : '',
          after: b && !newPara ? b.text.slice(baseAt, baseAt + CONTEXT) : '',
          part, applicable: !fixedOnly,
          ...(fixedOnly ? { note: '此处是系统生成的序号、标签或标点（按台账和版式计算），改动只报告，不写入文稿。' } : {}),
          ...(ledger ? { ledger } : {}),
          revs: [...new Set(plain.map((m) => m.rev!).filter(Boolean))],
        });
      }
    }
    if (p.markRev && !consumedMarks.has(p.markRev)) {
      const next = work.paras[i + 1];
      const splitting = p.mark === 'ins';
      if (!(splitting && next && next.segs.filter((s) => s.text).every((s) => s.kind === 'ins' && s.rev?.startsWith('t:')) && next.segs.some((s) => s.text))) {
        add({ kind: splitting ? 'split' : 'merge', inserted: '', deleted: '', before: text(p.segs).slice(-CONTEXT), after: next ? text(next.segs).slice(0, CONTEXT) : '', part, applicable: true,
          revs: [p.markRev], note: splitting ? '在此处分为两段（整改措施拆分为两条）。' : '与下一段合并为一段。' });
      }
    }
    for (const f of p.source?.formats ?? []) {
      add({ kind: 'format', inserted: '', deleted: '', before: f.text.slice(0, CONTEXT * 2), after: '', part, applicable: false, revs: [],
        note: f.what === 'run' ? '文字格式改动（如加粗、字号）：只报告，文稿格式按 GB/T 9704 统一生成。' : '段落格式改动：只报告，不应用。' });
      const last = out[out.length - 1]!;
      last.author = f.author;
      last.date = f.date;
      last.tracked = true;
    }
  });
  return joinUntrackedSplits(out);
}

/** Tracking off, a paragraph break typed inside a paragraph reads as "tail deleted" + "new paragraph = that tail". */
function joinUntrackedSplits(list: ReviewChange[]): ReviewChange[] {
  const out: ReviewChange[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1];
    if (b && !a.tracked && !b.tracked && a.kind === 'delete' && a.after === '' && b.kind === 'paragraph-inserted' && b.inserted === a.deleted && b.part === a.part) {
      out.push({ ...a, kind: 'split', deleted: '', inserted: '', before: a.before, after: a.deleted.slice(0, CONTEXT), applicable: true,
        note: '在此处分为两段（整改措施拆分为两条）。', revs: [...a.revs, ...b.revs] });
      i++;
    } else out.push(a);
  }
  return out.map((c, k) => ({ ...c, id: `c${k + 1}` }));
}

function paraText(p: DocParagraph): string {
  return p.segs.filter((s) => s.kind !== 'ins' && s.kind !== 'moveTo').map((s) => s.text).join('');
}

export function buildComments(work: Work, comments: Comment[], base: BasePart[]): ReviewComment[] {
  const placed = placeParas(work);
  const where = new Map<string, { part: number; quote: string }>();
  work.paras.forEach((p, i) => {
    const src = p.source;
    if (!src) return;
    for (const c of src.comments) {
      const text = paraText(src);
      const end = src.commentEnds.find((e) => e.id === c.id)?.offset ?? text.length;
      where.set(c.id, { part: placed[i]!.part, quote: text.slice(c.offset, Math.max(c.offset, end)).slice(0, 60) });
    }
  });
  return comments
    .filter((c) => !c.parentId)
    .map((c) => {
      const w = where.get(c.id) ?? { part: 0, quote: '' };
      return {
        id: c.id, author: c.author, date: validDate(c.date), text: c.text, quote: w.quote, part: w.part, place: base[w.part]?.place ?? [], done: !!c.done,
        replies: comments.filter((r) => r.parentId === c.id).map((r) => ({ id: r.id, author: r.author, date: validDate(r.date), text: r.text })),
      };
    });
}

/** LibreOffice writes 0-00-00T00:00:00Z for a comment without a date. */
export function validDate(d: string): string {
  return /^[1-9][0-9]{3}-/.test(d) ? d : '';
}
