// GB/T 9704 §7.2.5: 发文字号 = 机关代字 + 〔四位年份〕 + 序号 + 号, with 六角括号 〔〕, no 第, no leading zero:
// 莆司党〔2025〕3号. [2025] ［2025］ 【2025】 （2025） 第3号 03号 and two-digit years are the usual slips.
import type { FindingFix, Rule } from '../types';
import { matches } from './scan';

const VALID = /^[\u4e00-\u9fa5A-Za-z]+〔[0-9]{4}〕[1-9][0-9]*号$/;
const CITED = /(?<=[\u4e00-\u9fa5A-Za-z])([〔[［【（(〖])((?:19|20)[0-9]{2}|[0-9]{2})([〕\]］】）)〗])(第?)(0*)([1-9][0-9]*)号/g;

function problems(m: RegExpExecArray): { issues: string[]; fix?: FindingFix } {
  const [, open, year, close, di, zeros, n] = m;
  const issues: string[] = [];
  if (open !== '〔' || close !== '〕') issues.push(`年份应用六角括号“〔〕”，不用“${open}${close}”`);
  if (year!.length === 2) issues.push('年份应写全四位');
  if (di) issues.push('序号前不加“第”');
  if (zeros) issues.push('序号不编虚位（不加“0”）');
  if (!issues.length) return { issues };
  if (year!.length === 2) return { issues };
  const right = `〔${year}〕${n}号`;
  return { issues, fix: { label: `改为“${right}”`, replacement: right } };
}

export const numbersDocNumber: Rule = {
  id: 'numbers.doc-number',
  severity: 'error',
  name: '发文字号',
  text: (u, report) => {
    if (!/[0-9]号/.test(u.text)) return;
    for (const m of matches(CITED, u.text)) {
      const { issues, fix } = problems(m);
      if (!issues.length) continue;
      report({
        unit: u, start: m.index, end: m.index + m[0].length,
        message: `发文字号写法不规范：${issues.join('；')}（GB/T 9704 7.2.5），如“国发〔2025〕3号”。`,
        ...(fix ? { fix } : {}),
      });
    }
  },
  draft: ({ draft }, report) => {
    const v = draft.fields.docNumber?.trim();
    if (!v || VALID.test(v)) return;
    const m = new RegExp(CITED.source).exec(v);
    const found = m ? problems(m) : { issues: ['应为“机关代字〔年份〕序号号”'] as string[] };
    const at = m?.index ?? 0;
    const fix = m && found.fix ? { label: found.fix.label, replacement: found.fix.replacement } : undefined;
    report({
      location: { blockId: null, field: 'docNumber', ...(m ? { start: at, end: at + m[0].length } : {}) }, key: v,
      message: `发文字号“${v}”不规范：${found.issues.join('；') || '应为“机关代字〔年份〕序号号”'}（GB/T 9704 7.2.5）。`,
      excerpt: v,
      ...(fix ? { fix } : {}),
    });
  },
};
