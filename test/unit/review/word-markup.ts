// Hand-edits an exported DOCX the way Word records revisions (ECMA-376 Part 1 §17.13): w:ins/w:del runs, deleted
// paragraph marks, moves with named ranges, formatting changes and threaded comments (comments.xml +
// commentsExtended.xml). Each helper edits document.xml as text, as Word's markup is plain and regular.
import JSZip from 'jszip';

export const WHO = { author: '王主任', date: '2026-03-02T09:15:00Z' };
let nextId = 900;
const attrs = (who = WHO) => `w:id="${nextId++}" w:author="${who.author}" w:date="${who.date}"`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export class WordDoc {
  constructor(readonly zip: JSZip, public xml: string) {}

  static async open(bytes: Uint8Array): Promise<WordDoc> {
    const zip = await JSZip.loadAsync(bytes);
    return new WordDoc(zip, await zip.file('word/document.xml')!.async('string'));
  }

  async bytes(): Promise<Uint8Array> {
    this.zip.file('word/document.xml', this.xml);
    return this.zip.generateAsync({ type: 'uint8array' });
  }

  /** The run holding `find` inside one w:t: [start of run, end of run, rPr, text]. */
  private run(find: string): { start: number; end: number; rPr: string; text: string } {
    const at = this.xml.indexOf(esc(find));
    if (at < 0) throw new Error(`not in document: ${find}`);
    const start = this.xml.lastIndexOf('<w:r>', at);
    const end = this.xml.indexOf('</w:r>', at) + '</w:r>'.length;
    const body = this.xml.slice(start, end);
    const rPr = /<w:rPr>.*?<\/w:rPr>/.exec(body)?.[0] ?? '';
    const text = /<w:t[^>]*>([^<]*)<\/w:t>/.exec(body)![1]!;
    return { start, end, rPr, text };
  }

  private splice(find: string, make: (rPr: string) => string): void {
    const r = this.run(find);
    const i = r.text.indexOf(esc(find));
    const plain = (t: string) => (t ? `<w:r>${r.rPr}<w:t xml:space="preserve">${t}</w:t></w:r>` : '');
    this.xml = this.xml.slice(0, r.start) + plain(r.text.slice(0, i)) + make(r.rPr) + plain(r.text.slice(i + esc(find).length)) + this.xml.slice(r.end);
  }

  replace(find: string, by: string, who = WHO): this {
    this.splice(find, (rPr) => `<w:del ${attrs(who)}><w:r>${rPr}<w:delText xml:space="preserve">${esc(find)}</w:delText></w:r></w:del>` +
      `<w:ins ${attrs(who)}><w:r>${rPr}<w:t xml:space="preserve">${esc(by)}</w:t></w:r></w:ins>`);
    return this;
  }

  deleteText(find: string, who = WHO): this {
    this.splice(find, (rPr) => `<w:del ${attrs(who)}><w:r>${rPr}<w:delText xml:space="preserve">${esc(find)}</w:delText></w:r></w:del>`);
    return this;
  }

  insertAfterText(find: string, text: string, who = WHO): this {
    this.splice(find, (rPr) => `<w:r>${rPr}<w:t xml:space="preserve">${esc(find)}</w:t></w:r><w:ins ${attrs(who)}><w:r>${rPr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:ins>`);
    return this;
  }

  /** Untracked typing: the text simply changes. */
  retype(find: string, by: string): this {
    if (!this.xml.includes(esc(find))) throw new Error(`not in document: ${find}`);
    this.xml = this.xml.replace(esc(find), esc(by));
    return this;
  }

  private para(containing: string): { start: number; end: number } {
    const at = this.xml.indexOf(esc(containing));
    if (at < 0) throw new Error(`not in document: ${containing}`);
    const start = this.xml.lastIndexOf('<w:p>', at);
    return { start, end: this.xml.indexOf('</w:p>', at) + '</w:p>'.length };
  }

  /** A whole paragraph deleted with tracking: its runs in w:del and its paragraph mark deleted (w:pPr/w:rPr/w:del). */
  deleteParagraph(containing: string, who = WHO): this {
    const { start, end } = this.para(containing);
    let p = this.xml.slice(start, end);
    p = p.replace(/<w:r>(.*?)<\/w:r>/g, (_m, inner: string) => `<w:del ${attrs(who)}><w:r>${inner.replace(/<w:t( [^>]*)?>/g, '<w:delText$1>').replace(/<\/w:t>/g, '</w:delText>')}</w:r></w:del>`);
    p = p.replace('</w:pPr>', `<w:rPr><w:del ${attrs(who)}/></w:rPr></w:pPr>`);
    this.xml = this.xml.slice(0, start) + p + this.xml.slice(end);
    return this;
  }

  /** A new paragraph typed after the one containing `after`: that paragraph's mark is inserted, the new runs too. */
  newParagraphAfter(after: string, text: string, who = WHO): this {
    const { start, end } = this.para(after);
    let p = this.xml.slice(start, end);
    const pPr = /<w:pPr>.*?<\/w:pPr>/.exec(p)?.[0] ?? '<w:pPr></w:pPr>';
    p = p.replace('</w:pPr>', `<w:rPr><w:ins ${attrs(who)}/></w:rPr></w:pPr>`);
    const added = `<w:p>${pPr}<w:ins ${attrs(who)}><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:ins></w:p>`;
    this.xml = this.xml.slice(0, start) + p + added + this.xml.slice(end);
    return this;
  }

  /** Moves `text` (inside one run) to just after `dest`, as Word records a drag with tracking on. */
  move(text: string, dest: string, who = WHO): this {
    const name = `move${nextId++}`;
    this.splice(text, (rPr) => `<w:moveFromRangeStart ${attrs(who)} w:name="${name}"/><w:moveFrom ${attrs(who)}><w:r>${rPr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="${nextId - 2}"/>`);
    this.splice(dest, (rPr) => `<w:r>${rPr}<w:t xml:space="preserve">${esc(dest)}</w:t></w:r><w:moveToRangeStart ${attrs(who)} w:name="${name}"/><w:moveTo ${attrs(who)}><w:r>${rPr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="${nextId - 2}"/>`);
    return this;
  }

  bold(find: string, who = WHO): this {
    this.splice(find, (rPr) => `<w:r>${rPr.replace('</w:rPr>', `<w:b/><w:rPrChange ${attrs(who)}>${rPr}</w:rPrChange></w:rPr>`) || `<w:rPr><w:b/><w:rPrChange ${attrs(who)}><w:rPr/></w:rPrChange></w:rPr>`}<w:t xml:space="preserve">${esc(find)}</w:t></w:r>`);
    return this;
  }

  indent(containing: string, who = WHO): this {
    const { start, end } = this.para(containing);
    const p = this.xml.slice(start, end).replace('</w:pPr>', `<w:pPrChange ${attrs(who)}><w:pPr/></w:pPrChange></w:pPr>`);
    this.xml = this.xml.slice(0, start) + p + this.xml.slice(end);
    return this;
  }

  /** A comment on `on` with replies (Word 2013+: replies linked by w15:paraIdParent in commentsExtended.xml). */
  comment(on: string, text: string, replies: { author: string; text: string }[] = [], who = WHO, done = false): this {
    const ids = [nextId++, ...replies.map(() => nextId++)];
    this.splice(on, (rPr) => `${ids.map((i) => `<w:commentRangeStart w:id="${i}"/>`).join('')}<w:r>${rPr}<w:t xml:space="preserve">${esc(on)}</w:t></w:r>` +
      ids.map((i) => `<w:commentRangeEnd w:id="${i}"/><w:r><w:commentReference w:id="${i}"/></w:r>`).join(''));
    const all = [{ author: who.author, text }, ...replies];
    this.comments.push(...all.map((c, k) => ({ id: ids[k]!, author: c.author, text: c.text, paraId: (0x10000000 + ids[k]!).toString(16).toUpperCase(), parent: k ? (0x10000000 + ids[0]!).toString(16).toUpperCase() : null, done: done && !k })));
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';
    this.zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}>${this.comments.map((c) =>
      `<w:comment w:id="${c.id}" w:author="${c.author}" w:date="${WHO.date}" w:initials=""><w:p w14:paraId="${c.paraId}" w14:textId="77777777"><w:r><w:t>${esc(c.text)}</w:t></w:r></w:p></w:comment>`).join('')}</w:comments>`);
    this.zip.file('word/commentsExtended.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx ${W}>${this.comments.map((c) =>
      `<w15:commentEx w15:paraId="${c.paraId}"${c.parent ? ` w15:paraIdParent="${c.parent}"` : ''} w15:done="${c.done ? 1 : 0}"/>`).join('')}</w15:commentsEx>`);
    return this;
  }

  private comments: { id: number; author: string; text: string; paraId: string; parent: string | null; done: boolean }[] = [];

  /** What WPS 另存为 or a paste into a new file does to Qicao's marks: bookmarks and custom properties gone. */
  stripAnchors(alsoProperties = false): this {
    this.xml = this.xml.replace(/<w:bookmarkStart[^>]*\/>|<w:bookmarkEnd[^>]*\/>/g, '');
    if (alsoProperties) this.zip.remove('docProps/custom.xml');
    return this;
  }
}
