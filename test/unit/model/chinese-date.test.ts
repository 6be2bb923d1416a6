// Dates as a clerk reads and types them: one parser/formatter in core, used by the date inputs and the editor.
import { describe, expect, it } from 'vitest';
import { formatChineseDate, parseChineseDate } from '../../../core/common/model/chinese-date';

describe('Chinese dates', () => {
  it('formats ISO as 2025年2月17日, without zero padding', () => {
    expect(formatChineseDate('2025-02-17')).toBe('2025年2月17日');
    expect(formatChineseDate('2024-12-01')).toBe('2024年12月1日');
    expect(formatChineseDate('不是日期')).toBe('不是日期');
  });

  it('reads what a clerk types into ISO', () => {
    for (const typed of ['2025年2月17日', '2025年02月17日', ' 2025 年 2 月 17 日 ', '2025-2-17', '2025/2/17', '2025.2.17', '20250217', '２０２５年２月１７日']) {
      expect(parseChineseDate(typed), typed).toBe('2025-02-17');
    }
    expect(parseChineseDate('  ')).toBe('');
  });

  it('refuses what is not a real date', () => {
    for (const typed of ['2025年2月30日', '2025-13-01', '02/17/2025', '二〇二五年二月十七日', '明天']) {
      expect(parseChineseDate(typed), typed).toBeNull();
    }
  });

  it('round-trips', () => {
    expect(parseChineseDate(formatChineseDate('2026-10-09'))).toBe('2026-10-09');
  });
});
