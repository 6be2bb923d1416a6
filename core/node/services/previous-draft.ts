// Last year's draft, the one this draft was started from (Draft.basedOn): read for the 雷同 check and for
// 与上年文稿比较. A purged draft is an expected state and says so; any other read failure (a damaged row, a locked
// or unreadable library) is reported as what it is, never mistaken for "purged".
import type { Draft } from '../../common/model/types';
import type { Library } from '../library';
import { LibraryError } from '../store/errors';

export type PreviousDraft =
  | { kind: 'none' }
  | { kind: 'found'; draft: Draft }
  | { kind: 'purged' | 'unreadable'; message: string };

export function readPreviousDraft(lib: Library, draft: Draft): PreviousDraft {
  const basedOn = draft.basedOn;
  if (!basedOn?.draftId) return { kind: 'none' };
  const name = `上年文稿“${basedOn.title || basedOn.draftId}”`;
  try {
    return { kind: 'found', draft: lib.drafts.get(basedOn.draftId) };
  } catch (e) {
    if (e instanceof LibraryError && e.kind === 'not-found') {
      return { kind: 'purged', message: `${name}已从文稿库中彻底删除，无法与它比较。` };
    }
    return { kind: 'unreadable', message: `${name}读取失败：${(e as Error).message || '未知错误'}` };
  }
}
