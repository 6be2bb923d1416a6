// 一是/二是… or （1）（2）… in prose: a container of an optional lead and its items.
import { $setState, ElementNode, type LexicalNode } from 'lexical';
import type { EnumerationBlock } from '../../../../core/common/model/types';
import { $getMeta, metaState, setData } from './meta';

export type EnumerationMeta = Omit<EnumerationBlock, 'type' | 'lead' | 'items'>;
export const enumerationState = metaState<EnumerationMeta>('qEnumeration', { id: '', style: 'shi', layout: 'inline' });

export class EnumerationNode extends ElementNode {
  override $config() {
    return this.config('q-enumeration', { extends: ElementNode, stateConfigs: [{ stateConfig: enumerationState, flat: true }] });
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'q-enumeration';
    this.decorateDOM(dom);
    return dom;
  }

  override updateDOM(_prev: this, dom: HTMLElement): boolean {
    this.decorateDOM(dom);
    return false;
  }

  private decorateDOM(dom: HTMLElement): void {
    const m = $getMeta(this, enumerationState);
    setData(dom, { id: m.id, layout: m.layout });
  }

  override canBeEmpty(): boolean {
    return false;
  }

  getMeta(): EnumerationMeta {
    return $getMeta(this, enumerationState);
  }
}

export function $createEnumerationNode(meta: EnumerationMeta): EnumerationNode {
  return $setState(new EnumerationNode(), enumerationState, meta);
}

export function $isEnumerationNode(node: LexicalNode | null | undefined): node is EnumerationNode {
  return node instanceof EnumerationNode;
}
