// The API contract: one list of channels with input validators and output types. The Electron preload, the
// main-process handlers and the browser host's HTTP routes are all generated from CHANNELS.
import * as v from 'valibot';
import { APP_CHANNELS, type AppOutputs } from './channels/app';
import { DOCUMENT_CHANNELS, type DocumentOutputs } from './channels/document';
import { EXPORT_CHANNELS, type ExportOutputs } from './channels/export';
import { LEDGER_CHANNELS, type LedgerOutputs } from './channels/ledger';
import { LIBRARY_CHANNELS, type LibraryOutputs } from './channels/library';
import { DRAFT_LIMITS } from './draft-schema';
import { shapeProblem } from './draft-gate';
import { issueText } from './issue-text';
import { REVIEW_CHANNELS, type ReviewOutputs } from './channels/review';

export type { AppInfo } from './channels/app';
export type { FileResult } from './channels/common';
export type { CheckOutput, ImportOutput } from './channels/document';
export type { FontCheck } from './channels/export';
export type { CollectOutput } from './channels/ledger';
export type { BackupItem, CarryForwardOutput, DraftListItem, VersionItem } from './channels/library';
export type { ReviewAcceptOutput, ReviewOpenOutput } from './channels/review';

/** Every channel, by group. Adding a channel: its validator in a group file, its output type beside it. */
export const CHANNELS = {
  ...APP_CHANNELS,
  ...LIBRARY_CHANNELS,
  ...DOCUMENT_CHANNELS,
  ...EXPORT_CHANNELS,
  ...REVIEW_CHANNELS,
  ...LEDGER_CHANNELS,
} as const;

export type Channel = keyof typeof CHANNELS;
export const CHANNEL_NAMES = Object.keys(CHANNELS) as Channel[];

export type ApiOutputs = AppOutputs & LibraryOutputs & DocumentOutputs & ExportOutputs & ReviewOutputs & LedgerOutputs;

export type ApiInput<C extends Channel> = v.InferOutput<(typeof CHANNELS)[C]>;
export type ApiOutput<C extends Channel> = ApiOutputs[C];

/** What a host implements and what the renderer calls: one async function per channel. */
export type Api = { [C in Channel]: (input: ApiInput<C>) => Promise<ApiOutput<C>> };

/** An error meant for the clerk: `message` is Chinese and shown as is; `code` lets the UI react. */
export interface ApiErrorBody {
  code: string;
  message: string;
}

export class ApiError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(CHANNELS, name);
}

/**
 * Validates a transport payload; throws ApiError('bad-request') with one Chinese sentence naming the bad value.
 * The shape (nesting, size, prototype keys) is checked first without recursion, so no payload can overflow the stack.
 */
export function validateInput<C extends Channel>(channel: C, input: unknown): ApiInput<C> {
  const shape = shapeProblem(input ?? {}, { depth: DRAFT_LIMITS.depth + 2, nodes: DRAFT_LIMITS.nodes + 1000 });
  if (shape) throw new ApiError('bad-request', `请求参数无效：${shape}。`);
  const r = v.safeParse(CHANNELS[channel], input ?? {});
  if (!r.success) throw new ApiError('bad-request', `请求参数无效：${issueText(r.issues[0])}。`);
  return r.output as ApiInput<C>;
}

/** Dispatches a validated call to an implementation; the shared core of every transport. */
export async function dispatch(api: Api, channel: unknown, input: unknown): Promise<unknown> {
  if (!isChannel(channel)) throw new ApiError('unknown-channel', `未知的接口：${String(channel).slice(0, 80)}`);
  const valid = validateInput(channel, input);
  return (api[channel] as (i: unknown) => Promise<unknown>)(valid);
}

/** Errors thrown on purpose with a message for the clerk (Chinese, no stack), by class name → code when they carry none. */
const CLERK_ERRORS: Record<string, string> = {
  LibraryError: 'library', CorruptLibraryError: 'corrupt', TooNewLibraryError: 'too-new', NoticeReadError: 'unreadable',
  DraftFileError: 'invalid-draft', DraftRejectedError: 'invalid-draft', DraftVersionError: 'invalid-draft',
  FileWriteError: 'write-failed', BrowserNotFoundError: 'no-browser', TemplateError: 'template', PlaceholderError: 'template',
  ExportTimeoutError: 'timeout',
};

export const INTERNAL_MESSAGE = '起草后台处理这个请求时出错，操作没有完成，已保存的内容没有改动。请重试；如果反复出现，请把操作步骤反馈给维护人员。';

/**
 * Turns any thrown value into the body a transport sends back. Errors meant for the clerk keep their Chinese
 * message and get a stable code (a LibraryError's kind, a reader's code); anything else is a bug and is reported
 * with a generic Chinese sentence and code 'internal' — never its English text, a stack or a path.
 */
export function toErrorBody(e: unknown): ApiErrorBody {
  if (e instanceof ApiError) return { code: e.code, message: e.message };
  const err = (typeof e === 'object' && e !== null ? e : {}) as { code?: unknown; kind?: unknown; message?: unknown; name?: unknown };
  const name = typeof err.name === 'string' ? err.name : '';
  const message = typeof err.message === 'string' ? err.message : '';
  if (Object.hasOwn(CLERK_ERRORS, name) && /[\u4e00-\u9fff]/.test(message)) {
    const code = typeof err.kind === 'string' ? err.kind : typeof err.code === 'string' && /^[a-z][a-z-]*$/.test(err.code) ? err.code : CLERK_ERRORS[name]!;
    return { code, message };
  }
  return { code: 'internal', message: INTERNAL_MESSAGE };
}

/** The HTTP status for an error code: 4xx for what the caller can fix, 5xx only for the host's own failures. */
export function httpStatusFor(code: string): number {
  if (code === 'unknown-channel' || code === 'not-found' || code === 'missing') return 404;
  if (code === 'conflict') return 409;
  if (code === 'too-large') return 413;
  if (code === 'locked') return 423;
  if (code === 'timeout') return 504;
  if (code === 'internal' || code === 'io' || code === 'disk-full' || code === 'read-only' || code === 'corrupt' || code === 'no-browser' || code.startsWith('library-')) return 500;
  return 400;
}
