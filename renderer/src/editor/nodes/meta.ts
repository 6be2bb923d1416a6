// Node state helpers: each structural node keeps the model's non-text properties as one plain object, so the
// round trip to the model is exact and new model properties survive the editor untouched.
import { $getState, $setState, type LexicalNode, type StateConfig, createState } from 'lexical';

export type MetaState<T> = StateConfig<string, T>;

export function metaState<T extends object>(key: string, defaults: T): MetaState<T> {
  return createState(key, {
    parse: (v: unknown): T => (v && typeof v === 'object' ? { ...defaults, ...(v as Partial<T>) } : defaults),
    // Compare by content so re-setting an equal object does not mark the node dirty.
    isEqual: (a: T, b: T) => a === b || JSON.stringify(a) === JSON.stringify(b),
  });
}

export function $getMeta<T>(node: LexicalNode, state: MetaState<T>): T {
  return $getState(node, state);
}

export function $patchMeta<T extends object, N extends LexicalNode>(node: N, state: MetaState<T>, patch: Partial<T>): N {
  return $setState(node, state, (prev: T) => ({ ...prev, ...patch }));
}

/** Sets data-* attributes on a node's DOM element, removing those whose value is empty. */
export function setData(dom: HTMLElement, attrs: Record<string, string | undefined | null | false>): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false || v === '') dom.removeAttribute(`data-${k}`);
    else if (dom.getAttribute(`data-${k}`) !== v) dom.setAttribute(`data-${k}`, v);
  }
}

/** A leaf block (heading, problem title, measure, item): its DOM says whether it is empty, for the placeholder. */
export function leafDOM(tag: string, className: string, isEmpty: boolean, placeholder: string): HTMLElement {
  const dom = document.createElement(tag);
  dom.className = className;
  markEmpty(dom, isEmpty, placeholder);
  return dom;
}

export function markEmpty(dom: HTMLElement, isEmpty: boolean, placeholder: string): void {
  setData(dom, { empty: isEmpty ? 'true' : '', placeholder: isEmpty ? placeholder : '' });
}
