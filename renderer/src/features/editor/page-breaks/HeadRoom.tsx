// The room the 版头 takes on the first page of an internal document (发文机关标志, 发文字号, red rule), kept in the
// page view at the height the print view gives it (core/common/print: headHeightPt), so the text below it and the
// page breaks fall where the PDF has them. The 版头 itself is drawn by the exports only; here it is named.
import { useMemo } from 'react';
import type { Draft } from '../../../../../core/common/model/types';
import { headHeightPt } from '../../../../../core/common/print';
import { presetById } from '../../../../../core/common/view/page-metrics';

export function HeadRoom({ model, preset }: { model: Draft; preset: string }) {
  const height = useMemo(() => headHeightPt(model, { preset: presetById(preset) }), [model, preset]);
  return (
    <div className="doc-head" style={{ height: `${height.toFixed(2)}pt` }} title="版头（发文机关标志、发文字号）导出时印在此处">
      <span>版头：发文机关标志、发文字号（导出时印出）</span>
    </div>
  );
}
