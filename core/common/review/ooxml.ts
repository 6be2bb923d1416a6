// word/document.xml and word/comments*.xml as the review needs them: paragraphs with their runs marked as kept,
// inserted, deleted or moved (w:ins, w:del/w:delText, w:moveFrom/w:moveTo), paragraph marks inserted or deleted
// (w:pPr/w:rPr/w:ins|w:del), formatting-only changes (w:rPrChange, w:pPrChange), Qicao's anchor bookmarks and the
// places where comments start.
import { scanXml } from './xml';

export interface Revision {
  id: string;
  author: string;
  date: string;
}

export type SegKind = 'same' | 'ins' | 'del' | 'moveFrom' | 'moveTo';

export interface Seg {
  kind: SegKind;
  text: string;
  rev?: Revision;
  /** w:name of the move range, pairing a moveFrom with its moveTo. */
  move?: string;
}

export interface FormatChange extends Revision {
  what: 'run' | 'paragraph';
  /** The text whose formatting changed (empty for a paragraph). */
  text: string;
}

export interface DocParagraph {
  /** Bookmark names starting in this paragraph. */
  bookmarks: string[];
  segs: Seg[];
  /** The paragraph mark: inserted (the paragraph was split here) or deleted (joined with the next). */
  mark: 'same' | 'ins' | 'del';
  markRev?: Revision;
  formats: FormatChange[];
  /** Comments whose range starts here, with the offset in the paragraph's original (reject-all) text. */
  comments: { id: string; offset: number }[];
  /** Comment ranges that end here, with the offset. */
  commentEnds: { id: string; offset: number }[];
}

const rev = (a: Record<string, string>): Revision => ({ id: a['w:id'] ?? '', author: a['w:author'] ?? '', date: a['w:date'] ?? '' });

/** Length of the paragraph's text as it was before the tracked changes. */
export function originalLength(p: DocParagraph): number {
  let n = 0;
  for (const s of p.segs) if (s.kind === 'same' || s.kind === 'del' || s.kind === 'moveFrom') n += s.text.length;
  return n;
}

export function readDocumentXml(xml: string): DocParagraph[] {
  const out: DocParagraph[] = [];
  let p: DocParagraph | null = null;
  let depth = 0; // nested w:p (text boxes) are read as part of their outer paragraph's flow: ignored
  const wrap: { kind: SegKind; rev: Revision; move?: string }[] = [];
  // Word wraps moved runs in w:moveFrom/w:moveTo with ids of their own; the enclosing range's w:name pairs them.
  const moveRange = { from: '', to: '' };
  let inPPr = false;
  let inRPrOfPPr = false;
  let inRun = false;
  let inChange = 0; // inside w:rPrChange/w:pPrChange: the old properties, not content
  let textTag: 't' | 'delText' | null = null;
  let runFormat: FormatChange | null = null;
  let runText = '';
  let origAt = 0;
  const addText = (text: string) => {
    if (!p || !text) return;
    const top = wrap[wrap.length - 1];
    const kind: SegKind = top?.kind ?? 'same';
    const last = p.segs[p.segs.length - 1];
    if (last && last.kind === kind && last.rev?.id === top?.rev.id) last.text += text;
    else p.segs.push({ kind, text, ...(top ? { rev: top.rev } : {}), ...(top?.move ? { move: top.move } : {}) });
    if (kind === 'same' || kind === 'del' || kind === 'moveFrom') origAt += text.length;
    runText += text;
  };
  scanXml(xml, {
    open(name, a) {
      if (name === 'w:p') {
        depth++;
        if (depth === 1) {
          p = { bookmarks: [], segs: [], mark: 'same', formats: [], comments: [], commentEnds: [] };
          origAt = 0;
        }
        return;
      }
      if (name === 'w:moveFromRangeStart') moveRange.from = a['w:name'] ?? '';
      if (name === 'w:moveToRangeStart') moveRange.to = a['w:name'] ?? '';
      if (!p || depth !== 1) return;
      switch (name) {
        case 'w:pPr': inPPr = true; break;
        case 'w:rPr': if (inPPr) inRPrOfPPr = true; break;
        case 'w:ins': case 'w:del':
          if (inRPrOfPPr && !inChange) {
            p.mark = name === 'w:ins' ? 'ins' : 'del';
            p.markRev = rev(a);
          } else if (!inPPr && !inChange) wrap.push({ kind: name === 'w:ins' ? 'ins' : 'del', rev: rev(a) });
          break;
        case 'w:moveFrom': case 'w:moveTo':
          if (inRPrOfPPr && !inChange) {
            p.mark = name === 'w:moveTo' ? 'ins' : 'del';
            p.markRev = rev(a);
          } else if (!inPPr && !inChange) wrap.push({ kind: name === 'w:moveFrom' ? 'moveFrom' : 'moveTo', rev: rev(a), move: (name === 'w:moveFrom' ? moveRange.from : moveRange.to) || `${a['w:author'] ?? ''}${a['w:date'] ?? ''}` });
          break;
        case 'w:rPrChange': inChange++; if (inRun) runFormat = { ...rev(a), what: 'run', text: '' }; break;
        case 'w:pPrChange': inChange++; p.formats.push({ ...rev(a), what: 'paragraph', text: '' }); break;
        case 'w:r': inRun = true; runText = ''; runFormat = null; break;
        case 'w:t': textTag = 't'; break;
        case 'w:delText': textTag = 'delText'; break;
        case 'w:tab': if (inRun && !inChange) addText('\t'); break;
        case 'w:bookmarkStart': if (a['w:name']) p.bookmarks.push(a['w:name']); break;
        case 'w:commentRangeStart': p.comments.push({ id: a['w:id'] ?? '', offset: origAt }); break;
        case 'w:commentRangeEnd': p.commentEnds.push({ id: a['w:id'] ?? '', offset: origAt }); break;
        case 'w:commentReference':
          // Comments without a range (LibreOffice writes a point comment this way) sit where their reference is.
          if (!p.comments.some((c) => c.id === a['w:id']) && !out.some((q) => q.comments.some((c) => c.id === a['w:id']))) {
            p.comments.push({ id: a['w:id'] ?? '', offset: origAt });
          }
          break;
        default:
      }
    },
    close(name) {
      if (name === 'w:p') {
        if (depth === 1 && p) out.push(p);
        depth--;
        if (depth === 0) p = null;
        return;
      }
      if (!p || depth !== 1) return;
      switch (name) {
        case 'w:pPr': inPPr = false; break;
        case 'w:rPr': inRPrOfPPr = false; break;
        case 'w:ins': case 'w:del': case 'w:moveFrom': case 'w:moveTo':
          if (!inPPr && !inChange) wrap.pop();
          break;
        case 'w:rPrChange': case 'w:pPrChange': inChange--; break;
        case 'w:r':
          if (runFormat) p.formats.push({ ...runFormat, text: runText });
          inRun = false;
          runFormat = null;
          break;
        case 'w:t': case 'w:delText': textTag = null; break;
        default:
      }
    },
    text(t) {
      if (p && depth === 1 && textTag && inRun && !inChange) addText(t);
    },
  });
  return out;
}

