// 全文搜索: FTS5 trigram MATCH for terms of 3+ characters, LIKE for 1–2 characters (trigram cannot match those),
// ranked, with highlighted snippets. The index is brought up to date lazily, so autosave never pays for it.
import type { DocType } from '../../common/model/types';
import type { Store } from '../store/store';
import { draftBodyText, draftTitle } from '../store/search-text';
import { type DraftRow, SUMMARY_COLUMNS, parseStoredDraft, toSummary } from './rows';
import { type MarkRange, type Snippet, findRanges, makeSnippets } from './snippets';
import type { DraftStatus, DraftSummary } from './types';

export interface SearchQuery {
  /** What the clerk typed; whitespace separates terms, all of which must occur (AND). */
  text: string;
  limit?: number;
  scope?: 'active' | 'deleted' | 'all';
  year?: string;
  docType?: DocType;
  /** 草稿/送审/定稿: the library's 状态 filter holds while searching too. */
  status?: DraftStatus;
}

export interface SearchHit {
  draft: DraftSummary;
  /** Higher is better; comparable only within one result list. */
  score: number;
  titleMarks: MarkRange[];
  snippets: Snippet[];
}

const MIN_TRIGRAM = 3;

export function splitTerms(text: string): string[] {
  return [...new Set(text.split(/[\s\u3000]+/u).map((t) => t.trim()).filter(Boolean))];
}

const likePattern = (t: string) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const ftsPhrase = (t: string) => `"${t.replaceAll('"', '""')}"`;

export class Search {
  constructor(private readonly store: Store) {}

  query(q: SearchQuery): SearchHit[] {
    const terms = splitTerms(q.text);
    if (terms.length === 0) return [];
    this.refreshIndex();
    const long = terms.filter((t) => [...t].length >= MIN_TRIGRAM);
    const short = terms.filter((t) => [...t].length < MIN_TRIGRAM);
    const where: string[] = [];
    const args: unknown[] = [];
    const scope = q.scope ?? 'active';
    if (scope === 'active') where.push('d.deleted_at IS NULL');
    if (scope === 'deleted') where.push('d.deleted_at IS NOT NULL');
    if (q.year !== undefined) {
      where.push('d.year = ?');
      args.push(q.year);
    }
    if (q.docType) {
      where.push('d.doc_type = ?');
      args.push(q.docType);
    }
    if (q.status) {
      where.push('d.status = ?');
      args.push(q.status);
    }
    for (const t of short) {
      where.push("(s.title LIKE ? ESCAPE '\\' OR s.body LIKE ? ESCAPE '\\')");
      args.push(likePattern(t), likePattern(t));
    }
    const limit = q.limit ?? 50;
    let sql: string;
    if (long.length > 0) {
      // bm25 weights: a hit in the title counts ten times a hit in the body.
      sql = `SELECT ${cols('d')}, -bm25(draft_search, 10.0, 1.0) AS score
        FROM draft_search s JOIN drafts d ON d.n = s.rowid
        WHERE draft_search MATCH ? ${where.map((w) => `AND ${w}`).join(' ')}
        ORDER BY score DESC LIMIT ?`;
      args.unshift(long.map(ftsPhrase).join(' AND '));
    } else {
      // No index for 1–2 characters: a LIKE scan (≈10 ms per 10 million characters). Counting body occurrences in
      // SQL would cost six times that, so short queries rank title hits first, then the most recently edited.
      const occ = short.map(() => "(length(s.title) - length(replace(s.title, ?, ''))) / length(?)");
      sql = `SELECT ${cols('d')}, ${occ.join(' + ')} AS score
        FROM draft_search s JOIN drafts d ON d.n = s.rowid
        WHERE ${where.join(' AND ')}
        ORDER BY score DESC, d.updated_at DESC LIMIT ?`;
      args.unshift(...short.flatMap((t) => [t, t]));
    }
    args.push(limit);
    return this.store.run('搜索文稿', () => {
      const rows = this.store.db.prepare(sql).all(...args) as (DraftRow & { n: number; score: number })[];
      const text = this.store.prepare('SELECT title, body FROM draft_search WHERE rowid = ?');
      return rows.map((r) => {
        const s = text.get(r.n) as { title: string; body: string };
        return {
          draft: toSummary(r),
          score: r.score,
          titleMarks: findRanges(s.title, terms),
          snippets: makeSnippets(s.body, terms),
        };
      });
    });
  }

  /** Re-indexes drafts saved since the last search. Also callable when the app is idle. Returns how many. */
  refreshIndex(): number {
    return this.store.tx('更新搜索索引', () => {
      const dirty = this.store.prepare('SELECT n, json FROM drafts WHERE index_dirty = 1').all() as { n: number; json: string }[];
      const del = this.store.prepare('DELETE FROM draft_search WHERE rowid = ?');
      const ins = this.store.prepare('INSERT INTO draft_search (rowid, title, body) VALUES (?, ?, ?)');
      const done = this.store.prepare('UPDATE drafts SET index_dirty = 0 WHERE n = ?');
      for (const r of dirty) {
        let title = '';
        let body = '';
        try {
          const draft = parseStoredDraft(r.json, '文稿');
          title = draftTitle(draft);
          body = draftBodyText(draft);
        } catch {
          // Unreadable JSON stays unsearchable; opening the draft reports the problem.
        }
        del.run(r.n);
        ins.run(r.n, title, body);
        done.run(r.n);
      }
      return dirty.length;
    });
  }
}

function cols(alias: string): string {
  return `${alias}.n, ${SUMMARY_COLUMNS.split(', ').map((c) => `${alias}.${c}`).join(', ')}`;
}
