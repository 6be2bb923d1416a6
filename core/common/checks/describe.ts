// Where a finding is, in words a clerk recognises: the heading path and the part of the block ("标题", "措施2").
import { fieldDef, plainInline } from '../model/fields';
import type { Block, Draft, FieldKey, SectionBlock } from '../model/types';
import { walk } from '../model/walk';
import type { FindingLocation } from './types';

const clip = (s: string, n = 18): string => (s.length > n ? `${s.slice(0, n)}…` : s);

function blockLabel(b: Block): string {
  switch (b.type) {
    case 'section':
      return clip(plainInline(b.heading)) || '（无标题部分）';
    case 'problem':
      return `问题“${clip(plainInline(b.title)) || '（未填写）'}”`;
    case 'enumeration':
      return `列举“${clip(plainInline(b.lead) || plainInline(b.items[0]?.content ?? []))}”`;
    case 'paragraph':
      return `段落“${clip(plainInline(b.content), 12)}”`;
  }
}

const PART: Record<string, string> = {
  heading: '标题', title: '问题表述', content: '正文', lead: '引语', item: '列举项', measure: '整改措施', statusPhrase: '状态表述',
};

export function describeLocation(draft: Draft, loc: FindingLocation): string {
  if (!loc.blockId) return loc.field ? (fieldDef(loc.field as FieldKey)?.label ?? PART[loc.field] ?? loc.field) : '全文';
  const hit: { block?: Block; path: SectionBlock[] } = { path: [] };
  walk(draft.body, (b, ctx) => {
    if (!hit.block && b.id === loc.blockId) {
      hit.block = b;
      hit.path = ctx.ancestors;
    }
  });
  const block = hit.block;
  if (!block) return '（已删除的内容）';
  const path = hit.path;
  const trail = path.slice(-1).map((s) => clip(plainInline(s.heading), 12)).filter(Boolean);
  let part = '';
  if (loc.field === 'measure' && block.type === 'problem') {
    const i = block.measures.findIndex((m) => m.id === loc.measureId);
    part = `整改措施${i >= 0 && block.measures.length > 1 ? i + 1 : ''}`;
  } else if (loc.field && loc.field !== 'content' && !(block.type === 'section' && loc.field === 'heading')) {
    part = PART[loc.field] ?? '';
  }
  return [...trail, blockLabel(block), part].filter(Boolean).join(' › ');
}
