// Chinese dates in notices → ISO: "2025年2月17日", "2025年02月17日", "二〇二五年二月十七日", year implied by context.
import { parseChineseNumeral } from '../../model/numerals';

const pad = (n: number): string => String(n).padStart(2, '0');

export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const HAN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', O: '0', o: '0', '○': '0', '◯': '0', '0': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** "二〇二五年二月十七日" → "2025年2月17日"; other text unchanged. */
export function hanDateToArabic(s: string): string {
  return s.replace(/([〇零Oo○◯0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g, (all, y: string, m: string, d: string) => {
    const year = [...y].map((c) => HAN_DIGIT[c] ?? '').join('');
    const mm = parseChineseNumeral(m);
    const dd = parseChineseNumeral(d);
    return year.length === 4 && mm && dd ? `${year}年${mm}月${dd}日` : all;
  });
}

/** A line that is only a date: the 成文日期. */
export function dateLineIso(text: string): string | null {
  const m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(hanDateToArabic(text.trim()));
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
