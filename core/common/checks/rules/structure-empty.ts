// Empty parts print as a bare heading or nothing at all: a section without content, a template slot (guidance)
// left unfilled, a problem without a title, an empty 整改措施, a lead such as "需进一步整改的原因及下一步措施：" with
// nothing after it, a follow-up in 三 whose 整改情况 was never written.
import { plainInline } from '../../model/fields';
import type { Block, Inline } from '../../model/types';
import { isFollowUp, walk } from '../../model/walk';
import type { Rule } from '../types';

/** A paragraph that is only a label: "需进一步整改的原因及下一步措施：" — printed, but says nothing. */
const BARE_LABEL = /^[^。；！？：:]{2,40}[：:]$/u;

const isEmpty = (c: Inline[]): boolean => c.every((p) => p.t === 'text' && !p.text.trim());

function blockEmpty(b: Block): boolean {
  switch (b.type) {
    case 'paragraph':
      return isEmpty(b.content);
    case 'enumeration':
      return isEmpty(b.lead) && b.items.every((i) => isEmpty(i.content));
    default:
      return false;
  }
}

export const structureEmpty: Rule = {
  id: 'structure.empty',
  severity: 'warning',
  name: '空白内容',
  draft: ({ draft }, report) => {
    walk(draft.body, (b, ctx) => {
      const hint = b.guidance ? `（提示：${b.guidance}）` : '';
      if (b.type === 'section') {
        const heading = plainInline(b.heading);
        // "（二）乡镇街道综合行政执法……" — text that runs in right after the ordinal needs no heading of its own.
        const runsIn = b.runIn && b.children[0]?.type === 'paragraph' && !isEmpty(b.children[0].content);
        if (isEmpty(b.heading) && b.numbered !== false && !runsIn) {
          report({ location: { blockId: b.id, field: 'heading' }, key: 'heading', severity: 'error', message: `标题尚未填写${hint}。`, excerpt: b.guidance ?? '' });
        }
        // An item stated wholly in its heading ("（二）积极谋划“八五”普法规划，做好……工作。") is complete.
        const sentence = b.role === 'generic' && ctx.ancestors.length > 0 && /[。！？]$/.test(heading);
        if (!sentence && (b.children.length === 0 || b.children.every((c) => blockEmpty(c) && !c.guidance))) {
          report({
            location: { blockId: b.id }, key: 'children', severity: b.required ? 'error' : 'warning',
            message: `“${heading || '（无标题）'}”下没有内容${b.required ? '，这是必备部分' : '，请补充或删除该部分'}。`,
            excerpt: heading,
          });
        }
      } else if (b.type === 'paragraph') {
        const text = plainInline(b.content).trim();
        if (isEmpty(b.content) && b.guidance) {
          report({ location: { blockId: b.id, field: 'content' }, severity: 'error', message: `模板中的这一段尚未填写${hint}。`, excerpt: b.guidance });
        } else if (BARE_LABEL.test(text)) {
          report({
            location: { blockId: b.id, field: 'content' }, key: 'label', severity: 'warning',
            message: `“${text}”后面没有内容，会原样印在正文中，请补写或删除这一段${hint}。`, excerpt: text,
          });
        }
      } else if (b.type === 'enumeration') {
        b.items.forEach((it, i) => {
          if (isEmpty(it.content)) report({ location: { blockId: b.id, field: 'item', itemId: it.id }, message: `第${i + 1}项内容为空。`, excerpt: plainInline(b.lead) });
        });
      } else if (b.type === 'problem') {
        if (isEmpty(b.title)) {
          report({ location: { blockId: b.id, field: 'title' }, key: 'title', severity: 'error', message: `具体问题的表述尚未填写${hint}。`, excerpt: b.guidance ?? '' });
        }
        if (isFollowUp(ctx.ancestors) && b.measures.length === 0 && !b.statusPhrase) {
          report({
            location: { blockId: b.id, field: 'title' }, key: 'follow-up', severity: 'warning',
            message: `“${plainInline(b.title)}”尚未写明整改情况（已采取的措施和目前进展）${hint}。`, excerpt: plainInline(b.title),
          });
        }
        b.measures.forEach((m, i) => {
          if (isEmpty(m.content)) {
            report({
              location: { blockId: b.id, field: 'measure', measureId: m.id },
              severity: b.guidance ? 'error' : 'warning',
              message: `整改措施${b.measures.length > 1 ? `第${i + 1}项` : ''}为空${hint}。`,
              excerpt: plainInline(b.title),
            });
          }
        });
      }
    });
  },
};
