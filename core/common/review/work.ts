// The edited file as work paragraphs: each tracked or untracked difference from the exported text becomes a
// revision key that can be accepted or rejected, and resolve() replays the file under a set of decisions.
import { diffText } from '../diff/text-diff';
import type { DocParagraph, Revision } from './ooxml';
import type { BasePart } from './pieces';

export interface WSeg {
  kind: 'same' | 'ins' | 'del';
  text: string;
  /** Revision key: t:<id> tracked, u<n> found by comparison. */
  rev?: string;
  move?: 'from' | 'to';
  moveName?: string;
}

export interface WPara {
  anchors: number[];
  segs: WSeg[];
  mark: 'same' | 'ins' | 'del';
  markRev?: string;
  /** Present only when this revision is accepted (a new paragraph typed without tracking). */
  onlyIfAccepted?: string;
  /** Present only when this revision is rejected (a paragraph deleted without tracking). */
  onlyIfRejected?: string;
  source: DocParagraph | null;
}

export interface RevInfo {
  key: string;
  tracked: boolean;
  author: string;
  date: string;
}

export interface Work {
  paras: WPara[];
  revs: Map<string, RevInfo>;
  mode: 'anchors' | 'alignment';
}

const origText = (segs: WSeg[]) => segs.filter((s) => s.kind !== 'ins').map((s) => s.text).join('');

function fromDoc(p: DocParagraph, anchors: number[], revs: Map<string, RevInfo>): WPara {
  const key = (r: Revision | undefined, kind: string) => {
    if (!r) return undefined;
    const k = `t:${kind}:${r.id}`;
    if (!revs.has(k)) revs.set(k, { key: k, tracked: true, author: r.author, date: r.date });
    return k;
  };
  const segs: WSeg[] = p.segs.map((s) => {
    if (s.kind === 'same') return { kind: 'same', text: s.text };
    const ins = s.kind === 'ins' || s.kind === 'moveTo';
    return {
      kind: ins ? 'ins' : 'del',
      text: s.text,
      rev: key(s.rev, s.kind),
      ...(s.kind === 'moveFrom' || s.kind === 'moveTo' ? { move: s.kind === 'moveFrom' ? 'from' as const : 'to' as const, moveName: s.move ?? '' } : {}),
    };
  });
  return { anchors, segs, mark: p.mark, ...(p.mark !== 'same' ? { markRev: key(p.markRev, `mark-${p.mark}`) } : {}), source: p };
}

/** Bigram Dice similarity: Chinese text has no words; two-character shingles survive small edits. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let hit = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g);
    if (n) {
      hit++;
      grams.set(g, n - 1);
    }
  }
  return (2 * hit) / (a.length + b.length - 2);
}

/** Monotone alignment of edited paragraphs to exported ones (LCS weighted by similarity ≥ 0.5). */
function align(doc: string[], base: string[]): (number | null)[] {
  const n = doc.length;
  const m = base.length;
  const exact = new Map<string, number[]>();
  base.forEach((t, j) => exact.set(t, [...(exact.get(t) ?? []), j]));
  const score = new Float64Array((n + 1) * (m + 1));
  const sim = (i: number, j: number) => (doc[i] === base[j] ? 1 : Math.abs(doc[i]!.length - base[j]!.length) > Math.max(doc[i]!.length, base[j]!.length) * 0.6 ? 0 : similarity(doc[i]!, base[j]!));
  const at = (i: number, j: number) => i * (m + 1) + j;
  const simCache = new Map<number, number>();
  const s = (i: number, j: number) => {
    const k = i * m + j;
    let v = simCache.get(k);
    if (v === undefined) simCache.set(k, (v = doc[i] ? sim(i, j) : 0));
    return v;
  };
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const v = s(i, j);
      score[at(i, j)] = Math.max(score[at(i + 1, j)]!, score[at(i, j + 1)]!, v >= 0.5 ? v + score[at(i + 1, j + 1)]! : 0);
    }
  }
  const out: (number | null)[] = new Array(n).fill(null);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const v = s(i, j);
    if (v >= 0.5 && score[at(i, j)] === v + score[at(i + 1, j + 1)]!) {
      out[i++] = j++;
    } else if (score[at(i + 1, j)]! >= score[at(i, j + 1)]!) i++;
    else j++;
  }
  return out;
}

