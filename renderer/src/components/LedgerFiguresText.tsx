// The ledger's figures in one line, as core/common/view/figures.ts defines them: the status bar and the ledger panel
// show the same numbers with the same labels.
import { COMPLETION_RATE_RULE, type LedgerFigures, statusFigureItems } from '../../../core/common/view/figures';

export function LedgerFiguresText({ figures }: { figures: LedgerFigures }) {
  const items = statusFigureItems(figures);
  return (
    <>
      问题 {figures.problems}
      {items.length > 0 && `（${items.map((i) => `${i.label} ${i.count}`).join(' · ')}）`}
      {figures.problems > 0 && (
        <> · <abbr title={COMPLETION_RATE_RULE}>完成率</abbr> <b data-count="completionRate">{figures.completionRate}%</b></>
      )}
    </>
  );
}
