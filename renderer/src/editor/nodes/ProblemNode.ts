// 具体问题: a container of its ProblemTitleNode, its MeasureNodes (整改措施) and any further blocks; the ledger facts
// (status, 责任领导, 责任单位, 完成时限) live in node state.
import { $setState, ElementNode, type LexicalNode } from 'lexical';
import type { ProblemBlock } from '../../../../core/common/model/types';
import { $getMeta, metaState, setData } from './meta';

export type ProblemMeta = Omit<ProblemBlock, 'type' | 'title' | 'measures' | 'children'>;
export const problemState = metaState<ProblemMeta>('qProblem', {
  id: '', status: 'unknown', form: 'heading', measureStyle: 'shi', measureLayout: 'inline',
});

export class ProblemNode extends ElementNode {
  override $config() {
    return this.config('q-problem', { extends: ElementNode, stateConfigs: [{ stateConfig: problemState, flat: true }] });
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'q-problem';
    this.decorateDOM(dom);
    return dom;
  }

  override updateDOM(_prev: this, dom: HTMLElement): boolean {
    this.decorateDOM(dom);
    return false;
  }

  private decorateDOM(dom: HTMLElement): void {
    const m = $getMeta(this, problemState);
    setData(dom, { id: m.id, status: m.status, form: m.form, layout: m.measureLayout });
  }

  override canBeEmpty(): boolean {
    return false;
  }

  getMeta(): ProblemMeta {
    return $getMeta(this, problemState);
  }
}

export function $createProblemNode(meta: ProblemMeta): ProblemNode {
  return $setState(new ProblemNode(), problemState, meta);
}

export function $isProblemNode(node: LexicalNode | null | undefined): node is ProblemNode {
  return node instanceof ProblemNode;
}