/** The file's paragraphs matched to the exported ones, by bookmark or (anchors gone) by text. */
export function buildWork(doc: DocParagraph[], base: BasePart[]): Work {
  const byName = new Map(base.map((b, i) => [b.name, i]));
  const revs = new Map<string, RevInfo>();
  const anchorsOf = (p: DocParagraph) => p.bookmarks.map((n) => byName.get(n)).filter((i): i is number => i !== undefined);
  const anchored = doc.some((p) => anchorsOf(p).length > 0);
  let anchorsPer: number[][];
  if (anchored) anchorsPer = doc.map(anchorsOf);
  else {
    const texts = doc.map((p) => origText(fromDoc(p, [], new Map()).segs).trim());
    const matched = align(texts, base.map((b) => b.text));
    anchorsPer = matched.map((j) => (j === null ? [] : [j]));
  }
  const paras: WPara[] = [];
  let started = false;
  let prevMarkIns = false;
  doc.forEach((p, i) => {
    const anchors = anchorsPer[i]!;
    if (anchors.length) started = true;
    const w = fromDoc(p, anchors, revs);
    const continuation = prevMarkIns; // the original paragraph goes on after a tracked paragraph break
    prevMarkIns = p.mark === 'ins';
    if (!started) return; // 版头 and anything before the title: not Qicao's text
    if (!anchors.length && !continuation && w.segs.some((s) => s.kind === 'same' && s.text.trim())) {
      // Text that was neither exported here nor tracked: a paragraph added with tracking off.
      const key = `u${revs.size}`;
      revs.set(key, { key, tracked: false, author: '', date: '' });
      w.segs = w.segs.map((s) => (s.kind === 'same' ? { ...s, kind: 'ins', rev: key } : s));
      w.onlyIfAccepted = key;
    }
    paras.push(w);
  });
  untrackedEdits(paras, base, revs);
  missingParts(paras, base, revs);
  return { paras, revs, mode: anchored ? 'anchors' : 'alignment' };
}

/** Within each anchored paragraph (and its tracked continuations), differences from the exported text. */
function untrackedEdits(paras: WPara[], base: BasePart[], revs: Map<string, RevInfo>): void {
  for (let i = 0; i < paras.length; i++) {
    const first = paras[i]!;
    if (!first.anchors.length) continue;
    const group = [first];
    while (group[group.length - 1]!.mark === 'ins' && paras[i + group.length] && !paras[i + group.length]!.anchors.length) group.push(paras[i + group.length]!);
    const baseText = first.anchors.map((a) => base[a]!.text).join('');
    const orig = group.map((g) => origText(g.segs)).join('');
    if (orig === baseText) continue;
    // Hunks in the original text's coordinates: [from, to) is text not exported (uins), del is exported text gone.
    const hunks: { from: number; to: number; del: string; key: string }[] = [];
    let at = 0;
    let open: (typeof hunks)[number] | null = null;
    for (const span of diffText(baseText, orig)) {
      if (span.op === 'equal') {
        open = null;
        at += span.text.length;
        continue;
      }
      if (!open) {
        const key = `u${revs.size}`;
        revs.set(key, { key, tracked: false, author: '', date: '' });
        open = { from: at, to: at, del: '', key };
        hunks.push(open);
      }
      if (span.op === 'delete') open.del += span.text;
      else {
        open.to += span.text.length;
        at += span.text.length;
      }
    }
    // Trim equal crumbs the diff folded into a change, so a change covers only what differs.
    for (const h of hunks) {
      const ins = orig.slice(h.from, h.to);
      let pre = 0;
      while (pre < h.del.length && pre < ins.length && h.del[pre] === ins[pre]) pre++;
      let suf = 0;
      while (suf < h.del.length - pre && suf < ins.length - pre && h.del[h.del.length - 1 - suf] === ins[ins.length - 1 - suf]) suf++;
      h.from += pre;
      h.to -= suf;
      h.del = h.del.slice(pre, h.del.length - suf);
    }
    const emitted = new Set<(typeof hunks)[number]>();
    const dels = (at: number, out: WSeg[]) => {
      for (const h of hunks) {
        if (!h.del || h.from !== at || emitted.has(h)) continue;
        emitted.add(h);
        out.push({ kind: 'del', text: h.del, rev: h.key });
      }
    };
    let pos = 0;
    for (const g of group) {
      const out: WSeg[] = [];
      for (const s of g.segs) {
        if (s.kind === 'ins') {
          out.push(s);
          continue;
        }
        const s0 = pos;
        const s1 = pos + s.text.length;
        const cuts = [s0, ...hunks.flatMap((h) => [h.from, h.to]).filter((c) => c > s0 && c < s1), s1].sort((a, b) => a - b);
        for (let k = 0; k + 1 < cuts.length; k++) {
          const a = cuts[k]!;
          const b = cuts[k + 1]!;
          if (b === a) continue;
          dels(a, out);
          const text = s.text.slice(a - s0, b - s0);
          const h = hunks.find((x) => x.from <= a && b <= x.to);
          out.push(h && s.kind === 'same' ? { kind: 'ins', text, rev: h.key } : { ...s, text });
        }
        pos = s1;
      }
      if (g === group[group.length - 1]) dels(pos, out);
      g.segs = out;
    }
    i += group.length - 1;
  }
}

