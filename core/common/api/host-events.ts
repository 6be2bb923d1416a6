// Messages outside the request/response contract: host → renderer events (menu commands, files to open, close
// requests) and renderer → host state reports (unsaved changes). Both directions are validated like API payloads.
import * as v from 'valibot';
import { ApiError } from './contract';

const empty = v.object({});

/** The kinds of file the app opens: a draft file, a Word document or plain text (both imported as a new draft). */
export type OpenFileKind = 'draft' | 'docx' | 'text';

/** 20 MB: far above any notice; a bigger file is not something a clerk meant to open. */
export const MAX_OPEN_FILE_BYTES = 20 * 1024 * 1024;

export const INSERT_ITEMS = ['section', 'aspect', 'problem', 'measure', 'paragraph', 'date', 'contact'] as const;
export const FORMAT_ITEMS = ['normalize-punctuation', 'layout', 'fonts', 'profile'] as const;
export const VIEW_PANELS = ['outline', 'ledger', 'checks', 'versions'] as const;

/** Host → renderer. The renderer subscribes with `onHostEvent(name, handler)` (renderer/src/api.ts). */
export const HOST_EVENTS = {
  'menu.newDraft': empty, // 文件 → 新建 (Ctrl+N)
  'menu.saveVersion': empty, // 文件 → 保存版本 (Ctrl+S)
  'menu.exportDocx': empty, // 文件 → 导出 Word (Ctrl+Shift+E)
  'menu.exportPdf': empty, // 文件 → 导出 PDF (Ctrl+P)
  'menu.exportDraftFile': empty, // 文件 → 另存为文稿文件 (.qicao.json, for a colleague)
  'menu.find': empty, // 编辑 → 查找 (Ctrl+F)
  'menu.replace': empty, // 编辑 → 替换 (Ctrl+H)
  'menu.view': v.object({ panel: v.picklist(VIEW_PANELS) }), // 视图 → 大纲/整改台账/校对/版本
  'menu.insert': v.object({ item: v.picklist(INSERT_ITEMS) }), // 插入 → …
  'menu.format': v.object({ item: v.picklist(FORMAT_ITEMS) }), // 格式 → …
  /**
   * A file to open, already read by the host (打开 dialog, 最近打开, drag and drop, double-click, second start).
   * `{ name, base64 }` is exactly the contract's file input: kind 'draft' → drafts.importFile, else import.file.
   */
  'file.open': v.object({
    path: v.pipe(v.string(), v.maxLength(4096)),
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(260)),
    kind: v.picklist(['draft', 'docx', 'text']),
    base64: v.pipe(v.string(), v.maxLength(Math.ceil(MAX_OPEN_FILE_BYTES / 3) * 4)),
  }),
  /** The clerk chose 保存并关闭 in the close prompt: save, then report `{ dirty: false }` and the window closes. */
  'app.saveBeforeClose': empty,
} as const;

export type HostEventName = keyof typeof HOST_EVENTS;
export type HostEventPayload<N extends HostEventName> = v.InferOutput<(typeof HOST_EVENTS)[N]>;
export const HOST_EVENT_NAMES = Object.keys(HOST_EVENTS) as HostEventName[];

/** Renderer → host: state the host needs but never asks for (it is pushed whenever it changes). */
export const RENDERER_REPORTS = {
  /** Sent once the renderer subscribed to host events; files given at start are held until then. */
  'app.ready': empty,
  /** `dirty`: something would be lost if the window closed now (edits not yet autosaved, an export running). */
  'state.dirty': v.object({
    dirty: v.boolean(),
    title: v.optional(v.pipe(v.string(), v.maxLength(200))),
  }),
} as const;

export type RendererReportName = keyof typeof RENDERER_REPORTS;
export type RendererReport<N extends RendererReportName> = v.InferOutput<(typeof RENDERER_REPORTS)[N]>;
export const RENDERER_REPORT_NAMES = Object.keys(RENDERER_REPORTS) as RendererReportName[];

/** The IPC channel names both sides agree on (they carry `{ name, payload }`). */
export const HOST_EVENT_CHANNEL = 'qicao-host:event';
export const RENDERER_REPORT_CHANNEL = 'qicao-host:report';

export function isRendererReportName(name: unknown): name is RendererReportName {
  return typeof name === 'string' && Object.hasOwn(RENDERER_REPORTS, name);
}

function parse(schema: v.GenericSchema, what: string, payload: unknown): unknown {
  const r = v.safeParse(schema, payload ?? {});
  if (!r.success) {
    const path = v.getDotPath(r.issues[0]);
    throw new ApiError('bad-request', `消息参数无效（${what}${path ? ` · ${path}` : ''}）：${r.issues[0].message}`);
  }
  return r.output;
}

export function validateHostEvent<N extends HostEventName>(name: N, payload: unknown): HostEventPayload<N> {
  return parse(HOST_EVENTS[name] as v.GenericSchema, name, payload) as HostEventPayload<N>;
}

/** Validates a report from the renderer; throws ApiError('bad-request') for an unknown name or a bad payload. */
export function validateRendererReport(name: unknown, payload: unknown): { name: RendererReportName; payload: RendererReport<RendererReportName> } {
  if (!isRendererReportName(name)) throw new ApiError('unknown-channel', `未知的消息：${String(name)}`);
  return { name, payload: parse(RENDERER_REPORTS[name] as v.GenericSchema, name, payload) as RendererReport<RendererReportName> };
}

/** Which kind a file name is, from its extension; null for anything the app does not open. */
export function openFileKind(name: string): OpenFileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.qicao.json')) return 'draft';
  if (lower.endsWith('.docx')) return 'docx';
  if (lower.endsWith('.txt')) return 'text';
  return null;
}
