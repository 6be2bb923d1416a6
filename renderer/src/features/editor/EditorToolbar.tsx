// The editor's toolbar: structure (新增方面/问题/措施, 上移/下移, 升级/降级), undo/redo, find, view and zoom.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $setSelection, type LexicalCommand, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import type { ConfirmRequest } from '../../components/ConfirmDialog';
import type { ReactNode } from 'react';
import {
  DELETE_BLOCK_COMMAND, DEMOTE_COMMAND, INSERT_ASPECT_COMMAND, INSERT_MEASURE_COMMAND, INSERT_PROBLEM_COMMAND,
  MOVE_BLOCK_COMMAND, PROMOTE_COMMAND,
} from '../../editor/commands/editor-commands';

export type ViewMode = 'page' | 'writing';

export interface ToolbarProps {
  view: ViewMode;
  /** The chosen zoom; 0 is 适合宽度 (the page scaled down to the window, never up). */
  zoom: number;
  onView: (v: ViewMode) => void;
  onZoom: (z: number) => void;
  onFind: (mode: 'find' | 'replace') => void;
  onSave: () => void;
  confirm: (r: ConfirmRequest) => Promise<boolean>;
  /** Document actions (导出…) shown after the editing groups. */
  children?: ReactNode;
}

export function EditorToolbar(p: ToolbarProps) {
  const [editor] = useLexicalComposerContext();
  // mousedown is cancelled so the caret stays in the text and the command acts where the clerk was typing.
  const btn = <T,>(label: string, title: string, cmd: LexicalCommand<T>, payload: T): ReactNode => (
    <button type="button" title={title} onMouseDown={(e) => e.preventDefault()} onClick={() => editor.dispatchCommand(cmd, payload)}>{label}</button>
  );
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="编辑工具栏">
      <span className="group">
        {btn('撤销', '撤销（Ctrl+Z）', UNDO_COMMAND, undefined)}
        {btn('重做', '重做（Ctrl+Y）', REDO_COMMAND, undefined)}
      </span>
      <span className="group">
        {btn('新增方面', '在整改情况中新增一个方面', INSERT_ASPECT_COMMAND, undefined)}
        {btn('新增问题', '新增具体问题（Ctrl+Enter）', INSERT_PROBLEM_COMMAND, undefined)}
        {btn('新增措施', '新增整改措施（在措施中按 Enter）', INSERT_MEASURE_COMMAND, undefined)}
      </span>
      <span className="group">
        {btn('上移', '上移本节（Alt+Shift+↑）', MOVE_BLOCK_COMMAND, 'up' as const)}
        {btn('下移', '下移本节（Alt+Shift+↓）', MOVE_BLOCK_COMMAND, 'down' as const)}
        {btn('升级', '提升一级（Shift+Tab）', PROMOTE_COMMAND, undefined)}
        {btn('降级', '降低一级（Tab）', DEMOTE_COMMAND, undefined)}
        <button type="button" title="删除光标所在的标题及其内容" onMouseDown={(e) => e.preventDefault()} onClick={() => {
          // The in-app dialog takes the focus: the caret is kept and put back before the command acts on it.
          const kept = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
          void p.confirm({
            title: '删除本节',
            message: '删除光标所在的这一节（或这个问题）及其全部内容？可以用“撤销”恢复。',
            confirm: '删除',
            danger: true,
          }).then((ok) => {
            if (!ok) return;
            editor.update(() => $setSelection(kept?.clone() ?? null), { discrete: true });
            editor.dispatchCommand(DELETE_BLOCK_COMMAND, undefined);
            editor.focus();
          });
        }}>删除本节</button>
      </span>
      <span className="group">
        <button type="button" title="查找（Ctrl+F）" onClick={() => p.onFind('find')}>查找</button>
        <button type="button" title="替换（Ctrl+H）" onClick={() => p.onFind('replace')}>替换</button>
        <button type="button" title="保存并留下版本（Ctrl+S）" onClick={p.onSave}>保存</button>
      </span>
      {p.children && <span className="group">{p.children}</span>}
      <span className="spacer" />
      <span className="group" role="radiogroup" aria-label="视图">
        <button type="button" role="radio" aria-checked={p.view === 'page'} className={p.view === 'page' ? 'on' : ''} onClick={() => p.onView('page')}>页面视图</button>
        <button type="button" role="radio" aria-checked={p.view === 'writing'} className={p.view === 'writing' ? 'on' : ''} onClick={() => p.onView('writing')}>写作视图</button>
      </span>
      <label className="zoom" title="缩放（Ctrl+= / Ctrl+-）">
        <select aria-label="缩放" value={p.zoom} onChange={(e) => p.onZoom(Number(e.target.value))}>
          <option value={0}>适合宽度</option>
          {[0.5, 0.75, 0.9, 1, 1.25, 1.5, 2].map((z) => <option key={z} value={z}>{Math.round(z * 100)}%</option>)}
        </select>
      </label>
    </div>
  );
}