/** Exported paragraphs whose anchor is gone and whose text was not matched: deleted with tracking off. */
function missingParts(paras: WPara[], base: BasePart[], revs: Map<string, RevInfo>): void {
  const seen = new Set(paras.flatMap((p) => p.anchors));
  for (let j = 0; j < base.length; j++) {
    if (seen.has(j)) continue;
    const key = `u${revs.size}`;
    revs.set(key, { key, tracked: false, author: '', date: '' });
    // Goes after the paragraph that holds the nearest earlier exported paragraph.
    let at = paras.length;
    for (let k = j - 1; k >= 0; k--) {
      const idx = paras.findIndex((p) => p.anchors.includes(k));
      if (idx >= 0) {
        at = idx + 1;
        while (at < paras.length && !paras[at]!.anchors.length && paras[at - 1]!.mark === 'ins') at++;
        break;
      }
      if (k === 0) at = 0;
    }
    if (j === 0) at = 0;
    paras.splice(at, 0, { anchors: [j], segs: [{ kind: 'del', text: base[j]!.text, rev: key }], mark: 'same', onlyIfRejected: key, source: null });
    seen.add(j);
  }
}

export interface FinalPara {
  text: string;
  /** The exported paragraph it continues; others merged into it are listed in `merged`. */
  anchor: number | null;
  merged: number[];
  /** The second half of an exported paragraph split at this offset of its exported text. */
  split?: { from: number; at: number };
}

/** Replays the file with the accepted revisions: the paragraphs as they would read. */
export function resolve(work: Work, accepted: ReadonlySet<string>): { paras: FinalPara[]; removed: number[] } {
  const out: FinalPara[] = [];
  const removed: number[] = [];
  let cur: { text: string; anchors: number[]; split?: FinalPara['split'] } | null = null;
  const close = () => {
    if (!cur) return;
    const [anchor = null, ...merged] = cur.anchors;
    if (!cur.text && anchor !== null) removed.push(...cur.anchors);
    else if (cur.text) out.push({ text: cur.text, anchor, merged, ...(cur.split ? { split: cur.split } : {}) });
    cur = null;
  };
  let owner: number | null = null; // the exported paragraph the file's paragraphs currently continue
  let consumed = 0; // exported characters of it before the current paragraph
  let pendingSplit: FinalPara['split'] | undefined;
  for (const p of work.paras) {
    if (p.anchors.length) {
      owner = p.anchors[0]!;
      consumed = 0;
    }
    if (p.onlyIfAccepted && !accepted.has(p.onlyIfAccepted)) continue;
    if (p.onlyIfRejected && accepted.has(p.onlyIfRejected)) {
      removed.push(...p.anchors);
      continue;
    }
    let text = '';
    for (const s of p.segs) {
      if (s.kind === 'same' || (s.kind === 'ins' && s.rev && accepted.has(s.rev)) || (s.kind === 'del' && !(s.rev && accepted.has(s.rev)))) text += s.text;
    }
    if (cur) {
      const c: { text: string; anchors: number[] } = cur;
      // Joining onto an emptied paragraph: that one is gone, this one keeps its identity.
      if (!c.text && c.anchors.length) {
        removed.push(...c.anchors);
        cur = { text, anchors: [...p.anchors] };
      } else cur = { text: c.text + text, anchors: [...c.anchors, ...p.anchors] };
    } else cur = { text, anchors: [...p.anchors], ...(pendingSplit && !p.anchors.length ? { split: pendingSplit } : {}) };
    pendingSplit = undefined;
    consumed += p.segs.reduce((n, s) => n + (s.kind === 'ins' ? 0 : s.text.length), 0);
    const markAccepted = p.markRev ? accepted.has(p.markRev) : false;
    const join = (p.mark === 'ins' && !markAccepted) || (p.mark === 'del' && markAccepted);
    if (!join) {
      // An accepted paragraph break inside exported text: what follows is that paragraph's second half.
      if (p.mark === 'ins' && owner !== null) pendingSplit = { from: owner, at: consumed };
      close();
    }
  }
  close();
  return { paras: out, removed };
}
