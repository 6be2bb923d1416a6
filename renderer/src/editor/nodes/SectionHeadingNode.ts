// The heading text of a section. Its ordinal is shown by CSS from data-ordinal, so the caret and IME never reach it.
import { $createParagraphNode, $getState, ElementNode, type LexicalNode, type ParagraphNode, type RangeSelection } from 'lexical';
import { $isSectionNode, sectionState } from './SectionNode';
import { leafDOM, markEmpty } from './meta';

export class SectionHeadingNode extends ElementNode {
  override $config() {
    return this.config('q-heading', { extends: ElementNode });
  }

  override createDOM(): HTMLElement {
    return leafDOM('h3', 'q-heading', this.getChildrenSize() === 0, this.placeholder());
  }

  override updateDOM(_prev: this, dom: HTMLElement): boolean {
    markEmpty(dom, this.getChildrenSize() === 0, this.placeholder());
    return false;
  }

  private placeholder(): string {
    const parent = this.getParent();
    const guidance = $isSectionNode(parent) ? $getState(parent, sectionState).guidance : undefined;
    return guidance ?? '请输入标题';
  }

  /** Enter in a heading starts the section's body, not another heading. */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): ParagraphNode {
    const p = $createParagraphNode();
    this.insertAfter(p, restoreSelection);
    return p;
  }

  override collapseAtStart(): boolean {
    return true;
  }

  override canBeEmpty(): boolean {
    return true;
  }
}

export function $createSectionHeadingNode(): SectionHeadingNode {
  return new SectionHeadingNode();
}

export function $isSectionHeadingNode(node: LexicalNode | null | undefined): node is SectionHeadingNode {
  return node instanceof SectionHeadingNode;
}
