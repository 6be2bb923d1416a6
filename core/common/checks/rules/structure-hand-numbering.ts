// Runs numbered by hand inside paragraphs ("一是…二是…", "（1）…（2）…", "第一，…第二，") must be continuous:
// "一是…三是" has lost its 二是. Computed ordinals are never in the text, so only typed markers are read here.
import { parseCount, toChineseCount } from '../chars';
import type { Rule, TextUnit } from '../types';

type Style = 'shi' | 'paren' | 'parenCn' | 'di' | 'circled';
/** A （1） opening a paragraph numbers paragraphs (putian: （1）…（38）); one inside a paragraph is a sub-run of 一是. */
type Key = Style | 'parenHead' | 'parenCnHead';

const MARKER = /(?<=^|[。；;，,、：:！？!?\s”）])(?:([一二三四五六七八九十]{1,3})是(?=[\u4e00-\u9fff“《（0-9]|[，,：:])|[（(]([0-9]{1,2})[）)]|[（(]([一二三四五六七八九十]{1,3})[）)]|第([一二三四五六七八九十]{1,3})(?=[，,、])|([①-⑳]))/g;

const render = (style: Style, n: number): string => {
  switch (style) {
    case 'shi':
      return `${toChineseCount(n)}是`;
    case 'paren':
      return `（${n}）`;
    case 'parenCn':
      return `（${toChineseCount(n)}）`;
    case 'di':
      return `第${toChineseCount(n)}`;
    case 'circled':
      return String.fromCharCode(0x2460 + n - 1);
  }
};

interface Last {
  n: number;
  scope: string;
}

/** Continuity is followed across paragraphs of the same top-level section (or lines of bare text). */
const scopeOf = (u: TextUnit): string => u.ancestors[0]?.id ?? '';

export const structureHandNumbering: Rule = {
  id: 'structure.hand-numbering',
  severity: 'warning',
  name: '段内序号连续',
  text: (() => {
    let lastByStyle = new Map<Key, Last>();
    let lastUnits: TextUnit[] | null = null;
    return (u, report, ctx) => {
      // A new run of checks: forget the previous document's markers.
      if (lastUnits !== ctx.units) {
        lastUnits = ctx.units;
        lastByStyle = new Map();
      }
      if (u.kind === 'field') return;
      const t = u.text;
      if (!/[是（(第①-⑳]/.test(t)) return;
      for (const m of t.matchAll(MARKER)) {
        const [, shi, paren, parenCn, di, circled] = m;
        const style: Style = shi ? 'shi' : paren ? 'paren' : parenCn ? 'parenCn' : di ? 'di' : 'circled';
        const n = circled ? circled.charCodeAt(0) - 0x2460 + 1 : parseCount((shi ?? paren ?? parenCn ?? di)!);
        if (n === null || n < 1) continue;
        const head = !t.slice(0, m.index).trim();
        const key: Key = head && style === 'paren' ? 'parenHead' : head && style === 'parenCn' ? 'parenCnHead' : style;
        const prev = lastByStyle.get(key);
        const prevN = prev && prev.scope === scopeOf(u) ? prev.n : 0;
        lastByStyle.set(key, { n, scope: scopeOf(u) });
        // A new 一是/二是 item starts its own （1）（2） run.
        if (style === 'shi') lastByStyle.set('paren', { n: 0, scope: scopeOf(u) });
        // Restarting at 1 begins a new run (haizhu: （1）（2） under each 一是).
        if (n === 1 || n === prevN + 1) continue;
        // A pasted fragment may begin mid-run ("三是…"); in a draft the run must start in the draft.
        if (!prev && !ctx.draft) continue;
        const message = n > prevN + 1
          ? `段内序号不连续：“${render(style, n)}”之前缺少“${render(style, prevN + 1)}”。`
          : `段内序号重复或顺序颠倒：“${render(style, prevN)}”之后是“${render(style, n)}”。`;
        report({ unit: u, start: m.index, end: m.index + m[0].length, message });
      }
    };
  })(),
};
