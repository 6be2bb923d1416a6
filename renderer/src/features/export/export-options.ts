// Export options (版本、印章、字体方案、版式), remembered per draft with the last choice as the default for others.
import type { ApiInput } from '../../../../core/common/api/contract';
import type { Draft } from '../../../../core/common/model/types';

export type LayoutChoice = Required<Omit<ApiInput<'export.docx'>, 'id'>>;
export type DocKind = 'docx' | 'pdf';

const GLOBAL = 'qicao.export.last';
const perDraft = (id: string): string => `qicao.export.${id}`;

function read(key: string): Partial<LayoutChoice> | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Partial<LayoutChoice>) : null;
  } catch {
    return null;
  }
}

export function loadExportOptions(draft: Pick<Draft, 'id' | 'options'>): LayoutChoice {
  const own = read(perDraft(draft.id));
  const last = read(GLOBAL);
  return {
    // 版头/印章 belong to the document: its own setting unless the clerk chose otherwise for this draft.
    internal: own?.internal ?? draft.options.internal,
    seal: own?.seal ?? draft.options.seal,
    fonts: own?.fonts ?? last?.fonts ?? 'windows',
    preset: own?.preset ?? last?.preset ?? 'gbt9704',
  };
}

export function saveExportOptions(draftId: string, o: LayoutChoice): void {
  try {
    localStorage.setItem(perDraft(draftId), JSON.stringify(o));
    localStorage.setItem(GLOBAL, JSON.stringify({ fonts: o.fonts, preset: o.preset }));
  } catch {
    // Storage unavailable: the defaults apply next time.
  }
}

/** Missing-font notes are shown once per session and font scheme, not on every export. */
export function fontNoteDue(fonts: string): boolean {
  const key = `qicao.fontNote.${fonts}`;
  try {
    if (sessionStorage.getItem(key)) return false;
    sessionStorage.setItem(key, '1');
  } catch {
    // ignore
  }
  return true;
}
