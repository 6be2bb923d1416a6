// A text input for values that live in the document (fields, ledger cells): keeps its own text while the clerk types
// and commits every change except mid-composition, so the IME's pinyin never reaches the document. `multiline` wraps
// a long value over as many lines as it needs (narrow ledger cells) instead of cutting it off; Enter adds no break.
import { type InputHTMLAttributes, type Ref, forwardRef, useEffect, useRef, useState } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
};

export const CommitInput = forwardRef<HTMLInputElement, Props>(function CommitInput({ value, onCommit, multiline, ...rest }, ref) {
  const [text, setText] = useState(value);
  const focused = useRef(false);
  const composing = useRef(false);
  useEffect(() => {
    if (!focused.current) setText(value);
  }, [value]);
  const common = {
    value: text,
    onFocus: () => (focused.current = true),
    onBlur: () => {
      focused.current = false;
      if (text !== value) onCommit(text);
    },
    onCompositionStart: () => (composing.current = true),
    onCompositionEnd: (e: { target: EventTarget }) => {
      composing.current = false;
      onCommit((e.target as HTMLInputElement).value);
    },
    onChange: (e: { target: { value: string }; nativeEvent: Event }) => {
      // A pasted line break would print as one: a cell value is one line of text, wrapped only for display.
      const v = multiline ? e.target.value.replace(/[\r\n]+/g, '') : e.target.value;
      setText(v);
      if (!composing.current && !(e.nativeEvent as InputEvent).isComposing) onCommit(v);
    },
  };
  if (multiline) {
    // Only what a cell needs (label, placeholder, title, class) carries over to the textarea.
    return (
      <textarea
        ref={ref as unknown as Ref<HTMLTextAreaElement>}
        rows={1}
        aria-label={rest['aria-label']}
        placeholder={rest.placeholder}
        title={rest.title}
        className={`${rest.className ?? ''} multiline`.trim()}
        {...common}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) e.preventDefault();
        }}
      />
    );
  }
  return <input {...rest} ref={ref} {...common} />;
});
