// Finds the facts of one year inside prose — numbers with units (12人次, 97.14%, 38卷) and dates — so carried text
// can be highlighted until the clerk updates it ("总结雷同，仅更新一些统计数据" is what inspectors criticise).
import type { Block, Inline } from '../model/types';
import { walk } from '../model/walk';

export type FactKind = 'count' | 'percent' | 'date';

export interface TextFact {
  kind: FactKind;
  /** UTF-16 offsets into the text run. */
  start: number;
  end: number;
  text: string;
}

/** Which inline list of a block the fact is in: paragraph content, section heading, problem title, … */
export type FactPart = 'content' | 'heading' | 'title' | 'lead' | 'item' | 'measure' | 'deadline';

export interface CarriedFact extends TextFact {
  blockId: string;
  part: FactPart;
  /** The enumeration item or measure id for parts 'item' and 'measure'. */
  itemId?: string;
  /** Index of the text run in the inline list (-1 for 'deadline', which is a ledger value, not prose). */
  inlineIndex: number;
}

const D = '[0-9０-９]';
const DATE = `${D}{4}\\s*年(?:\\s*${D}{1,2}\\s*月(?:\\s*${D}{1,2}\\s*日)?)?(?:底|初|上旬|中旬|下旬)?|${D}{1,2}\\s*月\\s*${D}{1,2}\\s*日|${D}{1,2}\\s*月(?:底|初|上旬|中旬|下旬|份)`;
const NUMBER = `${D}+(?:[.．]${D}+)?`;
const PERCENT = `${NUMBER}\\s*(?:%|％|‰|个百分点)`;
// Longest first, so 人次 wins over 人 and 万元 over 元.
const UNITS = [
  '万人次', '人次', '户次', '件次', '个百分点', '百分点', '亿元', '万元', '千元', '元', '平方米', '公里', '万册', '小时',
  '个', '项', '人', '名', '次', '场', '期', '批', '轮', '卷', '件', '份', '篇', '条', '家', '户', '所', '套', '本', '册',
  '天', '倍', '分', '部', '起', '处', '支', '封', '单', '座', '台',
].join('|');
const COUNT = `${NUMBER}\\s*(?:余|多)?\\s*(?:${UNITS})`;
// Chinese numerals only with counting units, and never a lone 一 (一次/一项 are idiom more often than statistics);
// 个 is left out to spare set phrases such as 两个维护 and 四个意识.
const CN_COUNT = '(?:[二两三四五六七八九十百千万][一二两三四五六七八九十百千万]*|一[一二三四五六七八九十百千万]+)(?:余|多)?(?:项|次|人次|人|名|件|批|场|期|卷|篇|份|条|轮)';

const FACT = new RegExp(`(${DATE})|(${PERCENT})|(${COUNT}|${CN_COUNT})`, 'g');

export function findFacts(text: string): TextFact[] {
  const out: TextFact[] = [];
  for (const m of text.matchAll(FACT)) {
    const kind: FactKind = m[1] ? 'date' : m[2] ? 'percent' : 'count';
    out.push({ kind, start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  return out;
}

function scanInlines(content: Inline[], base: Omit<CarriedFact, keyof TextFact | 'inlineIndex'>, out: CarriedFact[]): void {
  content.forEach((part, inlineIndex) => {
    if (part.t !== 'text') return;
    for (const f of findFacts(part.text)) out.push({ ...base, ...f, inlineIndex });
  });
}

/** Every fact in the prose of `blocks` (and problem deadlines), in document order. */
export function findBlockFacts(blocks: Block[]): CarriedFact[] {
  const out: CarriedFact[] = [];
  walk(blocks, (b) => {
    const blockId = b.id;
    switch (b.type) {
      case 'paragraph':
        scanInlines(b.content, { blockId, part: 'content' }, out);
        break;
      case 'section':
        scanInlines(b.heading, { blockId, part: 'heading' }, out);
        break;
      case 'enumeration':
        scanInlines(b.lead, { blockId, part: 'lead' }, out);
        for (const it of b.items) scanInlines(it.content, { blockId, part: 'item', itemId: it.id }, out);
        break;
      case 'problem':
        scanInlines(b.title, { blockId, part: 'title' }, out);
        for (const m of b.measures) scanInlines(m.content, { blockId, part: 'measure', itemId: m.id }, out);
        if (b.deadline) for (const f of findFacts(b.deadline)) out.push({ ...f, blockId, part: 'deadline', inlineIndex: -1 });
        break;
    }
  });
  return out;
}
