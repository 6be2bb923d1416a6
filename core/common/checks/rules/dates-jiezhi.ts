// 截至 marks a point up to which something is counted ("截至2021年6月"); 截止 is a deadline that ends
// ("截止日期", "于6月30日截止"). Statistics in notices need 截至 — "截止2024年第三季度" is the common slip.
import type { Rule } from '../types';
import { matches } from './scan';

const TIME_AFTER = '(?:(?:19|20)[0-9]{2}年|[0-9一二三四五六七八九十]{1,3}月|[0-9]{1,2}日|目前|今年|本年|上半年|年底|年末|今天|当前|现在|发稿|本月|上月|去年|当日|本周|上周)';

export const datesJiezhi: Rule = {
  id: 'dates.jiezhi',
  severity: 'warning',
  name: '截止与截至',
  text: (u, report) => {
    if (!u.text.includes('截')) return;
    for (const m of matches(new RegExp(`截止(?:到|至)?(?=${TIME_AFTER})`, 'g'), u.text)) {
      report({
        unit: u, start: m.index, end: m.index + m[0].length,
        message: `表示“到某时为止”用“截至”，“截止”表示到期停止：“${m[0]}”应为“截至”。`,
        fix: { label: '改为“截至”', replacement: '截至' },
      });
    }
    for (const m of matches(/截至(?=日期|时间|期限)|截至(?=[。；，]|$)/g, u.text)) {
      report({
        unit: u, start: m.index, end: m.index + 2,
        message: '表示期限到了停止用“截止”（如“截止日期”“于6月30日截止”），此处不应为“截至”。',
        fix: { label: '改为“截止”', replacement: '截止' },
      });
    }
  },
};
