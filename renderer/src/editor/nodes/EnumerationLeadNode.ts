// The lead sentence before an enumeration's items ("坚持以巡察整改为契机，").
import { ElementNode, type LexicalNode, type RangeSelection } from 'lexical';
import { newId } from '../../../../core/common/model/ids';
import { $createEnumerationItemNode, type EnumerationItemNode } from './EnumerationItemNode';
import { leafDOM, markEmpty } from './meta';

export class EnumerationLeadNode extends ElementNode {
  override $config() {
    return this.config('q-enum-lead', { extends: ElementNode });
  }

  override createDOM(): HTMLElement {
    return leafDOM('p', 'q-enum-lead', this.getChildrenSize() === 0, '（引导语，可不填）');
  }

  override updateDOM(_prev: this, dom: HTMLElement): boolean {
    markEmpty(dom, this.getChildrenSize() === 0, '（引导语，可不填）');
    return false;
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): EnumerationItemNode {
    const item = $createEnumerationItemNode({ id: newId('i') });
    this.insertAfter(item, restoreSelection);
    return item;
  }

  override collapseAtStart(): boolean {
    return true;
  }
}

export function $createEnumerationLeadNode(): EnumerationLeadNode {
  return new EnumerationLeadNode();
}

export function $isEnumerationLeadNode(node: LexicalNode | null | undefined): node is EnumerationLeadNode {
  return node instanceof EnumerationLeadNode;
}
