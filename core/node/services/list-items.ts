// Library rows for the renderer's draft list, with search snippets marked 【…】 for display.
import type { DraftListItem } from '../../common/api/contract';
import type { Snippet } from '../library/snippets';
import type { DraftSummary } from '../library/types';

export function markSnippet(s: Snippet): string {
  let out = '';
  let at = 0;
  for (const m of s.marks) {
    out += `${s.text.slice(at, m.start)}【${s.text.slice(m.start, m.end)}】`;
    at = m.end;
  }
  return out + s.text.slice(at);
}

export function toListItem(d: DraftSummary, snippet?: Snippet): DraftListItem {
  const item: DraftListItem = {
    id: d.id, title: d.title, docType: d.docType, year: d.year, status: d.status, updatedAt: d.updatedAt, deletedAt: d.deletedAt,
  };
  if (snippet) item.snippet = markSnippet(snippet);
  return item;
}
