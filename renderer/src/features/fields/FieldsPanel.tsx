// 字段: each value once; every occurrence in the text follows. Missing values used by the text are flagged.
import { useEffect, useMemo, useRef } from 'react';
import { DRAFT_FIELDS, PROFILE_FIELDS, fieldValue } from '../../../../core/common/model/fields';
import type { Block, Draft, FieldKey, Inline } from '../../../../core/common/model/types';
import { walk } from '../../../../core/common/model/walk';
import { CommitInput } from '../../components/CommitInput';
import { DateInput } from '../../components/DateInput';

function usedFields(body: Block[]): Set<FieldKey> {
  const used = new Set<FieldKey>(['title', 'signer', 'docDate']);
  const scan = (c: Inline[]): void => c.forEach((i) => i.t === 'field' && used.add(i.key));
  walk(body, (b) => {
    if (b.type === 'paragraph') scan(b.content);
    else if (b.type === 'section') scan(b.heading);
    else if (b.type === 'problem') {
      scan(b.title);
      b.measures.forEach((m) => scan(m.content));
    } else {
      scan(b.lead);
      b.items.forEach((i) => scan(i.content));
    }
  });
  return used;
}

export function FieldsPanel({ draft, focusKey, onSet }: { draft: Draft; focusKey: FieldKey | null; onSet: (k: FieldKey, v: string) => void }) {
  const used = useMemo(() => usedFields(draft.body), [draft.body]);
  const refs = useRef(new Map<FieldKey, HTMLInputElement>());
  useEffect(() => {
    if (focusKey) refs.current.get(focusKey)?.focus();
  }, [focusKey]);
  const all = [...DRAFT_FIELDS, ...PROFILE_FIELDS];
  const missing = all.filter((f) => used.has(f.key) && !fieldValue(draft, f.key));
  const row = (f: (typeof all)[number]) => {
    const v = fieldValue(draft, f.key);
    const isMissing = used.has(f.key) && !v;
    return (
      <label key={f.key} className={`field-row${isMissing ? ' missing' : ''}`}>
        <span className="field-label">{f.label}{used.has(f.key) && <i className="used" title="正文中使用">●</i>}</span>
        {f.kind === 'date' ? (
          <DateInput
            ref={(el) => void (el ? refs.current.set(f.key, el) : refs.current.delete(f.key))}
            value={v}
            data-field-input={f.key}
            aria-label={f.label}
            placeholder={isMissing ? '未填写，如 2025年2月17日' : '如 2025年2月17日'}
            onCommit={(nv) => onSet(f.key, nv)}
          />
        ) : (
          <CommitInput
            ref={(el) => void (el ? refs.current.set(f.key, el) : refs.current.delete(f.key))}
            type="text"
            value={v}
            data-field-input={f.key}
            aria-label={f.label}
            placeholder={isMissing ? '未填写' : ''}
            onCommit={(nv) => onSet(f.key, nv)}
          />
        )}
      </label>
    );
  };
  return (
    <div className="fields-panel">
      <p className={missing.length ? 'fields-summary warn' : 'fields-summary'}>
        {missing.length ? `正文中有 ${missing.length} 个字段未填写：${missing.map((f) => f.label).join('、')}` : '正文用到的字段都已填写。'}
      </p>
      <h3>文稿字段</h3>
      {DRAFT_FIELDS.filter((f) => used.has(f.key) || fieldValue(draft, f.key)).map(row)}
      <h3>单位信息</h3>
      {PROFILE_FIELDS.map(row)}
      <details>
        <summary>其他字段</summary>
        {DRAFT_FIELDS.filter((f) => !used.has(f.key) && !fieldValue(draft, f.key)).map(row)}
      </details>
    </div>
  );
}
