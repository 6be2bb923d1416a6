// Which column holds what: headers recognised by the names clerks give them, and the header row found among the
// title lines above it.

export type ColumnKind =
  | 'ignore' | 'id' | 'index' | 'aspect' | 'category' | 'problem' | 'measures' | 'leader' | 'unit' | 'person'
  | 'deadline' | 'progress' | 'status' | 'evidence' | 'reported' | 'notes';

export const COLUMN_KINDS: ColumnKind[] = [
  'ignore', 'index', 'aspect', 'category', 'problem', 'measures', 'leader', 'unit', 'person', 'deadline', 'progress',
  'status', 'evidence', 'reported', 'notes', 'id',
];

export const COLUMN_LABEL: Record<ColumnKind, string> = {
  ignore: '（不导入）',
  id: '系统编号',
  index: '序号',
  aspect: '方面',
  category: '问题类别',
  problem: '具体问题',
  measures: '整改措施',
  leader: '责任领导',
  unit: '责任单位',
  person: '责任人',
  deadline: '完成时限',
  progress: '整改进展',
  status: '完成状态',
  evidence: '佐证材料',
  reported: '填报日期',
  notes: '备注',
};

/** Tested in order: the more specific names first (完成时限 before 完成情况, 问题类别 before 问题). */
const HEADER_PATTERNS: [ColumnKind, RegExp][] = [
  ['id', /^(系统编号|问题标识|台账编号)$/],
  ['index', /^(序号|编号|No\.?|#)$/i],
  ['status', /状态|是否完成|完成与否|整改结果|完成等次/],
  ['reported', /填报日期|报送日期|更新日期|进展日期/],
  ['deadline', /时限|期限|完成时间|截止时间|完成日期|整改时间|时间节点/],
  ['evidence', /佐证|证明材料|支撑材料|附件/],
  ['leader', /领导/],
  ['person', /责任人|联系人|经办人|具体负责人/],
  ['unit', /单位|部门|科室|处室|股室/],
  ['progress', /进展|成效|完成情况|落实情况|整改情况|推进情况/],
  ['measures', /措施|举措|任务|整改要求|整改目标|整改思路/],
  ['category', /类别|分类|类型|问题性质/],
  ['aspect', /方面|领域|板块|反馈意见/],
  ['problem', /问题/],
  ['notes', /备注|说明/],
];

export const normalizeHeader = (s: string): string => s.replace(/[\s\u3000*＊:：（）()]/g, '');

/** The kind a header names, or null when it names none of them. */
export function classifyHeader(text: string): ColumnKind | null {
  const h = normalizeHeader(text);
  if (!h || h.length > 16) return null;
  for (const [kind, re] of HEADER_PATTERNS) if (re.test(h)) return kind;
  return null;
}

/** Maps a header row: the first column of each kind wins; later ones are ignored (配合单位 after 牵头单位). */
export function mapHeaderRow(cells: string[]): ColumnKind[] {
  const seen = new Set<ColumnKind>();
  const out = cells.map((c) => {
    const k = classifyHeader(c);
    if (!k || (seen.has(k) && k !== 'notes')) return 'ignore' as const;
    seen.add(k);
    return k;
  });
  // A table with 问题类别 but no 方面 uses its categories as the aspects.
  if (seen.has('category') && !seen.has('aspect')) return out.map((k) => (k === 'category' ? 'aspect' : k));
  return out;
}

export interface HeaderGuess {
  row: number;
  mapping: ColumnKind[];
  /** The header spans two rows (a merged 责任 group over 责任领导/责任单位): data starts after both. */
  rows: number;
}

/** The first row (among the first 30) that names a problem column and at least one other known column. */
export function detectHeader(rows: string[][]): HeaderGuess | null {
  const limit = Math.min(rows.length, 30);
  let best: HeaderGuess | null = null;
  let bestScore = 0;
  for (let r = 0; r < limit; r++) {
    const mapping = mapHeaderRow(rows[r] ?? []);
    const known = mapping.filter((k) => k !== 'ignore').length;
    if (!mapping.includes('problem') || known < 2 || known <= bestScore) continue;
    best = { row: r, mapping, rows: 1 };
    bestScore = known;
  }
  if (!best) return null;
  // A second header line fills the columns the first left blank or grouped (合并的“责任”上方单元格).
  const next = rows[best.row + 1] ?? [];
  const sub = mapHeaderRow(next);
  const subKnown = sub.filter((k) => k !== 'ignore').length;
  // Every cell of a second header line names a column or repeats the merged header cell above it.
  const head = rows[best.row] ?? [];
  const allHeaderLike = next.every((c, i) => !c || classifyHeader(c) !== null || c === head[i]);
  if (subKnown >= 2 && allHeaderLike && !sub.includes('problem')) {
    const used = new Set(best.mapping);
    best.mapping = best.mapping.map((k, i) => {
      const s = sub[i] ?? 'ignore';
      if (k !== 'ignore' || s === 'ignore' || used.has(s)) return k;
      used.add(s);
      return s;
    });
    best.rows = 2;
  }
  return best;
}
