// 整改措施: one measure of a problem; its marker (一是/（1）, and the 整改情况：… lead on the first) is computed.
import { $setState, ElementNode, type LexicalNode, type RangeSelection } from 'lexical';
import type { Measure } from '../../../../core/common/model/types';
import { newId } from '../../../../core/common/model/ids';
import { $getMeta, leafDOM, markEmpty, metaState, setData } from './meta';

export type MeasureMeta = Omit<Measure, 'content'>;
export const measureState = metaState<MeasureMeta>('qMeasure', { id: '' });

export class MeasureNode extends ElementNode {
  override $config() {
    return this.config('q-measure', { extends: ElementNode, stateConfigs: [{ stateConfig: measureState, flat: true }] });
  }

  override createDOM(): HTMLElement {
    const dom = leafDOM('p', 'q-measure', this.getChildrenSize() === 0, '请输入整改措施');
    setData(dom, { id: $getMeta(this, measureState).id });
    return dom;
  }

  override updateDOM(_prev: this, dom: HTMLElement): boolean {
    markEmpty(dom, this.getChildrenSize() === 0, '请输入整改措施');
    setData(dom, { id: $getMeta(this, measureState).id });
    return false;
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): MeasureNode {
    const m = $createMeasureNode({ id: newId('m') });
    this.insertAfter(m, restoreSelection);
    return m;
  }

  override collapseAtStart(): boolean {
    return true;
  }

  getMeta(): MeasureMeta {
    return $getMeta(this, measureState);
  }
}

export function $createMeasureNode(meta: MeasureMeta): MeasureNode {
  return $setState(new MeasureNode(), measureState, meta);
}

export function $isMeasureNode(node: LexicalNode | null | undefined): node is MeasureNode {
  return node instanceof MeasureNode;
}
