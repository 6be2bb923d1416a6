// Class names Lexical puts on its own nodes; styles live in styles/editor.css.
import type { EditorThemeClasses } from 'lexical';

export const theme: EditorThemeClasses = {
  paragraph: 'q-p',
  text: { base: 'q-t' },
};
