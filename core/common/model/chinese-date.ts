// Dates as a clerk reads and types them: 2025年2月17日 (GB/T 9704 7.3.5.4: Arabic numerals, no zero padding), stored
// as ISO 2025-02-17. One definition for every date the app shows or accepts, whatever the browser's locale.

/** 2025-02-17 → 2025年2月17日. Other text is returned unchanged. */
export function formatChineseDate(iso: string): string {
  const m = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/**
 * The ISO date in what the clerk typed — 2025年2月17日, 2025-2-17, 2025/2/17, 2025.2.17, 20250217, full-width digits
 * too — '' for nothing, null when it is not a real date (2025年2月30日).
 */
export function parseChineseDate(text: string): string | null {
  const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (!t) return '';
  const m = /^(\d{4})\s*(?:年|[-/.．])\s*(\d{1,2})\s*(?:月|[-/.．])\s*(\d{1,2})\s*日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
