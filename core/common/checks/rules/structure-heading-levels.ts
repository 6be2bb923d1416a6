// GB/T 9704 §7.3.3: headings go 一、→（一）→1.→（1） without skipping a level, and there are only four levels.
import { plainInline } from '../../model/fields';
import { walk } from '../../model/walk';
import type { Rule } from '../types';

export const structureHeadingLevels: Rule = {
  id: 'structure.heading-levels',
  severity: 'warning',
  name: '标题层次',
  draft: ({ draft }, report) => {
    walk(draft.body, (b, ctx) => {
      const numbered = (b.type === 'section' && b.numbered !== false) || (b.type === 'problem' && b.form === 'heading');
      if (!numbered) return;
      const level = ctx.ancestors.length + 1;
      let parent = 0;
      ctx.ancestors.forEach((a, i) => {
        if (a.numbered !== false) parent = i + 1;
      });
      const field = b.type === 'section' ? 'heading' : 'title';
      const excerpt = plainInline(b.type === 'section' ? b.heading : b.title);
      if (level - parent > 1) {
        report({
          location: { blockId: b.id, field }, key: `skip${level}`, excerpt,
          message: `标题层次跳级：上一级有序号的标题在第${parent || '零'}级，此标题在第${level}级（应依次为一、（一）1.（1））。`,
        });
      }
      if (level > 4) {
        report({
          location: { blockId: b.id, field }, key: `deep${level}`, excerpt,
          message: `标题层次超过四级（GB/T 9704 只规定一、（一）1.（1）四级），建议合并层次或改为段内“一是……二是……”。`,
        });
      }
    });
  },
};
