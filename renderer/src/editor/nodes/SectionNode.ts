// 标题层级 (一、（一）1.（1）): a container whose first child is its SectionHeadingNode; level comes from depth.
import { $setState, ElementNode, type LexicalNode } from 'lexical';
import type { SectionBlock } from '../../../../core/common/model/types';
import { $getMeta, metaState, setData } from './meta';

/** Everything of a SectionBlock except its text and children. */
export type SectionMeta = Omit<SectionBlock, 'type' | 'heading' | 'children'>;
export const sectionState = metaState<SectionMeta>('qSection', { id: '', role: 'generic' });

export class SectionNode extends ElementNode {
  override $config() {
    return this.config('q-section', { extends: ElementNode, stateConfigs: [{ stateConfig: sectionState, flat: true }] });
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'q-section';
    this.decorateDOM(dom);
    return dom;
  }

  override updateDOM(_prev: this, dom: HTMLElement): boolean {
    this.decorateDOM(dom);
    return false;
  }

  private decorateDOM(dom: HTMLElement): void {
    const m = $getMeta(this, sectionState);
    setData(dom, { id: m.id, role: m.role, 'run-in': m.runIn ? 'true' : '', numbered: m.numbered === false ? 'false' : '' });
  }

  override isShadowRoot(): boolean {
    return false;
  }

  override canBeEmpty(): boolean {
    return false;
  }

  getMeta(): SectionMeta {
    return $getMeta(this, sectionState);
  }
}

export function $createSectionNode(meta: SectionMeta): SectionNode {
  const node = new SectionNode();
  return $setState(node, sectionState, meta);
}

export function $isSectionNode(node: LexicalNode | null | undefined): node is SectionNode {
  return node instanceof SectionNode;
}