export interface Comment extends Revision {
  text: string;
  /** w14:paraId of the comment's last paragraph: what commentsExtended.xml refers to. */
  paraId: string;
  parentId?: string;
  done?: boolean;
}

/** comments.xml, with replies linked through commentsExtended.xml (w15:paraIdParent). */
export function readComments(commentsXml: string | null, extendedXml: string | null): Comment[] {
  if (!commentsXml) return [];
  const out: Comment[] = [];
  let cur: Comment | null = null;
  let inT = false;
  let paras = 0;
  scanXml(commentsXml, {
    open(name, a) {
      if (name === 'w:comment') cur = { ...rev(a), text: '', paraId: '' };
      else if (cur && name === 'w:p') {
        if (paras++ > 0) cur.text += '\n';
        if (a['w14:paraId']) cur.paraId = a['w14:paraId'];
      } else if (cur && name === 'w:t') inT = true;
    },
    close(name) {
      if (name === 'w:comment' && cur) {
        out.push(cur);
        cur = null;
        paras = 0;
      } else if (name === 'w:t') inT = false;
    },
    text(t) {
      if (cur && inT) cur.text += t;
    },
  });
  if (extendedXml) {
    const byPara = new Map(out.filter((c) => c.paraId).map((c) => [c.paraId, c]));
    scanXml(extendedXml, {
      open(name, a) {
        if (name !== 'w15:commentEx') return;
        const c = byPara.get(a['w15:paraId'] ?? '');
        if (!c) return;
        const parent = a['w15:paraIdParent'] ? byPara.get(a['w15:paraIdParent']) : undefined;
        if (parent) c.parentId = parent.id;
        if (a['w15:done'] === '1') c.done = true;
      },
      close() {},
      text() {},
    });
  }
  return out;
}

/** docProps/custom.xml as name → value. */
export function readCustomProperties(xml: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!xml) return out;
  let name: string | null = null;
  let inValue = false;
  scanXml(xml, {
    open(n, a) {
      if (n === 'property') name = a['name'] ?? null;
      else if (name && n.startsWith('vt:')) inValue = true;
    },
    close(n) {
      if (n === 'property') name = null;
      else if (n.startsWith('vt:')) inValue = false;
    },
    text(t) {
      if (name && inValue) out[name] = (out[name] ?? '') + t;
    },
  });
  return out;
}
