// Bottom line: character count, problems by status, which host serves the app.
import { useMemo } from 'react';
import { computeCounts } from '../../../core/common/model/counts';
import type { Draft } from '../../../core/common/model/types';
import { printedText, toPrinted } from '../../../core/common/render/printed';

export function StatusBar({ draft, host }: { draft: Draft | null; host: 'electron' | 'browser' | null }) {
  const figures = useMemo(() => {
    if (!draft) return null;
    const chars = toPrinted(draft).reduce((n, p) => n + printedText(p).length, 0);
    return { chars, counts: computeCounts(draft.body) };
  }, [draft]);
  return (
    <footer className="status-bar">
      {figures ? (
        <>
          <span>字数 {figures.chars}</span>
          <span>问题 {figures.counts.problems}（已完成 {figures.counts.done} · 基本完成 {figures.counts.mostlyDone} · 未完成 {figures.counts.notDone}）</span>
        </>
      ) : (
        <span>未打开文稿</span>
      )}
      <span className="spacer" />
      <span>{host === 'browser' ? '浏览器模式（仅本机访问）' : host === 'electron' ? '桌面版' : ''}</span>
    </footer>
  );
}
