// A pasted notice goes through the host's import parser. It lands in a draft that has its own 标题/署名/成文日期:
// the pasted ones fill a field that is empty (or still the template's ×× placeholder), and the notice says exactly
// which were filled and which were left as they were — never "not placed" while nothing happened.
import { formatChineseDate } from '../../../../core/common/model/chinese-date';
import type { DraftFieldKey } from '../../../../core/common/model/types';
import { api } from '../../api';
import type { DraftSession } from '../../editor/session';
import type { ParseNotice } from '../../editor/plugins/Paste';

const OFFERED: [DraftFieldKey, string][] = [['title', '标题'], ['signer', '署名'], ['docDate', '成文日期']];

const isPlaceholder = (v: string): boolean => v === '' || v.includes('××');

export function pasteNoticeParser(session: DraftSession): ParseNotice {
  return async (text) => {
    const { body, report } = await api['import.parseText']({ text });
    const c = report.counts;
    const pasted: Partial<Record<DraftFieldKey, string>> = { ...report.fieldsFound, ...(report.title ? { title: report.title } : {}) };
    const filled: string[] = [];
    const kept: string[] = [];
    for (const [key, label] of OFFERED) {
      const value = pasted[key]?.trim();
      if (!value) continue;
      const current = (session.current.fields[key] ?? '').trim();
      if (current === value) continue;
      const show = (v: string): string => `“${key === 'docDate' ? formatChineseDate(v) : v}”`;
      if (isPlaceholder(current)) {
        session.setField(key, value);
        filled.push(`${label}${show(value)}`);
      } else kept.push(`${label}${show(value)}（本文稿为${show(current)}）`);
    }
    const note = [
      c.problems ? `已按通报结构粘贴：${c.aspects} 个方面、${c.problems} 个具体问题、${c.measures} 项措施。` : '',
      filled.length ? `已把粘贴内容中的${filled.join('、')}填入字段。` : '',
      kept.length ? `粘贴内容中的${kept.join('、')}与本文稿不同，未放入正文，也未替换；如需采用，请在“字段”中修改。` : '',
    ].join('');
    // The parser reads a whole notice; a pasted fragment's first paragraph is not the notice's 导语.
    const plain = body.map((b) => (b.type === 'paragraph' && b.role === 'preamble' ? { ...b, role: undefined } : b));
    return { body: plain, note: note || null };
  };
}
