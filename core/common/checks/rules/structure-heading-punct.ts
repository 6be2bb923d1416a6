// Headings and the title: a 一级/二级 heading on its own line has no 句号; a heading that runs into its text needs
// one to end it; the 标题 takes no punctuation but 书名号 and 引号 (practice, see GBT9704.md §7).
import { walk } from '../../model/walk';
import { resolveInlines } from '../text-units';
import type { Rule } from '../types';

export const structureHeadingPunct: Rule = {
  id: 'structure.heading-punct',
  severity: 'warning',
  name: '标题标点',
  draft: ({ draft, counts }, report) => {
    const title = draft.fields.title ?? '';
    const tm = /[。，；：、]+$/.exec(title);
    if (tm) {
      report({
        location: { blockId: null, field: 'title', start: tm.index, end: title.length }, key: 'title-end',
        message: '公文标题末尾不加标点。', excerpt: title,
        fix: { label: '删除末尾标点', replacement: '' },
      });
    }
    walk(draft.body, (b, ctx) => {
      if (b.type !== 'section') return;
      const { text, locked } = resolveInlines(b.heading, { draft, counts });
      if (!text.trim() || locked.some(([, e]) => e === text.length)) return;
      const level = ctx.ancestors.length + 1;
      const runs = b.runIn && b.children[0]?.type === 'paragraph';
      if (runs && !/[。！？：]$/.test(text)) {
        report({
          location: { blockId: b.id, field: 'heading', start: text.length, end: text.length }, key: 'runin',
          message: '此标题与正文同段接排，标题末尾应加句号，否则与正文连在一起。', excerpt: text,
          fix: { label: '末尾加“。”', replacement: '。' },
        });
      } else if (!runs && !b.runIn && level <= 2 && b.children.length > 0 && /。$/.test(text)) {
        report({
          location: { blockId: b.id, field: 'heading', start: text.length - 1, end: text.length }, key: 'standalone',
          message: '单独成行的一级、二级标题末尾不加句号。', excerpt: text,
          fix: { label: '删除句号', replacement: '' },
        });
      }
    });
  },
};
