// A block carried over from last year's draft and never edited (Block.carried) is last year's text as it stands.
import { walk } from '../../model/walk';
import type { Rule } from '../types';

/** Up to this many carried blocks get a finding each. */
const MAX_SEPARATE = 5;

export const similarityCarried: Rule = {
  id: 'similarity.carried',
  severity: 'warning',
  name: '沿用上年未修改',
  draft: ({ draft, units }, report) => {
    const firstUnit = new Map<string, (typeof units)[number]>();
    for (const u of units) if (u.location.blockId && !firstUnit.has(u.location.blockId)) firstUnit.set(u.location.blockId, u);
    const carried: string[] = [];
    walk(draft.body, (b) => {
      const part = b.type === 'problem' ? b.measures.some((m) => m.carried) : b.type === 'enumeration' && b.items.some((i) => i.carried);
      if (b.carried || part) carried.push(b.id);
    });
    const excerpt = (id: string) => {
      const u = firstUnit.get(id);
      return u ? (u.text.length > 60 ? `${u.text.slice(0, 60)}…` : u.text) : '';
    };
    // Right after 以往年稿为基础新建 every block is carried: hundreds of identical warnings would bury the real
    // findings, and the editor already marks each block 未更新. Past a handful, one finding stands for them all.
    if (carried.length > MAX_SEPARATE) {
      report({
        location: { blockId: carried[0]! }, key: 'carried-all',
        message: `共有 ${carried.length} 处沿用上年稿内容尚未修改（正文中标有“未更新”），请逐段按本年度情况更新或确认；点击跳到第一处。`,
        excerpt: excerpt(carried[0]!),
      });
      return;
    }
    for (const id of carried) {
      report({
        location: { blockId: id }, key: 'carried',
        message: '此处沿用上年稿内容，尚未修改，请按本年度情况更新或确认。',
        excerpt: excerpt(id),
      });
    }
  },
};
