// One item of an enumeration; its marker (一是, （1）) is computed.
import { $setState, ElementNode, type LexicalNode, type RangeSelection } from 'lexical';
import { newId } from '../../../../core/common/model/ids';
import { $getMeta, leafDOM, markEmpty, metaState, setData } from './meta';

export interface EnumerationItemMeta {
  id: string;
  carried?: boolean;
}
export const itemState = metaState<EnumerationItemMeta>('qItem', { id: '' });

export class EnumerationItemNode extends ElementNode {
  override $config() {
    return this.config('q-enum-item', { extends: ElementNode, stateConfigs: [{ stateConfig: itemState, flat: true }] });
  }

  override createDOM(): HTMLElement {
    const dom = leafDOM('p', 'q-enum-item', this.getChildrenSize() === 0, '请输入内容');
    setData(dom, { id: $getMeta(this, itemState).id });
    return dom;
  }

  override updateDOM(_prev: this, dom: HTMLElement): boolean {
    markEmpty(dom, this.getChildrenSize() === 0, '请输入内容');
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

  getMeta(): EnumerationItemMeta {
    return $getMeta(this, itemState);
  }
}

export function $createEnumerationItemNode(meta: EnumerationItemMeta): EnumerationItemNode {
  return $setState(new EnumerationItemNode(), itemState, meta);
}

export function $isEnumerationItemNode(node: LexicalNode | null | undefined): node is EnumerationItemNode {
  return node instanceof EnumerationItemNode;
}
