// A block carried over from last year's draft and never edited (Block.carried) is last year's text as it stands.
import { walk } from '../../model/walk';
import type { Rule } from '../types';

export const similarityCarried: Rule = {
  id: 'similarity.carried',
  severity: 'warning',
  name: '沿用上年未修改',
  draft: ({ draft, units }, report) => {
    const firstUnit = new Map<string, (typeof units)[number]>();
    for (const u of units) if (u.location.blockId && !firstUnit.has(u.location.blockId)) firstUnit.set(u.location.blockId, u);
    walk(draft.body, (b) => {
      if (!b.carried) return;
      const u = firstUnit.get(b.id);
      report({
        location: { blockId: b.id }, key: 'carried',
        message: '此处沿用上年稿内容，尚未修改，请按本年度情况更新或确认。',
        excerpt: u ? (u.text.length > 60 ? `${u.text.slice(0, 60)}…` : u.text) : '',
      });
    });
  },
};
