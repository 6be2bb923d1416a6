// Numbering is computed (DESIGN.md §3): an ordinal typed at the start of a heading, measure or item prints twice
// ("一、一、组织领导", "一是一是强化学习").
import type { Rule } from '../types';

const TYPED = /^[ \u3000]*(?:[一二三四五六七八九十]{1,3}[、，,.．]|[（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)][、，,.．]?|[0-9]{1,2}[.．、，,](?![0-9])|[一二三四五六七八九十]{1,3}是(?=[\u4e00-\u9fff“《，,：:])|第[一二三四五六七八九十]{1,3}[，,、]|[①-⑳])[ \u3000]*/;

export const structureTypedOrdinal: Rule = {
  id: 'structure.typed-ordinal',
  severity: 'error',
  name: '重复的手工序号',
  text: (u, report, ctx) => {
    if (!ctx.numbering || u.kind === 'field') return;
    const key = u.location.itemId ?? u.location.measureId ?? u.location.blockId;
    if (u.location.field === 'statusPhrase' || u.location.field === 'lead') return;
    const ordinal = key ? ctx.numbering.get(key) : undefined;
    if (!ordinal) return;
    const m = TYPED.exec(u.text);
    if (!m) return;
    report({
      unit: u, start: 0, end: m[0].length,
      message: `序号由系统按层次自动生成（此处为“${ordinal}”），文字开头又输入了“${m[0].trim()}”，打印时会重复。`,
      fix: { label: `删除“${m[0].trim()}”`, replacement: '' },
    });
  },
};
