// GB/T 15835 §5.2.1.2: a year is never abbreviated — "25年3月", "24年度" must be 2025年, 2024年度. Durations
// ("工作20年", "近10年来") are not years and are left alone.
import type { Rule } from '../types';
import { matches } from './scan';

export const numbersShortYear: Rule = {
  id: 'numbers.short-year',
  severity: 'warning',
  name: '年份简写',
  text: (u, report) => {
    if (!u.text.includes('年')) return;
    const re = /(?<![0-9０-９.\-年第近满约续共达逾超])([0-9]{2})年(?=[0-9]{1,2}月|度|上半年|下半年|底|初|末|第?[一二三四]季度)/g;
    for (const m of matches(re, u.text)) {
      const yy = Number(m[1]);
      const full = `${yy <= 40 ? '20' : '19'}${m[1]}`;
      report({
        unit: u, start: m.index, end: m.index + 2,
        message: `年份不能简写（GB/T 15835）：“${m[0]}”应写全，如“${full}年”。`,
        fix: { label: `改为“${full}”`, replacement: full },
      });
    }
  },
};
