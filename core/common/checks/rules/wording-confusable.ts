// A short, curated list of confusables in fixed patterns, where the right word is certain: 认真地学习, 取得成效,
// 作出决定 / 做好工作, 既…又, 以致 + a bad outcome. Kept small on purpose: every entry must be near-free of false alarms.
import type { Rule } from '../types';
import { matches } from './scan';

interface Entry {
  re: RegExp;
  /** Offset inside the match and length of the character(s) to replace. */
  at: (m: RegExpExecArray) => [number, number];
  right: string;
  why: string;
}

const ADVERB = '认真|积极|深入|扎实|切实|严格|主动|稳步|坚决|大力|广泛|持续|不断|全面|有效|及时|充分|有序|高效|精准';
const VERB = '学习|开展|推进|落实|贯彻|抓好|做好|研究|部署|整改|推动|加强|组织|参与|执行|履行|解决|排查|检查|督促|落地';

const ENTRIES: Entry[] = [
  {
    re: new RegExp(`(?:${ADVERB})的(?=${VERB})`, 'g'),
    at: (m) => [m[0].length - 1, 1], right: '地',
    why: '修饰动词的状语后用“地”',
  },
  { re: /(?<=[取获])的(?=了|(?:明显|显著|积极|良好|阶段性|一定的?|新的?)?(?:成效|成绩|进展|实效|胜利|突破|好评|表彰|效果))/g, at: () => [0, 1], right: '得', why: '“取得”“获得”用“得”' },
  { re: /做出(?=决定|部署|贡献|批示|指示|承诺|安排|规定|说明|回应|调整|决策|判断|评价|答复|处理|处分|表率)/g, at: () => [0, 1], right: '作', why: '“作出”带抽象宾语（决定、部署、贡献）' },
  { re: /作好(?!准备)/g, at: () => [0, 1], right: '做', why: '“做好”某项工作用“做”' },
  { re: /(?<![立随旋即知亦])即(?![将使便可刻日时])(?=[^，。；、]{1,12}又|要[^。；]{1,16}又要)/g, at: () => [0, 1], right: '既', why: '“既……又……”用“既”' },
  { re: /以至(?=于?(?:造成|出现|发生|导致|引发|酿成))/g, at: () => [0, 2], right: '以致', why: '引出不好的结果用“以致”' },
];

export const wordingConfusable: Rule = {
  id: 'wording.confusable',
  severity: 'warning',
  name: '易混用词',
  text: (u, report) => {
    for (const e of ENTRIES) {
      for (const m of matches(e.re, u.text)) {
        const [off, len] = e.at(m);
        const start = m.index + off;
        const wrong = u.text.slice(start, start + len);
        report({
          unit: u, start, end: start + len,
          message: `“${u.text.slice(m.index, m.index + m[0].length + 2)}”中“${wrong}”应为“${e.right}”（${e.why}）。`,
          fix: { label: `改为“${e.right}”`, replacement: e.right },
        });
      }
    }
  },
};
