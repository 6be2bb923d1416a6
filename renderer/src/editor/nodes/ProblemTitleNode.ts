// The text of a 具体问题; Enter goes on to its first 整改措施.
import { $getState, ElementNode, type LexicalNode, type RangeSelection } from 'lexical';
import { $createMeasureNode, type MeasureNode } from './MeasureNode';
import { $isProblemNode, problemState } from './ProblemNode';
import { leafDOM, markEmpty } from './meta';
import { newId } from '../../../../core/common/model/ids';

export class ProblemTitleNode extends ElementNode {
  override $config() {
    return this.config('q-problem-title', { extends: ElementNode });
  }

  override createDOM(): HTMLElement {
    return leafDOM('h4', 'q-problem-title', this.getChildrenSize() === 0, this.placeholder());
  }

  override updateDOM(_prev: this, dom: HTMLElement): boolean {
    markEmpty(dom, this.getChildrenSize() === 0, this.placeholder());
    return false;
  }

  private placeholder(): string {
    const parent = this.getParent();
    return ($isProblemNode(parent) ? $getState(parent, problemState).guidance : undefined) ?? '请输入具体问题';
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): MeasureNode {
    const m = $createMeasureNode({ id: newId('m') });
    this.insertAfter(m, restoreSelection);
    return m;
  }

  override collapseAtStart(): boolean {
    return true;
  }
}

export function $createProblemTitleNode(): ProblemTitleNode {
  return new ProblemTitleNode();
}

export function $isProblemTitleNode(node: LexicalNode | null | undefined): node is ProblemTitleNode {
  return node instanceof ProblemTitleNode;
}
