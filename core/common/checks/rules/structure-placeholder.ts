// Placeholders left in the text (XX, ××, 某某, 〇〇, *, 【请填写】) or a template's guidance pasted in as text.
import type { Rule } from '../types';
import { matches } from './scan';

const PLACEHOLDER = /[XＸ]{2,}|(?<=[\u4e00-\u9fff])[xｘ]{2,}|(?<![a-z])[xｘ]{2,}(?=[\u4e00-\u9fff])|×{2,}|[*＊]+|某某+|[〇○]{2,}|□+|_{2,}|＿+|[【[［〔（(](?:请|此处|待)(?:填写|补充|填|输入|选择)[^】\]］〕）)]{0,20}[】\]］〕）)]/g;
const YEAR_DIGIT = /[〇○零一二三四五六七八九]/;

export const structurePlaceholder: Rule = {
  id: 'structure.placeholder',
  severity: 'error',
  name: '未替换的占位符',
  text: (u, report) => {
    const t = u.text;
    for (const m of matches(PLACEHOLDER, t)) {
      // 二〇〇八年 is a year, not a placeholder (GB/T 15835 uses 〇 for zero).
      if (/^[〇○]+$/.test(m[0]) && (YEAR_DIGIT.test(t[m.index - 1] ?? '') || YEAR_DIGIT.test(t[m.index + m[0].length] ?? ''))) continue;
      report({
        unit: u, start: m.index, end: m.index + m[0].length,
        message: `文中留有占位符“${m[0]}”，请替换为实际内容。`,
      });
    }
    const g = u.block?.guidance;
    if (g && g.length >= 6 && t.includes(g)) {
      const at = t.indexOf(g);
      report({ unit: u, start: at, end: at + g.length, message: '模板的填写提示被当作正文保留，请删除并填写实际内容。' });
    }
  },
};
