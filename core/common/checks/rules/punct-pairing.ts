// GB/T 15834-2011 §4.7–4.9: 引号、括号、书名号 come in pairs within a paragraph; a lone or reversed mark is an error.
import type { Rule } from '../types';

const OPEN: Record<string, string> = { '“': '”', '‘': '’', '（': '）', '《': '》', '〈': '〉', '【': '】', '〔': '〕' };
const CLOSE: Record<string, string> = Object.fromEntries(Object.entries(OPEN).map(([o, c]) => [c, o]));
const NAME: Record<string, string> = { '“': '引号', '‘': '单引号', '（': '括号', '《': '书名号', '〈': '单书名号', '【': '方头括号', '〔': '六角括号' };

export const punctPairing: Rule = {
  id: 'punct.pairing',
  severity: 'error',
  name: '标点配对',
  text: (u, report) => {
    const t = u.text;
    if (!/[“”‘’（）《》〈〉【】〔〕]/.test(t)) return;
    const stack: { ch: string; i: number }[] = [];
    const lone = (ch: string, i: number, opening: boolean): void => {
      const o = opening ? ch : CLOSE[ch]!;
      report({
        unit: u, start: i, end: i + 1,
        message: opening
          ? `${NAME[o]}“${ch}”没有对应的“${OPEN[ch]}”，请补全或删除。`
          : `${NAME[o]}“${ch}”前面没有对应的“${o}”，请补全或删除。`,
      });
    };
    for (let i = 0; i < t.length; i++) {
      const ch = t[i]!;
      if (ch in OPEN) stack.push({ ch, i });
      else if (ch in CLOSE) {
        const o = CLOSE[ch]!;
        let k = stack.length - 1;
        while (k >= 0 && stack[k]!.ch !== o) k--;
        if (k < 0) {
          lone(ch, i, false);
          continue;
        }
        // Marks opened inside and never closed are the lone ones.
        for (const s of stack.splice(k)) if (s.ch !== o) lone(s.ch, s.i, true);
      }
    }
    for (const s of stack) lone(s.ch, s.i, true);
  },
};
