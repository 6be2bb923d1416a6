// A text input for values that live in the document (fields, ledger cells): keeps its own text while the clerk types
// and commits every change except mid-composition, so the IME's pinyin never reaches the document.
import { type InputHTMLAttributes, forwardRef, useEffect, useRef, useState } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onCommit: (value: string) => void;
};

export const CommitInput = forwardRef<HTMLInputElement, Props>(function CommitInput({ value, onCommit, ...rest }, ref) {
  const [text, setText] = useState(value);
  const focused = useRef(false);
  const composing = useRef(false);
  useEffect(() => {
    if (!focused.current) setText(value);
  }, [value]);
  return (
    <input
      {...rest}
      ref={ref}
      value={text}
      onFocus={() => (focused.current = true)}
      onBlur={() => {
        focused.current = false;
        if (text !== value) onCommit(text);
      }}
      onCompositionStart={() => (composing.current = true)}
      onCompositionEnd={(e) => {
        composing.current = false;
        onCommit((e.target as HTMLInputElement).value);
      }}
      onChange={(e) => {
        setText(e.target.value);
        if (!composing.current && !(e.nativeEvent as InputEvent).isComposing) onCommit(e.target.value);
      }}
    />
  );
});
