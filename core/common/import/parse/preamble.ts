// The preamble's facts: who deployed the inspection, when, which group, which unit, when it fed back.
import { formatChineseDate } from '../../model/fields';
import type { DraftFieldKey } from '../../model/types';
import { isoDate } from './dates';
import type { Span } from './inlines';

export type PreambleFields = Partial<Record<DraftFieldKey, string>>;

export interface PreambleRead {
  fields: PreambleFields;
  spans: Span[];
}

const RANGE = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:至|到|—|-|－|~|～)\s*(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/;
const GROUP = /([^，。、；（）]{2,30}?巡[察视][^，。、；]{0,12}?组)\s*(?:对|进驻|向)/;
const UNIT = /巡[察视][^，。、；]{0,12}?组\s*(?:对|进驻)\s*([^，。、；]{2,30}?)(?:党组|党委)?(?:开展|进行|实施)(?:了)?(?:常规|专项|机动|提级)?(?:巡[察视])/;
const DEPLOYER = /根据([^，。、；]{1,20}?)(?:关于)?(?:的)?(?:巡[察视](?:巡察)?工作)?(?:的)?统一部署/;
const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g;

function span(text: string, value: string, key: DraftFieldKey, from = 0): Span | null {
  const at = text.indexOf(value, from);
  return at < 0 ? null : { at, len: value.length, inline: { t: 'field', key } };
}

export function readPreamble(text: string): PreambleRead {
  const fields: PreambleFields = {};
  const spans: Span[] = [];
  const add = (s: Span | null): void => {
    if (s) spans.push(s);
  };
  const range = RANGE.exec(text);
  let year: number | null = null;
  let endMonth = 0;
  if (range) {
    const [, y1, m1, d1, y2, m2, d2] = range;
    year = Number(y2 ?? y1);
    endMonth = Number(m2 ?? m1);
    const start = isoDate(Number(y1), Number(m1), Number(d1));
    const end = isoDate(year, endMonth, Number(d2));
    if (start) {
      fields.inspectionStart = start;
      const written = `${y1}年${m1}月${d1}日`;
      if (formatChineseDate(start) === written) add(span(text, written, 'inspectionStart', range.index));
    }
    if (end) {
      fields.inspectionEnd = end;
      // Linked only when written in full: a field prints the full date, and "4月20日至5月31日" must stay as
      // published (the value is still read into 巡察结束日期).
      const sep = range[0].search(/至|到|—|-|－|~|～/);
      const endText = range[0].slice(sep + 1).trim();
      if (formatChineseDate(end) === endText) add(span(text, endText, 'inspectionEnd', range.index + sep + 1));
    }
  }
  const deployer = DEPLOYER.exec(text)?.[1];
  if (deployer) {
    fields.deployer = deployer;
    add(span(text, deployer, 'deployer'));
  }
  const group = GROUP.exec(text);
  if (group) {
    fields.inspectionGroup = group[1]!.replace(/^(并|由|经|后|，)/, '');
    add(span(text, fields.inspectionGroup, 'inspectionGroup', group.index));
  }
  const unit = UNIT.exec(text)?.[1];
  if (unit) fields.unitShortName = unit;
  // 反馈日期: the last date shortly before 反馈; a missing year comes from the inspection.
  for (const fb of text.matchAll(/反馈/g)) {
    const before = text.slice(Math.max(0, fb.index - 50), fb.index);
    const dates = [...before.matchAll(DATE)];
    const d = dates[dates.length - 1];
    if (!d) continue;
    let y = d[1] ? Number(d[1]) : year;
    if (y === null) continue;
    if (!d[1] && Number(d[2]) < endMonth) y += 1;
    const iso = isoDate(y, Number(d[2]), Number(d[3]));
    if (!iso) continue;
    fields.feedbackDate = iso;
    if (d[1] && formatChineseDate(iso) === d[0]) add(span(text, d[0], 'feedbackDate', Math.max(0, fb.index - 50)));
    break;
  }
  return { fields, spans };
}
