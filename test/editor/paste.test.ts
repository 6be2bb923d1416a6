// Paste cleaning (happy-dom's DOMParser): Word/WPS/web HTML → lines → structure.
// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanLine, htmlToLines, textToLines } from '../../renderer/src/editor/paste/html-to-lines';
import { importNoticeText } from '../../core/common/import';
import type { Block } from '../../core/common/model/types';
import { keepListsAsWritten, leadingOrdinal, linesToBlocks } from '../../renderer/src/editor/paste/lines-to-blocks';

const text = (b: Block): string => (b.type === 'paragraph' ? b.content.map((c) => (c.t === 'text' ? c.text : '')).join('') : '');

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

describe('paste: a web page’s numbered list stays a list', () => {
  const WEB = `<h1>某某局关于2024年度工作情况的通报</h1><p>一、主要工作</p><p>今年我们做了以下工作：</p>
    <ol><li>加强组织领导，召开会议5次。</li><li>完善制度建设，出台制度3项。</li></ol>
    <ol start="3"><li>强化督促检查。</li></ol><p>二、下一步打算</p>`;

  it('keeps an <ol>’s numbers in the text, as the page shows them', () => {
    expect(htmlToLines(WEB)).toEqual([
      '某某局关于2024年度工作情况的通报', '一、主要工作', '今年我们做了以下工作：',
      '1.加强组织领导，召开会议5次。', '2.完善制度建设，出台制度3项。', '3.强化督促检查。', '二、下一步打算',
    ]);
  });

  it('1./2./3. under 一、 (no （一） level) are paragraphs with their numbers, not renumbered sub-sections', () => {
    const blocks = linesToBlocks(htmlToLines(WEB))!;
    const first = blocks.find((b) => b.type === 'section')!;
    if (first.type !== 'section') throw new Error('not a section');
    expect(first.children.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(first.children.slice(1).map(text)).toEqual(['1.加强组织领导，召开会议5次。', '2.完善制度建设，出台制度3项。', '3.强化督促检查。']);
    // A plain list pasted on its own is prose, pasted as paragraphs.
    expect(linesToBlocks(['1.落实责任制。', '2.推进信息公开。'])).toBeNull();
  });

  it('under （一）, 1. is still a heading level (a notice’s problems)', () => {
    const blocks = linesToBlocks(['一、整改情况', '（一）组织建设方面', '1.支部活动不规范', '2.发展党员不严格'])!;
    const aspect = (blocks[0] as Extract<Block, { type: 'section' }>).children[0] as Extract<Block, { type: 'section' }>;
    expect(aspect.children.map((b) => b.type)).toEqual(['section', 'section']);
  });

  it('the import parser’s reading of the same paste keeps the list as written', () => {
    const lines = ['根据工作安排，现将有关情况通报如下。', '一、主要工作', '1.落实责任制。', '2.推进信息公开。', '3.开展培训。', '二、下一步打算', '继续做好工作。'];
    const parsed = importNoticeText(lines.join('\n'), { now: '2025-01-10T00:00:00.000Z' }).draft.body;
    const kept = keepListsAsWritten(parsed, lines);
    const all: string[] = [];
    const walk = (bs: Block[]): void => bs.forEach((b) => (b.type === 'section' ? walk(b.children) : all.push(text(b))));
    walk(kept);
    expect(all).toEqual(expect.arrayContaining(['1.落实责任制。', '2.推进信息公开。', '3.开展培训。']));
    const headings = (bs: Block[]): string[] => bs.flatMap((b) =>
      b.type === 'section' ? [b.heading.map((c) => (c.t === 'text' ? c.text : '')).join(''), ...headings(b.children)] : []);
    // The parser alone reads the list as headings (which the editor would number anew); the paste undoes that.
    expect(headings(parsed)).toContain('落实责任制。');
    expect(headings(kept)).not.toContain('落实责任制。');
    expect(headings(kept)).toEqual(expect.arrayContaining(['主要工作', '下一步打算']));
  });
});
