// A number bound to a computed count ("{{problems}}个具体问题"): an inline element whose text the CountsPlugin
// rewrites from the ledger; contenteditable=false keeps the caret and the IME out of it.
import { $setState, ElementNode, type LexicalNode } from 'lexical';
import { COUNT_LABEL } from '../../../../core/common/model/counts';
import type { CountRef } from '../../../../core/common/model/types';
import { $getMeta, metaState, setData } from './meta';

export type CountMeta = Omit<CountRef, 't'>;
export const countState = metaState<CountMeta>('qCount', { key: 'problems' });

export class CountNode extends ElementNode {
  override $config() {
    return this.config('q-count', { extends: ElementNode, stateConfigs: [{ stateConfig: countState, flat: true }] });
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('span');
    dom.className = 'q-count';
    dom.contentEditable = 'false';
    this.decorateDOM(dom);
    return dom;
  }

  override updateDOM(_prev: this, dom: HTMLElement): boolean {
    this.decorateDOM(dom);
    return false;
  }

  private decorateDOM(dom: HTMLElement): void {
    const m = $getMeta(this, countState);
    const shown = this.getTextContent();
    const differs = m.stated !== undefined && String(m.stated) !== shown;
    setData(dom, { count: m.key, differs: differs ? 'true' : '' });
    dom.title = `自动统计：${COUNT_LABEL[m.key]}${differs ? `（原文写作 ${m.stated}）` : ''}`;
  }

  getMeta(): CountMeta {
    return $getMeta(this, countState);
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): boolean {
    return true;
  }

  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }
}

export function $createCountNode(meta: CountMeta): CountNode {
  return $setState(new CountNode(), countState, meta);
}

export function $isCountNode(node: LexicalNode | null | undefined): node is CountNode {
  return node instanceof CountNode;
}
