// The fields every 公文 prints (标题, 发文机关署名, 成文日期 — GB/T 9704 §7.3) and fields the text refers to.
import { fieldDef, fieldValue } from '../../model/fields';
import type { DraftFieldKey, FieldKey } from '../../model/types';
import { walk } from '../../model/walk';
import { blockSlots } from '../text-units';
import type { Rule } from '../types';

const ALWAYS: DraftFieldKey[] = ['title', 'signer', 'docDate'];

export const structureRequiredFields: Rule = {
  id: 'structure.required-fields',
  severity: 'error',
  name: '必填字段',
  draft: ({ draft }, report) => {
    const need: DraftFieldKey[] = [...ALWAYS, ...(draft.options.internal ? (['docNumber'] as DraftFieldKey[]) : [])];
    for (const key of need) {
      if (fieldValue(draft, key).trim()) continue;
      report({
        location: { blockId: null, field: key }, key,
        severity: key === 'docNumber' ? 'warning' : 'error',
        message: key === 'docNumber'
          ? '内部版本的版头缺少“发文字号”：导出时不印发文字号和红色分隔线（GB/T 9704 7.2.5、7.2.7）。'
          : `“${fieldDef(key)?.label ?? key}”尚未填写。`,
        excerpt: fieldDef(key)?.label ?? key,
      });
    }
    walk(draft.body, (b) => {
      for (const slot of blockSlots(b)) {
        const missing = new Set<FieldKey>();
        for (const p of slot.content) if (p.t === 'field' && !fieldValue(draft, p.key).trim()) missing.add(p.key);
        for (const key of missing) {
          const label = fieldDef(key)?.label ?? key;
          report({
            location: slot.location, key,
            message: `正文引用了“${label}”，但该字段尚未填写，打印时此处为空。`,
            excerpt: label,
          });
        }
      }
    });
  },
};
