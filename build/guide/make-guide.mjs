// Renders docs/使用说明.md (headings, paragraphs, lists, tables, images, **bold**) into build/guide/index.html,
// the page 帮助 → 使用说明 shows in a hardened window, and copies the screenshots it uses beside it.
// Run: node build/guide/make-guide.mjs   (the output is committed; a test checks it is up to date)
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inline = (s) =>
  esc(s)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');

/** Markdown subset → HTML body; also returns the images referenced. */
export function renderGuide(md) {
  const out = [];
  const images = [];
  const lines = md.split(/\r?\n/);
  let list = null;
  const closeList = () => {
    if (list) out.push(`</${list}>`);
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let m;
    if ((m = /^(#{1,3}) (.*)$/.exec(line))) {
      closeList();
      out.push(`<h${m[1].length}>${inline(m[2])}</h${m[1].length}>`);
    } else if ((m = /^!\[(.*)\]\((.+)\)$/.exec(line))) {
      closeList();
      images.push(m[2]);
      out.push(`<figure><img src="${esc(m[2])}" alt="${esc(m[1])}"><figcaption>${inline(m[1])}</figcaption></figure>`);
    } else if ((m = /^(\d+)\. (.*)$/.exec(line)) || (m = /^- (.*)$/.exec(line))) {
      const kind = /^\d/.test(line) ? 'ol' : 'ul';
      if (list !== kind) {
        closeList();
        out.push(`<${kind}>`);
        list = kind;
      }
      out.push(`<li>${inline(m[m.length - 1])}</li>`);
    } else if (line.startsWith('|')) {
      closeList();
      const rows = [];
      while (i < lines.length && lines[i].startsWith('|')) rows.push(lines[i++]);
      i--;
      const cells = (r) => r.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      const [head, , ...body] = rows;
      out.push(`<table><thead><tr>${cells(head).map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>`);
      for (const r of body) out.push(`<tr>${cells(r).map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`);
      out.push('</tbody></table>');
    } else if (line.trim() === '') {
      closeList();
    } else {
      closeList();
      out.push(`<p>${inline(line)}</p>`);
    }
  }
  closeList();
  return { body: out.join('\n'), images };
}

const STYLE = `body{font-family:'Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;max-width:860px;margin:0 auto;padding:24px 32px 64px;line-height:1.8;color:#1f2937}
h1{color:#c8161d;border-bottom:2px solid #c8161d;padding-bottom:8px}h2{margin-top:2em;border-left:4px solid #c8161d;padding-left:10px}
table{border-collapse:collapse;margin:12px 0}th,td{border:1px solid #d1d5db;padding:4px 12px;text-align:left}th{background:#f3f4f6}
figure{margin:16px 0}img{max-width:100%;border:1px solid #e5e7eb;box-shadow:0 1px 4px rgba(0,0,0,.08)}figcaption{color:#6b7280;font-size:14px}
code{background:#f3f4f6;padding:1px 4px;border-radius:3px}`;

export function guideHtml(md) {
  const { body } = renderGuide(md);
  return `<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>起草使用说明</title>\n<style>${STYLE}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const md = readFileSync(new URL('../../docs/使用说明.md', import.meta.url), 'utf8');
  writeFileSync(new URL('./index.html', import.meta.url), guideHtml(md));
  mkdirSync(new URL('./screenshots/', import.meta.url), { recursive: true });
  for (const img of renderGuide(md).images) copyFileSync(new URL(`../../docs/${img}`, import.meta.url), new URL(`./${img}`, import.meta.url));
  console.log('guide: build/guide/index.html');
}
