// A problem marked 已完成 in the ledger whose own text says 未完成/正在推进 (or the reverse) is published with two
// answers; the ledger status drives the counts and section 三, so the text must follow it.
import { STATUS_LABEL, STATUS_PHRASE, statusBucket, statusFromPhrase } from '../../model/status';
import type { ProblemBlock } from '../../model/types';
import { walk } from '../../model/walk';
import type { Rule } from '../types';
import { matches } from './scan';

const NOT_DONE = /(?:尚未|未能|暂未|仍未|没有)(?:全部|完全)?完成(?:整改)?|未完成整改|未整改到位|整改未到位|正在(?:推进)?整改|整改(?:工作)?(?:正在推进|推进中)|整改中(?=[，。；])/g;
const DONE = /(?<!均|都|全部)已(?:全部)?完成整改|(?<!均|都)已整改到位|已整改完毕/g;

export const countsStatusText: Rule = {
  id: 'counts.status-text',
  severity: 'error',
  name: '整改状态与表述矛盾',
  draft: ({ draft, units }, report) => {
    walk(draft.body, (b) => {
      if (b.type !== 'problem' || b.status === 'unknown') return;
      const bucket = statusBucket(b.status);
      const said = b.statusPhrase ? statusFromPhrase(b.statusPhrase) : null;
      if (said && statusBucket(said) !== bucket) {
        const right = STATUS_PHRASE[b.status];
        report({
          location: { blockId: b.id, field: 'statusPhrase', start: 0, end: b.statusPhrase!.length }, key: b.statusPhrase!,
          message: `整改台账中此问题的状态是“${STATUS_LABEL[b.status]}”，正文却写“${b.statusPhrase}”。`,
          excerpt: b.statusPhrase!,
          ...(right ? { fix: { label: `改为“${right}”`, replacement: right } } : {}),
        });
      }
    });
    // The problem's own text: title, measures and the paragraphs under it (未完成原因, 下一步措施).
    const owner = new Map<string, ProblemBlock>();
    walk(draft.body, (b) => {
      if (b.type === 'problem') walk(b.children, (c) => owner.set(c.id, b));
    });
    for (const u of units) {
      if (u.location.field === 'statusPhrase' || !u.block) continue;
      const p = u.block.type === 'problem' ? u.block : owner.get(u.block.id);
      if (!p || p.status === 'unknown') continue;
      const bucket = statusBucket(p.status);
      // "隐患12处均已整改到位" in a measure speaks of a sub-item; only the problem's own wording states its status.
      const re = bucket === 'done' ? NOT_DONE : bucket === 'notDone' && u.location.field !== 'measure' ? DONE : null;
      if (!re) continue;
      for (const m of matches(re, u.text)) {
        report({
          unit: u, start: m.index, end: m.index + m[0].length, severity: 'warning',
          message: `整改台账中此问题的状态是“${STATUS_LABEL[p.status]}”，这里却写“${m[0]}”，请核对状态或表述。`,
        });
      }
    }
  },
};
