// Run fonts for the DOCX: explicit names in every slot (never theme fonts) and hint eastAsia on every run.
import type { FontRole } from '../layout/fonts';
import type { LayoutSpec } from '../layout/gbt9704';

export interface RunFont {
  ascii: string;
  hAnsi: string;
  eastAsia: string;
  cs: string;
  hint: string;
}

/**
 * “”‘’—… lie outside Word's East-Asian ranges; without w:hint="eastAsia" Word sets them in the Latin face
 * (half-width quotes, thin dashes) — MS-OI29500 §2.1.88, GBT9704.md §6.
 */
export function runFont(spec: LayoutSpec, role: FontRole): RunFont {
  const cjk = spec.fonts.cjk[role];
  // 页码 is 半角宋体 throughout (Std 7.5): the digits take the 宋体 face too.
  const latin = role === 'songti' ? cjk : spec.fonts.latin;
  return { ascii: latin, hAnsi: latin, eastAsia: cjk, cs: cjk, hint: 'eastAsia' };
}
