// The draft laid out as printed paragraphs (read-only view; the structured editor replaces it for editing).
import { useMemo } from 'react';
import type { Draft } from '../../../../core/common/model/types';
import { toPrinted } from '../../../../core/common/render/printed';

export function DocumentView({ draft }: { draft: Draft }) {
  const paragraphs = useMemo(() => toPrinted(draft, { missing: () => '【待填】' }), [draft]);
  return (
    <article className="page" aria-label="文稿页面">
      {paragraphs.map((p, i) => (
        <p key={i} className={`pp pp-${p.kind}${p.level ? ` pp-h${p.level}` : ''}`} data-source={p.sourceId}>
          {p.runs.map((r, j) => (
            <span key={j} className={`run-${r.role}`}>{r.text}</span>
          ))}
        </p>
      ))}
    </article>
  );
}
