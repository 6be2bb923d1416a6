// One open draft: the editor holds the body, the session holds everything else (fields, profile, options) and hands
// out complete drafts for saving and for the panels.
import type { LexicalEditor } from 'lexical';
import { parseChineseDate } from '../../../core/common/model/chinese-date';
import { isProfileKey } from '../../../core/common/model/fields';
import type { Draft, DraftFieldKey, FieldKey, UnitProfile } from '../../../core/common/model/types';
import { $ensureIds } from './commands/ids';
import { BlockCache } from './convert/block-cache';

/** A date typed in the text (2025年2月17日) → 2025-02-17, the form fields store; other text (a phone number that
 *  reads like 20250217) as typed. */
export function fieldValueFromText(text: string): string {
  return /^\s*\d{4}\s*年/.test(text) ? parseChineseDate(text) || text : text;
}

export class DraftSession {
  private ed: LexicalEditor | null = null;
  /** Conversions of unchanged top-level blocks are reused (convert/block-cache.ts). */
  private blocks = new BlockCache();
  private detach: (() => void) | null = null;
  /** Bumped when a field changes outside the editor, so the editor rewrites its FieldNodes. */
  fieldsVersion = 0;
  private draft: Draft;
  private listeners = new Set<() => void>();

  constructor(draft: Draft) {
    this.draft = draft;
  }

  get editor(): LexicalEditor | null {
    return this.ed;
  }

  set editor(e: LexicalEditor | null) {
    if (e === this.ed) return;
    this.detach?.();
    this.ed = e;
    this.detach = e ? this.blocks.attach(e) : null;
  }

  get current(): Draft {
    return this.draft;
  }

  /** The draft as it is now without touching the editor (no id fixing): cheap enough for every keystroke, safe
   *  mid-composition. For the local recovery copy; saves use snapshot(). */
  peek(): Draft {
    const editor = this.editor;
    return editor ? { ...this.draft, body: editor.getEditorState().read(() => this.blocks.$blocks()) } : this.draft;
  }

  /** The complete draft as it is now, ids fixed first (never mid-composition: that would disturb the IME). */
  snapshot(): Draft {
    const editor = this.editor;
    if (editor) {
      if (!editor.isComposing()) editor.update(() => void $ensureIds(), { discrete: true, tag: 'history-merge' });
      this.draft = { ...this.draft, body: editor.getEditorState().read(() => this.blocks.$blocks()) };
    }
    return this.draft;
  }

  setField(key: FieldKey, value: string, fromEditor = false): void {
    if (isProfileKey(key)) {
      const k = key.slice('profile.'.length) as keyof UnitProfile;
      if (this.draft.profile[k] === value) return;
      this.draft = { ...this.draft, profile: { ...this.draft.profile, [k]: value } };
    } else {
      if ((this.draft.fields[key as DraftFieldKey] ?? '') === value) return;
      this.draft = { ...this.draft, fields: { ...this.draft.fields, [key]: value } };
    }
    if (!fromEditor) this.fieldsVersion++;
    this.emit();
  }

  setUpdatedAt(updatedAt: string): void {
    this.draft = { ...this.draft, updatedAt };
  }

  subscribe(f: () => void): () => void {
    this.listeners.add(f);
    return () => this.listeners.delete(f);
  }

  emit(): void {
    for (const f of this.listeners) f();
  }
}
