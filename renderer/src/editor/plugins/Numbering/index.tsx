// Shows the computed numbering (core/common/model/numbering.ts), heading levels and each problem's status phrase and
// 整改情况：lead (core/common/view/problem.ts, the same text the exports print) as data attributes that CSS renders
// with ::before/::after, so they are never text: the caret, the IME and copy never reach them. Recomputed after
// structural changes and problem-title edits (a title's end punctuation decides its 。); re-applied after every
// update because Lexical may recreate an element's DOM.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useEffect } from 'react';
import { computeNumbering } from '../../../../../core/common/model/numbering';
import { STATUS_LABEL } from '../../../../../core/common/model/status';
import { problemText } from '../../../../../core/common/view/problem';
import { $readSkeleton } from '../../convert/skeleton';
import { EnumerationItemNode } from '../../nodes/EnumerationItemNode';
import { EnumerationNode } from '../../nodes/EnumerationNode';
import { MeasureNode } from '../../nodes/MeasureNode';
import { ProblemNode } from '../../nodes/ProblemNode';
import { ProblemTitleNode } from '../../nodes/ProblemTitleNode';
import { SectionNode } from '../../nodes/SectionNode';
import { setData } from '../../nodes/meta';

type Attrs = Record<string, string>;


/** `firstLevel`: DraftOptions.firstHeadingLevel (2 for a notice whose top headings are （一）). */
export function NumberingPlugin({ firstLevel = 1 }: { firstLevel?: number }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let cache = new Map<string, Attrs>();
    let stale = true;
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
      cache = next;
      stale = false;
    };
    const apply = (): void => {
      for (const [key, a] of cache) {
        const dom = editor.getElementByKey(key);
        if (dom) setData(dom, a);
      }
    };
    const markStale = (): void => {
      stale = true;
    };
    recompute();
    apply();
    return mergeRegister(
      ...[SectionNode, ProblemNode, ProblemTitleNode, MeasureNode, EnumerationNode, EnumerationItemNode].map((k) =>
        editor.registerMutationListener(k, markStale, { skipInitialization: true })),
      editor.registerUpdateListener(() => {
        if (stale) recompute();
        apply();
      }),
    );
  }, [editor]);
  return null;
}

