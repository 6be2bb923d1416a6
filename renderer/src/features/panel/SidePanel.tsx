// The side panel: the draft's fields and its computed counts.
import { useMemo } from 'react';
import { COUNT_LABEL, computeCounts } from '../../../../core/common/model/counts';
import { DRAFT_FIELDS, fieldText } from '../../../../core/common/model/fields';
import type { CountKey, Draft } from '../../../../core/common/model/types';

const SHOWN: CountKey[] = ['aspects', 'problems', 'measures', 'done', 'mostlyDone', 'notDone', 'completionRate'];

export function SidePanel({ draft }: { draft: Draft | null }) {
  const counts = useMemo(() => (draft ? computeCounts(draft.body) : null), [draft]);
  if (!draft || !counts) return <aside className="side-panel" aria-label="信息面板" />;
  return (
    <aside className="side-panel" aria-label="信息面板">
      <h2>统计</h2>
      <dl className="counts">
        {SHOWN.map((k) => (
          <div key={k}>
            <dt>{COUNT_LABEL[k]}</dt>
            <dd data-count={k}>{counts[k]}</dd>
          </div>
        ))}
      </dl>
      <h2>字段</h2>
      <dl className="fields">
        {DRAFT_FIELDS.slice(0, 12).map((f) => {
          const v = fieldText(draft, f.key);
          return (
            <div key={f.key} className={v ? '' : 'missing'}>
              <dt>{f.label}</dt>
              <dd>{v || '未填写'}</dd>
            </div>
          );
        })}
      </dl>
    </aside>
  );
}
