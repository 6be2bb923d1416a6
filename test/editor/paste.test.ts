// Paste cleaning (happy-dom's DOMParser): Word/WPS/web HTML → lines → structure.
// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanLine, htmlToLines, textToLines } from '../../renderer/src/editor/paste/html-to-lines';
import { leadingOrdinal, linesToBlocks } from '../../renderer/src/editor/paste/lines-to-blocks';

describe('paste: HTML to lines', () => {
  it('keeps text and paragraph breaks from Word HTML and drops scripts, styles, images and mso markup', () => {
    const html = `<html><head><style>p.MsoNormal{font-family:仿宋}</style><script>alert(1)</script></head><body>
      <p class=MsoNormal style="text-indent:32pt"><span style="font-family:仿宋_GB2312">一、总体情况<o:p></o:p></span></p>
      <p class=MsoNormal onclick="x()"><span>党组高度重视，
      及时研究部署。</span><img src="http://example.com/a.png"></p>
      <p class=MsoNormal><o:p>&nbsp;</o:p></p>
      <table><tr><td>责任单位</td><td>办公室</td></tr></table></body></html>`;
    expect(htmlToLines(html)).toEqual(['一、总体情况', '党组高度重视，及时研究部署。', '责任单位 办公室']);
  });

  it('removes line-wrap spaces between Chinese characters but keeps those between Latin words', () => {
    expect(cleanLine('　　巡察\n整改 工作 done well')).toBe('巡察整改工作 done well');
  });

  it('splits plain text on any line ending and drops blank lines', () => {
    expect(textToLines('甲\r\n\r\n乙\r丙\n')).toEqual(['甲', '乙', '丙']);
  });
});

describe('paste: typed ordinals become structure', () => {
  it('recognises 一、（一）1.（1） and half-width brackets, not numbers such as 2021.', () => {
    expect(leadingOrdinal('一、总体情况')?.form).toBe('cn');
    expect(leadingOrdinal('(二)强化责任')?.form).toBe('cnParen');
    expect(leadingOrdinal('3．完善制度')?.form).toBe('arabic');
    expect(leadingOrdinal('（4）加强督导')?.form).toBe('arabicParen');
    expect(leadingOrdinal('2021年以来')).toBeNull();
    expect(leadingOrdinal('1.5倍')).toBeNull();
  });

  it('nests levels by the order forms first appear and strips the typed numbers', () => {
    const blocks = linesToBlocks(['一、组织领导', '（一）提高站位。党组专题研究部署。', '（二）压实责任', '具体做法如下。', '二、下一步计划'])!;
    expect(blocks.map((b) => b.type)).toEqual(['section', 'section']);
    const first = blocks[0]!;
    if (first.type !== 'section') throw new Error('not a section');
    expect(first.heading).toEqual([{ t: 'text', text: '组织领导' }]);
    const [a, b] = first.children;
    expect(a).toMatchObject({ type: 'section', runIn: true, heading: [{ t: 'text', text: '提高站位。' }], children: [{ type: 'paragraph', content: [{ t: 'text', text: '党组专题研究部署。' }] }] });
    expect(b).toMatchObject({ type: 'section', heading: [{ t: 'text', text: '压实责任' }], children: [{ type: 'paragraph' }] });
  });

  it('returns null for plain prose (pasted as paragraphs)', () => {
    expect(linesToBlocks(['党组高度重视。', '及时研究部署。'])).toBeNull();
  });
});
