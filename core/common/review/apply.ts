// Accepted changes as operations on the draft: text edits into the blocks' own inline content (ordinals, labels and
// computed figures stay computed), paragraphs deleted, new paragraphs and measures, problems removed.
import { diffText } from '../diff/text-diff';
import { newId } from '../model/ids';
import { statusFromPhrase } from '../model/status';
import type { Block, Draft, Inline, ProblemBlock } from '../model/types';
import { type BasePart, type Piece, type Slot, wholeSlotsDeleted } from './pieces';
import type { FinalPara } from './work';

export type LedgerChoiceAt = (part: number, piece: Piece) => 'text' | 'keep' | 'ledger';

interface Hunk {
  from: number;
  to: number;
  ins: string;
}

function hunks(before: string, after: string): Hunk[] {
  const out: Hunk[] = [];
  let at = 0;
  let open: Hunk | null = null;
  for (const s of diffText(before, after)) {
    if (s.op === 'equal') {
      at += s.text.length;
      open = null;
      continue;
    }
    if (!open) out.push((open = { from: at, to: at, ins: '' }));
    if (s.op === 'delete') {
      at += s.text.length;
      open.to = at;
    } else open.ins += s.text;
  }
  // The diff folds short equal crumbs into a change ("二是…。三" → "三"); trim them back so a change touches only
  // what differs (a whole measure deleted then no longer cuts into the next ordinal).
  return out.map((h) => {
    const del = before.slice(h.from, h.to);
    let pre = 0;
    while (pre < del.length && pre < h.ins.length && del[pre] === h.ins[pre]) pre++;
    let suf = 0;
    while (suf < del.length - pre && suf < h.ins.length - pre && del[del.length - 1 - suf] === h.ins[h.ins.length - 1 - suf]) suf++;
    return { from: h.from + pre, to: h.to - suf, ins: h.ins.slice(pre, h.ins.length - suf) };
  });
}

const ORDINAL = /^\s*(（[0-9一二三四五六七八九十]+）|\([0-9]+\)|[一二三四五六七八九十]+是|[0-9]+[.．、]|[一二三四五六七八九十]+、)/;

function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** Finds a block and the list holding it. */
function locate(blocks: Block[], id: string): { list: Block[]; index: number } | null {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.id === id) return { list: blocks, index: i };
    const kids = b.type === 'section' || b.type === 'problem' ? b.children : null;
    const r = kids ? locate(kids, id) : null;
    if (r) return r;
  }
  return null;
}

