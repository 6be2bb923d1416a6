// A field in the text ({{unitName}}, {{feedbackDate}}): an inline ElementNode around an ordinary TextNode holding the
// value, so IME composition inside it is plain text editing (STYLE.md; token/segmented nodes break IME, cf.
// facebook/lexical#3167, #4456). Empty = missing value: shown with its label and highlighted, not editable in place.
import { $setState, ElementNode, type LexicalNode } from 'lexical';
import { fieldDef } from '../../../../core/common/model/fields';
import type { FieldKey } from '../../../../core/common/model/types';
import { $getMeta, metaState, setData } from './meta';

export interface FieldMeta {
  key: FieldKey;
}
export const fieldState = metaState<FieldMeta>('qField', { key: 'unitName' });

export class FieldNode extends ElementNode {
  override $config() {
    return this.config('q-field', { extends: ElementNode, stateConfigs: [{ stateConfig: fieldState, flat: true }] });
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('span');
    dom.className = 'q-field';
    this.decorateDOM(dom);
    return dom;
  }

  override updateDOM(_prev: this, dom: HTMLElement): boolean {
    this.decorateDOM(dom);
    return false;
  }

  private decorateDOM(dom: HTMLElement): void {
    const key = this.getKeyName();
    const missing = this.getChildrenSize() === 0;
    setData(dom, { field: key, label: fieldDef(key)?.label ?? key, missing: missing ? 'true' : '' });
    dom.title = `字段：${fieldDef(key)?.label ?? key}（在右侧“字段”中修改，全文同步）`;
    // An empty inline element cannot hold a caret reliably; the missing marker is CSS content, not text.
    if (missing) dom.contentEditable = 'false';
    else dom.removeAttribute('contenteditable');
  }

  getKeyName(): FieldKey {
    return $getMeta(this, fieldState).key;
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): boolean {
    return true;
  }

  // Typing next to a field goes outside it, as with links.
  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }
}

export function $createFieldNode(key: FieldKey): FieldNode {
  return $setState(new FieldNode(), fieldState, { key });
}

export function $isFieldNode(node: LexicalNode | null | undefined): node is FieldNode {
  return node instanceof FieldNode;
}
