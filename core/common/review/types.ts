// The review of an edited DOCX as the clerk sees it (UI and `qicao review --json` show the same list).

export type ChangeKind =
  | 'insert' // 插入文字
  | 'delete' // 删除文字
  | 'replace' // 改写
  | 'move' // 移动
  | 'paragraph-inserted' // 新增段落
  | 'paragraph-deleted' // 删除段落
  | 'split' // 拆分段落
  | 'merge' // 合并段落
  | 'format'; // 格式修改（只报告，不应用）

/** A change that touches a figure computed from the ledger, or a problem's status sentence. */
export interface LedgerFlag {
  kind: 'count' | 'status';
  /** What the figure or sentence says in the draft (computed). */
  computed: string;
  /** What the leader wrote instead. */
  written: string;
  /** count: 'text' keeps the leader's figure as written, 'keep' keeps the computed one; status: 'ledger' updates the ledger, 'keep' keeps it. */
  choices: ('text' | 'keep' | 'ledger')[];
  defaultChoice: 'text' | 'keep' | 'ledger';
  message: string;
}

export interface ReviewChange {
  id: string;
  kind: ChangeKind;
  /** true: a tracked change (修订) in the file; false: found by comparing with the exported version. */
  tracked: boolean;
  author: string;
  date: string;
  inserted: string;
  deleted: string;
  /** A few characters around the change, from the exported text. */
  before: string;
  after: string;
  /** Index of the exported paragraph where the change lands (or after which a new paragraph goes). */
  part: number;
  /** 二、… › （一）… › 1.… › （3）… */
  place: string[];
  /** 标题 / 段落 / 具体问题 / 整改措施 … */
  unitLabel: string;
  /** false: reported only (formatting, system-generated numbering). */
  applicable: boolean;
  note?: string;
  ledger?: LedgerFlag;
  /** Internal revision keys this change accepts or rejects together. */
  revs: string[];
}

export interface ReviewComment {
  id: string;
  author: string;
  date: string;
  text: string;
  /** The commented text. */
  quote: string;
  part: number;
  place: string[];
  done: boolean;
  replies: { id: string; author: string; date: string; text: string }[];
}

export interface ReviewPart {
  text: string;
  place: string[];
  unitLabel: string;
}

export interface Review {
  fileName: string;
  /** anchors: matched by Qicao's bookmarks; alignment: anchors gone, matched by text similarity. */
  mode: 'anchors' | 'alignment';
  draftId: string | null;
  draftTitle: string;
  /** The exported version the file names, when it does. */
  versionId: number | null;
  /** The base compared against has the fingerprint the file names. */
  baseMatches: boolean;
  /** Exported paragraphs, for showing changes in place. */
  parts: ReviewPart[];
  changes: ReviewChange[];
  comments: ReviewComment[];
  notes: string[];
  counts: { tracked: number; untracked: number; format: number; comments: number; ledger: number };
}

/** What the clerk decided: the accepted changes and, for flagged ones, the ledger choice. */
export interface ReviewDecision {
  accept: string[];
  ledger?: Record<string, 'text' | 'keep' | 'ledger'>;
}

export const KIND_LABEL: Record<ChangeKind, string> = {
  insert: '插入',
  delete: '删除',
  replace: '改写',
  move: '移动',
  'paragraph-inserted': '新增段落',
  'paragraph-deleted': '删除段落',
  split: '拆分段落',
  merge: '合并段落',
  format: '格式修改',
};
