// The user guide: docs/使用说明.md exists, covers the menus, and build/guide/index.html is generated from it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideHtml, renderGuide } from '../../../build/guide/make-guide.mjs';

const md = readFileSync('docs/使用说明.md', 'utf8');

describe('使用说明', () => {
  it('is up to date in build/guide (run node build/guide/make-guide.mjs after editing the .md)', () => {
    expect(readFileSync('build/guide/index.html', 'utf8')).toBe(guideHtml(md));
  });

  it('names the menu commands and shortcuts the app has', () => {
    for (const s of ['文件 → 新建文稿', '文件 → 打开…', '文件 → 导出 Word…', '文件 → 导出 PDF…', '文件 → 保存版本', '编辑 → 查找', '帮助 → 打开数据文件夹', 'Ctrl+P', 'F1', '.qicao.json']) {
      expect(md).toContain(s);
    }
  });

  it('uses screenshots that exist in docs/ and in the packaged guide, none named editor-*', () => {
    const { images } = renderGuide(md);
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const img of images) {
      expect(img).not.toMatch(/(^|\/)editor-/);
      expect(existsSync(`docs/${img}`)).toBe(true);
      expect(existsSync(`build/guide/${img}`)).toBe(true);
    }
  });

  it('renders tables, lists and bold without raw HTML from the text', () => {
    const { body } = renderGuide('# 标题\n\n- **甲** <b>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(body).toBe('<h1>标题</h1>\n<ul>\n<li><strong>甲</strong> &lt;b&gt;</li>\n</ul>\n<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody></table>');
  });
});
