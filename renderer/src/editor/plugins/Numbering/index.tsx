// Shows the computed numbering (core/common/model/numbering.ts), heading levels and each problem's status phrase and
// 整改情况：lead (core/common/view/problem.ts, the same text the exports print) as data attributes that CSS renders
// with ::before/::after, so they are never text: the caret, the IME and copy never reach them. Recomputed after
// structural changes and problem-title edits (a title's end punctuation decides its 。); written where the numbering
// changed and re-applied to the elements an update touched, because Lexical may recreate an element's DOM.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useEffect } from 'react';
import { computeNumbering } from '../../../../../core/common/model/numbering';
import { STATUS_LABEL } from '../../../../../core/common/model/status';
import { problemText } from '../../../../../core/common/view/problem';
import { replacesWholeState } from '../../convert/block-cache';
import { $readSkeleton } from '../../convert/skeleton';
import { EnumerationItemNode } from '../../nodes/EnumerationItemNode';
import { EnumerationNode } from '../../nodes/EnumerationNode';
import { MeasureNode } from '../../nodes/MeasureNode';
import { ProblemNode } from '../../nodes/ProblemNode';
import { ProblemTitleNode } from '../../nodes/ProblemTitleNode';
import { SectionNode } from '../../nodes/SectionNode';
import { setData } from '../../nodes/meta';

type Attrs = Record<string, string>;

const sameAttrs = (a: Attrs | undefined, b: Attrs): boolean => {
  if (!a) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

/** `firstLevel`: DraftOptions.firstHeadingLevel (2 for a notice whose top headings are （一）). */
export function NumberingPlugin({ firstLevel = 1 }: { firstLevel?: number }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let cache = new Map<string, Attrs>();
    let stale = true;
    /** Keys whose attributes changed in the last recompute (only those need writing). */
    let changed: string[] = [];
    const recompute = (): void => {
      const next = new Map<string, Attrs>();
      editor.getEditorState().read(() => {
        const sk = $readSkeleton();
        const numbering = computeNumbering(sk.body, firstLevel);
        for (const [id, key] of sk.keyOf) {
          const level = sk.levelOf.get(id);
          next.set(key, { ordinal: numbering.get(id) ?? '', ...(level ? { level: String(Math.min(level + firstLevel - 1, 5)) } : {}) });
        }
        for (const info of sk.problems.values()) {
          const m = info.meta;
          const view = problemText({ ...m, measureCount: info.measureCount }, info.title);
          if (info.titleKey) {
            const a = next.get(info.titleKey) ?? { ordinal: '' };
            a.status = m.status;
            a['status-label'] = STATUS_LABEL[m.status];
            a.suffix = view.titleSuffix;
            a['lead-line'] = view.leadLine;
            next.set(info.titleKey, a);
          }
          if (info.firstMeasureKey && view.measuresLead) {
            const a = next.get(info.firstMeasureKey) ?? { ordinal: '' };
            a.ordinal = view.measuresLead + (a.ordinal ?? '');
            next.set(info.firstMeasureKey, a);
          }
        }
      });
      // Keys that lost their numbering (a measure now alone) must lose the attribute too.
      for (const key of cache.keys()) if (!next.has(key)) next.set(key, { ordinal: '', level: '', suffix: '', 'lead-line': '' });
      changed = [...next].filter(([key, a]) => !sameAttrs(cache.get(key), a)).map(([key]) => key);
      cache = next;
      stale = false;
    };
    const apply = (keys: Iterable<string>): void => {
      for (const key of keys) {
        const a = cache.get(key);
        const dom = a && editor.getElementByKey(key);
        if (dom) setData(dom, a);
      }
    };
    const markStale = (): void => {
      stale = true;
    };
    recompute();
    apply(cache.keys());
    return mergeRegister(
      ...[SectionNode, ProblemNode, ProblemTitleNode, MeasureNode, EnumerationNode, EnumerationItemNode].map((k) =>
        editor.registerMutationListener(k, markStale, { skipInitialization: true })),
      editor.registerUpdateListener((u) => {
        if (stale) {
          recompute();
          apply(changed);
        }
        // A DOM element is created or replaced only for a node this update marked (typing touches one measure, not
        // the hundreds of numbered blocks); a whole new state (undo, setEditorState) may replace any of them.
        apply(replacesWholeState(u) ? cache.keys() : u.dirtyElements.keys());
      }),
    );
  }, [editor]);
  return null;
}

