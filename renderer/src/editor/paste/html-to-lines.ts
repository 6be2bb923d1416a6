// Clipboard HTML (Word, WPS, web pages) → plain lines, one per paragraph. Parsed with DOMParser into an inert
// document: scripts never run and images never load there; only text survives, styles and attributes are dropped.

const SKIP = new Set(['SCRIPT', 'STYLE', 'HEAD', 'TITLE', 'META', 'LINK', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'NOSCRIPT', 'SVG', 'IMG', 'CANVAS', 'VIDEO', 'AUDIO', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);
const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'PRE', 'HEADER', 'FOOTER', 'DD', 'DT', 'FORM']);

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef';
const BETWEEN_CJK = new RegExp(`([${CJK}])\\s+(?=[${CJK}])`, 'g');

/** Source line wraps inside Word's HTML put spaces between Chinese characters; a reader never wants them. */
export function cleanLine(s: string): string {
  return s
    .replace(/[\u00a0\t\r\n\f\v ]+/g, ' ')
    .replace(BETWEEN_CJK, '$1')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

function listNumber(li: Element): number {
  const start = Number(li.parentElement?.getAttribute('start') ?? '1');
  let n = Number.isFinite(start) ? start : 1;
  for (let p = li.previousElementSibling; p; p = p.previousElementSibling) if (p.tagName.toUpperCase() === 'LI') n++;
  return n;
}

export function htmlToLines(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const lines: string[] = [];
  let cur = '';
  const flush = (): void => {
    // Table cells are kept apart by one space (a marker survives the CJK-space cleanup, then becomes the space).
    const l = cleanLine(cur).replace(/^\uE000+|\uE000+$/g, '').replace(/\s*\uE000+\s*/g, ' ');
    if (l) lines.push(l);
    cur = '';
  };
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      cur += n.nodeValue ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || tag.includes(':') && tag !== 'O:P') return;
    if (tag === 'BR') return flush();
    if (tag === 'TD' || tag === 'TH') cur += '\uE000';
    const block = BLOCK.has(tag);
    if (block) flush();
    // A numbered list shows its numbers on the page; the clerk copied them, so they stay in the text.
    if (tag === 'LI' && el.parentElement?.tagName.toUpperCase() === 'OL') cur += `${listNumber(el)}.`;
    for (const c of Array.from(el.childNodes)) walk(c);
    if (block) flush();
  };
  walk(doc.body ?? doc.documentElement);
  flush();
  return lines;
}

export function textToLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map(cleanLine).filter(Boolean);
}
