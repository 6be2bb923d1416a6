// A date field a clerk can read and type: shown as “2025年2月17日” (as the text prints it), typed as 2025年2月17日,
// 2025-2-17, 2025/2/17, 2025.2.17 or 20250217. The browser's own date picker follows the browser's language and
// shows “mm/dd/yyyy” on an English system, which no clerk should have to decode. The value stays ISO (YYYY-MM-DD).
import { type InputHTMLAttributes, forwardRef, useEffect, useRef, useState } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** ISO date (YYYY-MM-DD) or ''. */
  value: string;
  onCommit: (iso: string) => void;
};

export function formatChineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** The ISO date in what the clerk typed, '' for nothing, null when it is not a date. */
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

export const DateInput = forwardRef<HTMLInputElement, Props>(function DateInput({ value, onCommit, className, ...rest }, ref) {
  const [text, setText] = useState(formatChineseDate(value));
  const [invalid, setInvalid] = useState(false);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) {
      setText(formatChineseDate(value));
      setInvalid(false);
    }
  }, [value]);
  const commit = (): void => {
    const iso = parseChineseDate(text);
    if (iso === null) return setInvalid(true);
    setInvalid(false);
    setText(formatChineseDate(iso));
    if (iso !== value) onCommit(iso);
  };
  return (
    <input
      {...rest}
      ref={ref}
      type="text"
      inputMode="numeric"
      className={`${className ?? ''}${invalid ? ' invalid' : ''}`.trim() || undefined}
      aria-invalid={invalid || undefined}
      title={invalid ? '日期写法无法识别，请按“2025年2月17日”填写' : '如 2025年2月17日，也可输入 2025-2-17'}
      value={text}
      onFocus={() => (focused.current = true)}
      onBlur={() => {
        focused.current = false;
        commit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.nativeEvent.isComposing) commit();
      }}
      onChange={(e) => {
        setText(e.target.value);
        if (invalid) setInvalid(parseChineseDate(e.target.value) === null);
      }}
    />
  );
});
