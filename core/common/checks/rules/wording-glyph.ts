// Look-alike characters from an IME or a scan: katakana ー for 一 ("下ー步"), a dash for 一 ("进—步"), the geometric
// ○ for the numeral 〇 in a year (GB/T 15835 writes zero as 〇).
import type { Rule } from '../types';
import { matches } from './scan';

const DIGIT = '〇○零一二三四五六七八九';

export const wordingGlyph: Rule = {
  id: 'wording.glyph',
  severity: 'error',
  name: '形近字符',
  text: (u, report) => {
    const t = u.text;
    for (const m of matches(/ー|(?<=[进下])[—－-](?=步)|(?<=第)[—ー](?=[，、次批个是])/g, t)) {
      report({
        unit: u, start: m.index, end: m.index + 1,
        message: `“${t.slice(Math.max(0, m.index - 1), m.index + 2)}”中的“${m[0]}”不是汉字“一”，应为“一”。`,
        fix: { label: '改为“一”', replacement: '一' },
      });
    }
    for (const m of matches(new RegExp(`[${DIGIT}]{4}(?=年)`, 'g'), t)) {
      if (!m[0].includes('○')) continue;
      const right = m[0].replace(/○/g, '〇');
      report({
        unit: u, start: m.index, end: m.index + 4,
        message: `年份中的零应为“〇”，不是圆圈符号“○”：“${m[0]}”应为“${right}”。`,
        fix: { label: `改为“${right}”`, replacement: right },
      });
    }
  },
};
