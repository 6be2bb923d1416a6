// A notice as a PDF's text layer gives it: every paragraph broken into lines of one width, no blank lines.

/** Breaks every paragraph into lines of `width` characters, as a PDF's text layer gives them. */
export function hardWrap(text: string, width: number): string {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    // A PDF's text has no spaces that right-align the signature; a paragraph's indent it may keep.
    const trimmed = raw.trimEnd();
    const line = /^[\s\u3000]{5,}/.test(trimmed) ? trimmed.trimStart() : trimmed;
    if (!line.trim()) continue;
    for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width));
  }
  return `${out.join('\n')}\n`;
}
