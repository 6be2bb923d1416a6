// Applies a finding's fix to inline content: offsets are in the resolved text, edits land in the text runs only.
import type { Counts } from '../model/counts';
import { fieldText } from '../model/fields';
import type { CountKey, Draft, Inline } from '../model/types';

/** null when [start, end) touches a field or count ref (such a fix is never offered). */
export function applyFixToInlines(
  content: Inline[],
  ctx: { draft: Pick<Draft, 'fields' | 'profile'>; counts: Counts },
  start: number,
  end: number,
  replacement: string,
  /** 改为按台账计算: the range becomes a count bound to the ledger instead of text. */
  count?: CountKey,
): Inline[] | null {
  const out: Inline[] = [];
  let pos = 0;
  let placed = false;
  for (const part of content) {
    const len = part.t === 'text' ? part.text.length
      : part.t === 'field' ? fieldText(ctx.draft, part.key).length : String(ctx.counts[part.key]).length;
    const a = pos;
    const b = pos + len;
    pos = b;
    if (part.t !== 'text') {
      if (start < b && end > a && len > 0) return null;
      out.push(part);
      continue;
    }
    if (end < a || start > b || (placed && start === end)) {
      out.push(part);
      continue;
    }
    const from = Math.max(start, a) - a;
    const to = Math.min(end, b) - a;
    if (count !== undefined) {
      if (placed || start < a || end > b || start === end) {
        out.push(part);
        continue;
      }
      placed = true;
      out.push({ t: 'text', text: part.text.slice(0, from) }, { t: 'count', key: count }, { t: 'text', text: part.text.slice(to) });
      continue;
    }
    const ins = placed ? '' : replacement;
    placed = true;
    out.push({ t: 'text', text: part.text.slice(0, from) + ins + part.text.slice(to) });
  }
  if (!placed) {
    if (count !== undefined) return null;
    if (start !== pos || end !== pos) return null;
    out.push({ t: 'text', text: replacement });
  }
  return out.filter((p) => p.t !== 'text' || p.text !== '');
}

/** Applies a fix to a plain string (fields, checkText results). */
export function applyFixToText(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}
