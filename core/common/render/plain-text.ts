// The draft as it is published on a website: one paragraph a line, indented with two full-width spaces.
import type { Draft } from '../model/types';
import { printedText, toPrinted } from './printed';

/** Two ideographic spaces: the first-line indent of a published paragraph. */
const INDENT = '\u3000\u3000';

export function renderPlainText(draft: Draft): string {
  const lines: string[] = [];
  for (const p of toPrinted(draft)) {
    const t = printedText(p);
    if (p.kind === 'title') lines.push(t, '');
    else if (p.kind === 'signer') lines.push('', t);
    else if (p.kind === 'date') lines.push(t);
    else lines.push(`${INDENT}${t}`);
  }
  return `${lines.join('\n')}\n`;
}
