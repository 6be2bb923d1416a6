// The body as model blocks, converted again only where the editor changed: each block's conversion is kept until an
// update marks its node (or anything inside it: Lexical marks every ancestor of a changed node dirty). Typing in
// one measure of a putian-size draft then converts one problem and its sections, not the whole draft — the local
// recovery copy is taken within 50 ms of every change, and converting 17,000 字 each time showed in typing latency.
import { $getRoot, HISTORIC_TAG, type LexicalEditor, type LexicalNode } from 'lexical';
import type { Block } from '../../../../core/common/model/types';
import { $nodeToBlock } from './editor-to-draft';

/** An update that may have replaced any node's content without marking it: undo/redo and setEditorState (which marks
 *  only the root and reconciles everything). Typing, commands and transforms mark every node they change. */
export function replacesWholeState(u: { dirtyElements: Map<string, boolean>; dirtyLeaves: Set<string>; tags: Set<string> }): boolean {
  return u.tags.has(HISTORIC_TAG) || (u.dirtyLeaves.size === 0 && (u.dirtyElements.size === 0 || (u.dirtyElements.size === 1 && u.dirtyElements.has('root'))));
}

/** Far more blocks than a draft holds (a 60,000-字 draft has about 700). */
const MAX_ENTRIES = 20_000;

export class BlockCache {
  private blocks = new Map<string, Block | null>();

  /** Follows the editor's updates; returns the unregister function. */
  attach(editor: LexicalEditor): () => void {
    this.blocks.clear();
    return editor.registerUpdateListener((u) => {
      if (replacesWholeState(u)) this.blocks.clear();
      else for (const key of u.dirtyElements.keys()) this.blocks.delete(key);
    });
  }

  /** Inside a read of the editor's current state. */
  $blocks(): Block[] {
    // Entries of removed nodes are not looked up again; the map is only kept from growing without bound.
    if (this.blocks.size > MAX_ENTRIES) this.blocks.clear();
    // Every block at every depth: typing in one measure converts its problem and the sections above it, not the
    // 37 other problems of the section that holds the ledger.
    const toBlocks = (nodes: LexicalNode[]): Block[] => {
      const out: Block[] = [];
      for (const n of nodes) {
        const key = n.getKey();
        let b = this.blocks.get(key);
        if (b === undefined) {
          b = $nodeToBlock(n, toBlocks);
          this.blocks.set(key, b);
        }
        if (b) out.push(b);
      }
      return out;
    };
    return toBlocks($getRoot().getChildren());
  }
}
