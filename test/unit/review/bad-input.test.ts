// Files that are not an edited Qicao export: each gets a clear Chinese message and nothing is changed.
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { buildDocx } from '../../../core/common/docx';
import { ReviewError, readEditedDocx, reviewDocx } from '../../../core/common/review';
import { putianDraft } from './fixtures';
import { describeShared } from '../../support/shared';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ole = (streamName: string) => {
  const b = new Uint8Array(4096);
  b.set(OLE);
  const name = [...streamName].flatMap((c) => [c.charCodeAt(0), 0]);
  b.set(name, 1024);
  return b;
};

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    expect(e).toBeInstanceOf(ReviewError);
    expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/);
    return (e as ReviewError).code;
  }
  throw new Error('no error');
}

describeShared('bad input for 导入修改稿', () => {
  const draft = putianDraft();

  it('recognises a password-protected Word file (OLE container holding EncryptedPackage)', async () => {
    expect(await codeOf(readEditedDocx(ole('EncryptedPackage'), '加密.docx'))).toBe('encrypted');
  });

  it('asks for 另存为 .docx on a legacy .doc or .wps', async () => {
    await expect(readEditedDocx(ole('WordDocument'), '旧.doc')).rejects.toThrow('请在 Word/WPS 中另存为 .docx');
    expect(await codeOf(readEditedDocx(ole('WordDocument'), '旧.wps'))).toBe('legacy');
  });

  it('says a damaged zip is damaged, and a renamed file is not Word', async () => {
    const good = await buildDocx(draft);
    expect(await codeOf(readEditedDocx(good.slice(0, 2000), '坏.docx'))).toBe('corrupt');
    expect(await codeOf(readEditedDocx(new TextEncoder().encode('这不是 Word 文档'), '假.docx'))).toBe('not-docx');
    const zip = new JSZip();
    zip.file('readme.txt', 'x');
    expect(await codeOf(readEditedDocx(await zip.generateAsync({ type: 'uint8array' }), '包.docx'))).toBe('not-docx');
  });

  it('offers import or comparison by text for a DOCX Qicao did not write', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(draft));
    zip.remove('docProps/custom.xml');
    const doc = await readEditedDocx(await zip.generateAsync({ type: 'uint8array' }), '别处的.docx');
    await expect(async () => reviewDocx(draft, doc, '别处的.docx')).rejects.toThrow(/导入为新文稿.*按文字比较/);
  });

  it('names the draft a DOCX of another draft belongs to', async () => {
    const other = { ...putianDraft(), id: 'd_other', fields: { ...draft.fields, title: '另一篇通报' } };
    const doc = await readEditedDocx(await buildDocx(other), '另一篇.docx');
    await expect(async () => reviewDocx(draft, doc, '另一篇.docx')).rejects.toThrow('《另一篇通报》');
    expect(await codeOf(() => reviewDocx(draft, doc, '另一篇.docx'))).toBe('other-draft');
  });
});
