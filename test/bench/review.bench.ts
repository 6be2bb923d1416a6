// 导入修改稿 on a putian-size notice (≈17,000 字) carrying 200 tracked revisions and 30 comments: read the DOCX,
// match the anchors, compare every paragraph with the exported text, group and place the changes.
import JSZip from 'jszip';
import { buildDocx } from '../../core/common/docx';
import { readEditedDocx, reviewDocx } from '../../core/common/review';
import { putianSizeDraft } from '../support/synthetic-draft';
import type { Benchmark } from './harness';

const draft = putianSizeDraft();
let bytes: Uint8Array = new Uint8Array();
let found = { changes: 0, comments: 0 };

/** Word's markup for 200 revisions (replace, insert, delete in turn) and 30 comments, on as many runs. */
async function editedCopy(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await buildDocx(draft));
  let xml = await zip.file('word/document.xml')!.async('string');
  let n = 0;
  let c = 0;
  const who = 'w:author="王主任" w:date="2026-03-02T09:15:00Z"';
  xml = xml.replace(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)<w:t xml:space="preserve">([^<]{12,})<\/w:t><\/w:r>/g, (all, rPr: string, text: string) => {
    if (n >= 200) return all;
    const run = (t: string) => (t ? `<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r>` : '');
    let out = '';
    let at = 0;
    // Up to three revisions a run, 12 characters apart: replace, insert, delete in turn.
    for (let p = 4; p + 8 <= text.length && n < 200 && p < 40; p += 12) {
      const del = (t: string) => `<w:del w:id="${1000 + n * 2}" ${who}><w:r>${rPr}<w:delText xml:space="preserve">${t}</w:delText></w:r></w:del>`;
      const ins = (t: string) => `<w:ins w:id="${1001 + n * 2}" ${who}><w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r></w:ins>`;
      const kind = n++ % 3;
      const comment = c < 30 && n % 6 === 0 ? c++ : -1;
      out += run(text.slice(at, p));
      if (comment >= 0) out += `<w:commentRangeStart w:id="${comment}"/>`;
      out += kind === 0 ? del(text.slice(p, p + 2)) + ins('切实') : kind === 1 ? ins('进一步') : del(text.slice(p, p + 2));
      at = kind === 1 ? p : p + 2;
      if (comment >= 0) out += `<w:commentRangeEnd w:id="${comment}"/><w:r><w:commentReference w:id="${comment}"/></w:r>`;
    }
    return out + run(text.slice(at)) || all;
  });
  zip.file('word/document.xml', xml);
  zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${
    Array.from({ length: c }, (_, i) => `<w:comment w:id="${i}" ${who}><w:p><w:r><w:t>第${i + 1}条批注：请核实。</w:t></w:r></w:p></w:comment>`).join('')}</w:comments>`);
  return zip.generateAsync({ type: 'uint8array' });
}

const benchmarks: Benchmark[] = [
  {
    name: '导入修改稿：putian 规模，200 处修订 + 30 条批注',
    target: '≤ 300 ms',
    runs: 20,
    warmup: 3,
    setup: async () => {
      bytes = await editedCopy();
    },
    run: async () => {
      const r = reviewDocx(draft, await readEditedDocx(bytes, '修改稿.docx'), '修改稿.docx');
      found = { changes: r.changes.length, comments: r.comments.length };
    },
    extra: () => ({ found: `${found.changes} changes, ${found.comments} comments`, size: `${(bytes.length / 1024).toFixed(0)} KB` }),
  },
];

export default benchmarks;