function isoDate(text: string): string | null {
  const m = /^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$/.exec(text.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

export interface ApplyOutcome {
  draft: Draft;
  notes: string[];
}

/** Applies the resolved paragraphs to `current` (the draft as it is now), reading pieces from the exported parts. */
export function applyFinal(current: Draft, base: BasePart[], final: { paras: FinalPara[]; removed: number[] }, choice: LedgerChoiceAt): ApplyOutcome {
  const draft = clone(current);
  const notes: string[] = [];
  const slots = new Map<string, Inline[]>(); // "blockId|slot" → new inline content
  const dropSlots: Slot[] = []; // measures and items deleted whole, ordinal included
  const statusEdits: { problemId: string; phrase: string; updateLedger: boolean }[] = [];
  const removed = new Set(final.removed);
  const inserts: { after: number | null; text: string }[] = [];
  let last: number | null = null;
  const splits: { part: number; at: number }[] = [];
  final.paras.forEach((f, i) => {
    const prev = final.paras[i - 1];
    // A paragraph break typed inside exported text, tracked (f.split) or not (the two halves add up to it).
    const split = f.split ?? (f.anchor === null && prev?.anchor != null ? { from: prev.anchor, at: prev.text.length } : undefined);
    const head = split && prev?.anchor === split.from ? base[split.from] : undefined;
    if (split && head && prev && prev.text === head.text.slice(0, split.at) && f.text === head.text.slice(split.at)) {
      splits.push({ part: split.from, at: split.at });
      prev.text = head.text; // the split is the only change: no text edit for the first half
      f.text = '';
    }
  });
  for (const f of final.paras) {
    if (!f.text && f.anchor === null) continue;
    if (f.anchor === null) {
      inserts.push({ after: last, text: f.text });
      continue;
    }
    f.merged.forEach((m) => removed.add(m));
    last = f.anchor;
    const part = base[f.anchor]!;
    if (f.text !== part.text) editPart(f.anchor, part, f.text);
  }

  function editPart(index: number, part: BasePart, text: string): void {
    const pieces = part.pieces.map((p) => ({ ...p, next: p.text, asText: false }));
    const starts: number[] = [];
    let at = 0;
    for (const p of pieces) {
      starts.push(at);
      at += p.text.length;
    }
    for (const h of hunks(part.text, text).reverse()) {
      const hit = pieces.map((p, i) => ({ p, i, s: starts[i]!, e: starts[i]! + p.text.length }))
        .filter(({ s, e }) => (h.from === h.to ? s < h.from && h.from < e : h.from < e && h.to > s));
      if (!hit.length) {
        // A pure insertion on a boundary: into the editable piece on its left, else the one on its right.
        const left = pieces.findIndex((p, i) => starts[i]! + p.text.length === h.from && (p.kind === 'text' || p.kind === 'field'));
        const right = pieces.findIndex((p, i) => starts[i] === h.from && (p.kind === 'text' || p.kind === 'field' || p.kind === 'count'));
        const k = left >= 0 ? left : right;
        if (k < 0) {
          notes.push(`“${h.ins}”插在系统生成的序号或标签旁，未写入文稿：${part.text.slice(0, 16)}…`);
          continue;
        }
        const p = pieces[k]!;
        p.asText = p.kind !== 'text' ? p.kind === 'field' || p.kind === 'count' : false;
        if (p.kind === 'count' || p.kind === 'field') {
          // Insert beside the bound value, not into it: a new text piece.
          pieces.splice(left >= 0 ? k + 1 : k, 0, { kind: 'text', text: '', next: h.ins, asText: true, slot: p.slot, inline: -1, offset: 0 } as (typeof pieces)[number]);
          starts.splice(left >= 0 ? k + 1 : k, 0, h.from);
          p.asText = false;
        } else p.next = left >= 0 ? p.next + h.ins : h.ins + p.next;
        continue;
      }
      const whole = !h.ins && hit.some(({ p }) => p.kind === 'fixed') ? wholeSlotsDeleted(part, h.from, h.to) : null;
      if (whole?.length) {
        dropSlots.push(...whole);
        hit.forEach(({ p, s }) => {
          if (p.kind === 'fixed' || p.kind === 'status') return;
          const gone = whole.some((w) => w.blockId === p.slot.blockId && w.slot === p.slot.slot);
          p.next = gone ? '' : p.text.slice(0, Math.max(0, h.from - s)) + p.text.slice(Math.min(p.text.length, h.to - s));
          if (!gone && p.kind !== 'text') p.asText = true;
        });
        continue;
      }
      if (hit.some(({ p }) => p.kind === 'fixed')) {
        notes.push(`序号、标签或标点由系统生成，此处改动未写入文稿：“${part.text.slice(h.from, h.to)}”→“${h.ins}”。`);
        continue;
      }
      const status = hit.find(({ p }) => p.kind === 'status');
      if (status) {
        const c = choice(index, status.p);
        const p = status.p;
        const a = h.from - status.s;
        p.next = p.next.slice(0, Math.max(0, a)) + h.ins + p.next.slice(Math.min(p.text.length, h.to - status.s));
        if (c !== 'keep' && p.kind === 'status') statusEdits.push({ problemId: p.problemId, phrase: p.next, updateLedger: c === 'ledger' });
        continue;
      }
      const count = hit.find(({ p }) => p.kind === 'count');
      if (count && choice(index, count.p) === 'keep') continue;
      hit.forEach(({ p, s }, n) => {
        const a = Math.max(0, h.from - s);
        const b = Math.min(p.text.length, h.to - s);
        p.next = p.text.slice(0, a) + (n === 0 ? h.ins : '') + p.text.slice(b);
        if (p.kind !== 'text') p.asText = true;
      });
    }
    // Rebuild each touched slot's inline content from its pieces.
    const bySlot = new Map<string, (typeof pieces)[number][]>();
    for (const p of pieces) {
      if (p.kind === 'fixed' || p.kind === 'status') continue;
      const key = `${p.slot.blockId}|${p.slot.slot}`;
      bySlot.set(key, [...(bySlot.get(key) ?? []), p]);
    }
    for (const [key, ps] of bySlot) {
      if (ps.every((p) => p.next === p.text && !p.asText)) continue;
      const inl: Inline[] = [];
      for (const p of ps) {
        if (p.kind === 'text' || p.asText) {
          if (!p.next) continue;
          const lastInl = inl[inl.length - 1];
          if (lastInl?.t === 'text') lastInl.text += p.next;
          else inl.push({ t: 'text', text: p.next });
        } else if (p.kind === 'field') inl.push({ t: 'field', key: p.key as never });
        else if (p.kind === 'count') inl.push({ t: 'count', key: p.key as never });
      }
      slots.set(key, inl);
    }
  }

  // Write the slots into the draft.
  for (const d of dropSlots) slots.delete(`${d.blockId}|${d.slot}`);
  for (const d of dropSlots) {
    const w = locate(draft.body, d.blockId);
    const b = w?.list[w.index];
    if (b?.type === 'problem') b.measures = b.measures.filter((m) => `measure:${m.id}` !== d.slot);
    else if (b?.type === 'enumeration') b.items = b.items.filter((it) => `item:${it.id}` !== d.slot);
  }
  for (const [key, content] of slots) {
    const [blockId, slot] = key.split('|') as [string, string];
    if (slot.startsWith('field:')) {
      const field = slot.slice(6) as 'title' | 'signer' | 'docDate';
      const text = content.map((c) => (c.t === 'text' ? c.text : '')).join('');
      if (field === 'docDate') {
        const iso = isoDate(text);
        if (iso) draft.fields.docDate = iso;
        else notes.push(`成文日期改为“${text}”，无法识别为日期，未写入。`);
      } else draft.fields[field] = text;
      continue;
    }
    const where = locate(draft.body, blockId);
    if (!where) {
      notes.push('修改稿改动的段落在当前文稿中已不存在，未应用。');
      continue;
    }
    const b = where.list[where.index]!;
    if (slot === 'content' && b.type === 'paragraph') b.content = content;
    else if (slot === 'heading' && b.type === 'section') b.heading = content;
    else if (slot === 'title' && b.type === 'problem') b.title = content;
    else if (slot === 'lead' && b.type === 'enumeration') b.lead = content;
    else if (slot.startsWith('item:') && b.type === 'enumeration') {
      const it = b.items.find((x) => x.id === slot.slice(5));
      if (it) it.content = content;
    } else if (slot.startsWith('measure:') && b.type === 'problem') {
      const m = b.measures.find((x) => x.id === slot.slice(8));
      if (m) m.content = content;
    }
    b.carried = false;
  }
  for (const s of statusEdits) {
    const w = locate(draft.body, s.problemId);
    const p = w?.list[w.index];
    if (p?.type !== 'problem') continue;
    p.statusPhrase = s.phrase.replace(/。$/, '');
    const st = statusFromPhrase(s.phrase);
    if (s.updateLedger && st) p.status = st;
  }

  for (const sp of splits.reverse()) splitAt(base[sp.part]!, sp.at);
  /** A paragraph break typed inside exported text: the measure (or paragraph) becomes two. */
  function splitAt(part: BasePart, at: number): void {
    let s = 0;
    const piece = part.pieces.find((p) => {
      const hit = s <= at && at < s + p.text.length;
      if (!hit) s += p.text.length;
      return hit;
    });
    if (!piece || piece.kind !== 'text') {
      notes.push(`在“${part.text.slice(Math.max(0, at - 8), at)}”处分段：该处是序号或计算值，未拆分。`);
      return;
    }
    const w = locate(draft.body, piece.slot.blockId);
    const b = w?.list[w.index];
    const cut = (content: Inline[]): [Inline[], Inline[]] => {
      const t = content[piece.inline];
      if (t?.t !== 'text') return [content, []];
      const k = at - s;
      const head = [...content.slice(0, piece.inline), { t: 'text' as const, text: t.text.slice(0, k) }].filter((x) => x.t !== 'text' || x.text);
      const tail = [{ t: 'text' as const, text: t.text.slice(k) }, ...content.slice(piece.inline + 1)].filter((x) => x.t !== 'text' || x.text);
      return [head, tail];
    };
    if (b?.type === 'problem' && piece.slot.slot.startsWith('measure:')) {
      const i = b.measures.findIndex((m) => m.id === piece.slot.slot.slice(8));
      const m = b.measures[i];
      if (!m) return;
      const [head, tail] = cut(m.content);
      m.content = head;
      b.measures.splice(i + 1, 0, { id: newId('m'), content: tail, ...(m.status ? { status: m.status } : {}) });
    } else if (b?.type === 'paragraph' && w) {
      const [head, tail] = cut(b.content);
      b.content = head;
      w.list.splice(w.index + 1, 0, { type: 'paragraph', id: newId('p'), content: tail, ...(b.role ? { role: b.role } : {}) });
    } else notes.push(`在“${part.text.slice(Math.max(0, at - 8), at)}”处分段：此类段落不能拆分，未应用。`);
  }

  // Inserted paragraphs, after the exported paragraph they follow (in reverse so positions hold).
  for (const ins of [...inserts].reverse()) insertAfter(ins.after === null ? null : base[ins.after]!, ins.text);
  function insertAfter(part: BasePart | null, text: string): void {
    const para = (): Block => ({ type: 'paragraph', id: newId('p'), content: [{ t: 'text', text }] });
    if (!part || part.unit.kind === 'title') {
      draft.body.unshift(para());
      return;
    }
    if (part.unit.kind === 'signer' || part.unit.kind === 'date') {
      notes.push(`署名、日期之后新增的“${text.slice(0, 16)}”未写入文稿。`);
      return;
    }
    const w = part.unit.blockId ? locate(draft.body, part.unit.blockId) : null;
    if (!w) {
      notes.push(`新增段落“${text.slice(0, 16)}”找不到位置，未写入。`);
      return;
    }
    const b = w.list[w.index]!;
    if (b.type === 'problem' && (part.unit.kind === 'measure' || (part.unit.kind === 'problem' && b.measureLayout === 'block'))) {
      const m = { id: newId('m'), content: [{ t: 'text' as const, text: text.replace(ORDINAL, '') }] };
      const at = part.unit.kind === 'measure' ? b.measures.findIndex((x) => x.id === part.unit.id) + 1 : 0;
      b.measures.splice(at, 0, m);
      return;
    }
    if (b.type === 'enumeration' && part.unit.kind === 'item') {
      const at = b.items.findIndex((x) => x.id === part.unit.id) + 1;
      b.items.splice(at, 0, { id: newId('i'), content: [{ t: 'text', text: text.replace(ORDINAL, '') }] });
      return;
    }
    if (b.type === 'section' && part.unit.kind === 'heading' && !b.runIn) {
      b.children.unshift(para());
      return;
    }
    w.list.splice(w.index + 1, 0, para());
  }

  // Removed paragraphs: the element each stood for.
  const removedIds = new Set<string>();
  const drop = (list: Block[], index: number, id: string) => {
    if (removedIds.has(id)) return;
    list.splice(index, 1);
    removedIds.add(id);
  };
  const partsOf = (blockId: string) => base.filter((p) => p.unit.blockId === blockId);
  for (const i of [...removed].sort((a, b) => b - a)) {
    const part = base[i]!;
    const u = part.unit;
    if (!u.blockId) {
      notes.push(`删除了${u.kind === 'title' ? '标题' : u.kind === 'signer' ? '署名' : '成文日期'}：字段保留，请在“字段”中核对。`);
      continue;
    }
    const w = locate(draft.body, u.blockId);
    if (!w) continue;
    const b = w.list[w.index]!;
    if (u.kind === 'measure' && b.type === 'problem') {
      b.measures = b.measures.filter((m) => m.id !== u.id);
    } else if (u.kind === 'item' && b.type === 'enumeration') {
      b.items = b.items.filter((x) => x.id !== u.id);
    } else if (u.kind === 'problem' && b.type === 'problem') {
      const all = partsOf(b.id).every((p) => removed.has(base.indexOf(p)));
      if (all || (b as ProblemBlock).measures.every((m) => base.some((p, k) => p.unit.id === m.id && removed.has(k)))) {
        drop(w.list, w.index, b.id);
      } else {
        b.title = [];
        notes.push('删除了一个具体问题的标题，但其整改措施仍在：问题保留，标题已清空，请核对。');
      }
    } else if (u.kind === 'heading' && b.type === 'section') {
      const inside = base.filter((p) => p.place.length > part.place.length && p.place[part.place.length] === part.text);
      if (inside.every((p) => removed.has(base.indexOf(p)))) {
        drop(w.list, w.index, b.id);
      } else {
        b.heading = [];
        notes.push(`删除了标题“${part.text.slice(0, 20)}”，但其下内容仍在：标题已清空，请核对。`);
      }
    } else if (b.type === 'enumeration' && u.kind === 'paragraph' && b.layout === 'block' && b.items.length) {
      b.lead = [];
    } else if (!removedIds.has(b.id)) {
      w.list.splice(w.index, 1);
      removedIds.add(b.id);
    }
  }
  draft.updatedAt = current.updatedAt;
  return { draft, notes };
}
