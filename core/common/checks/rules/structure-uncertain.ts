// What the importer could not place with confidence (Block.uncertain) stays marked until the clerk confirms it.
import { walk } from '../../model/walk';
import type { Rule } from '../types';

export const structureUncertain: Rule = {
  id: 'structure.import-uncertain',
  severity: 'info',
  name: '导入待确认',
  draft: ({ draft, units }, report) => {
    const first = new Map<string, string>();
    for (const u of units) if (u.location.blockId && !first.has(u.location.blockId) && u.text) first.set(u.location.blockId, u.text);
    walk(draft.body, (b) => {
      if (!b.uncertain) return;
      const text = first.get(b.id) ?? '';
      report({
        location: { blockId: b.id }, key: b.uncertain,
        message: `导入时未能确定此处结构：${b.uncertain}。请核对后确认。`,
        excerpt: text.length > 40 ? `${text.slice(0, 40)}…` : text,
      });
    });
  },
};
