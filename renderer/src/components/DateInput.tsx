// A date field a clerk can read and type: shown as “2025年2月17日” (as the text prints it), typed as 2025年2月17日,
// 2025-2-17, 2025/2/17, 2025.2.17 or 20250217. The browser's own date picker follows the browser's language and
// shows “mm/dd/yyyy” on an English system, which no clerk should have to decode. The value stays ISO (YYYY-MM-DD).
import { type InputHTMLAttributes, forwardRef, useEffect, useRef, useState } from 'react';
import { formatChineseDate, parseChineseDate } from '../../../core/common/model/chinese-date';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** ISO date (YYYY-MM-DD) or ''. */
  value: string;
  onCommit: (iso: string) => void;
};

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
