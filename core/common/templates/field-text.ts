// Text with {{field}} and {{count:key}} placeholders ↔ inline content; the form templates and bound prose use.
import { isFieldKey } from '../model/fields';
import type { CountKey, Inline } from '../model/types';

const COUNT_KEYS: ReadonlySet<string> = new Set<CountKey>([
  'aspects', 'categories', 'problems', 'measures', 'done', 'mostlyDone', 'notDone', 'unknown', 'completionRate',
]);

export class PlaceholderError extends Error {
  constructor(readonly placeholder: string) {
    super(`未知的占位符 {{${placeholder}}}`);
    this.name = 'PlaceholderError';
  }
}

export function parseFieldText(s: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of s.matchAll(/\{\{\s*([\w.:]+)\s*\}\}/g)) {
    if (m.index > last) out.push({ t: 'text', text: s.slice(last, m.index) });
    const key = m[1]!;
    if (key.startsWith('count:') && COUNT_KEYS.has(key.slice(6))) out.push({ t: 'count', key: key.slice(6) as CountKey });
    else if (isFieldKey(key)) out.push({ t: 'field', key });
    else throw new PlaceholderError(key);
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push({ t: 'text', text: s.slice(last) });
  return out;
}

export function unparseFieldText(content: Inline[]): string {
  return content
    .map((p) => (p.t === 'text' ? p.text : p.t === 'field' ? `{{${p.key}}}` : `{{count:${p.key}}}`))
    .join('');
}
