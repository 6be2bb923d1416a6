// GB/T 15834-2011 §4.12–4.13: 破折号 is “——” (two 字); 一字线 “—” marks 起止 of time and place; 短横线 “-” joins
// phone numbers and codes. A single — between clauses, a hyphen in "1-5月" and "020—1234567" are the usual slips.
import { isHan } from '../chars';
import type { Rule } from '../types';
import { matches } from './scan';

function hanRun(t: string, i: number, step: 1 | -1): number {
  let n = 0;
  for (let j = i; j >= 0 && j < t.length && isHan(t[j]); j += step) n++;
  return n;
}

export const punctDash: Rule = {
  id: 'punct.dash',
  severity: 'warning',
  name: '破折号与连接号',
  text: (u, report) => {
    const t = u.text;
    if (!/[—\-－~～]/.test(t)) return;
    for (const m of matches(/(?<!—)—(?!—)/g, t)) {
      const i = m.index;
      if (!isHan(t[i - 1]) || !isHan(t[i + 1])) continue;
      // 下—步 / 进—步 is a look-alike of 一 (wording.glyph).
      if (/[进下]/.test(t[i - 1]!) && t[i + 1] === '步') continue;
      // Short names on both sides are a place range (北京—上海), which does take the 一字线.
      if (hanRun(t, i - 1, -1) <= 4 && hanRun(t, i + 1, 1) <= 4) continue;
      report({
        unit: u, start: i, end: i + 1,
        message: '破折号应为“——”（占两个字位置，GB/T 15834），单个“—”是一字线，只用于起止。',
        fix: { label: '改为“——”', replacement: '——' },
      });
    }
    for (const m of matches(/(?<=[\u4e00-\u9fff])(?:--|－－|-|－)(?=[\u4e00-\u9fff])/g, t)) {
      if (m[0].length === 1 && /[进下]/.test(t[m.index - 1]!) && t[m.index + 1] === '步') continue;
      if (m[0].length === 1 && (hanRun(t, m.index - 1, -1) <= 4 && hanRun(t, m.index + 1, 1) <= 4)) continue;
      report({
        unit: u, start: m.index, end: m.index + m[0].length,
        message: `汉字之间的“${m[0]}”不是中文标点；作破折号应为“——”（GB/T 15834）。`,
        fix: { label: '改为“——”', replacement: '——' },
      });
    }
    for (const m of matches(/(?<![0-9\-.])((?:19|20)[0-9]{2}|[0-9]{1,2})(-|－|~)((?:19|20)[0-9]{2}|[0-9]{1,2})(?=年|月|日|时)/g, t)) {
      const at = m.index + m[1]!.length;
      report({
        unit: u, start: at, end: at + 1,
        message: `时间的起止用一字线“—”（GB/T 15834 连接号），如“1—5月”“2018—2020年”，此处为“${m[2]}”。`,
        fix: { label: '改为“—”', replacement: '—' },
      });
    }
    for (const m of matches(/(?<![0-9])0[0-9]{2,3}(—|－|–)[0-9]{7,8}(?![0-9])/g, t)) {
      const at = m.index + m[0].indexOf(m[1]!);
      report({
        unit: u, start: at, end: at + 1,
        message: '电话号码的区号与号码之间用短横线“-”（GB/T 15834 连接号），不用一字线“—”。',
        fix: { label: '改为“-”', replacement: '-' },
      });
    }
  },
};
