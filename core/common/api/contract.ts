// The API contract: one list of channels with input validators and output types. The Electron preload, the
// main-process handlers and the browser host's HTTP routes are all generated from CHANNELS.
import * as v from 'valibot';
import { APP_CHANNELS, type AppOutputs } from './channels/app';
import { DOCUMENT_CHANNELS, type DocumentOutputs } from './channels/document';
import { EXPORT_CHANNELS, type ExportOutputs } from './channels/export';
import { LEDGER_CHANNELS, type LedgerOutputs } from './channels/ledger';
import { LIBRARY_CHANNELS, type LibraryOutputs } from './channels/library';

export type { AppInfo } from './channels/app';
export type { FileResult } from './channels/common';
export type { CheckOutput, ImportOutput } from './channels/document';
export type { FontCheck } from './channels/export';
export type { CollectOutput } from './channels/ledger';
export type { BackupItem, CarryForwardOutput, DraftListItem, VersionItem } from './channels/library';

/** Every channel, by group. Adding a channel: its validator in a group file, its output type beside it. */
export const CHANNELS = {
  ...APP_CHANNELS,
  ...LIBRARY_CHANNELS,
  ...DOCUMENT_CHANNELS,
  ...EXPORT_CHANNELS,
  ...LEDGER_CHANNELS,
} as const;

export type Channel = keyof typeof CHANNELS;
export const CHANNEL_NAMES = Object.keys(CHANNELS) as Channel[];

export type ApiOutputs = AppOutputs & LibraryOutputs & DocumentOutputs & ExportOutputs & LedgerOutputs;

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

/** Validates a transport payload; throws ApiError('bad-request') naming the first bad value. */
export function validateInput<C extends Channel>(channel: C, input: unknown): ApiInput<C> {
  const r = v.safeParse(CHANNELS[channel], input ?? {});
  if (!r.success) {
    const issue = r.issues[0];
    const path = v.getDotPath(issue);
    throw new ApiError('bad-request', `请求参数无效（${channel}${path ? ` · ${path}` : ''}）：${issue.message}`);
  }
  return r.output as ApiInput<C>;
}

/** Dispatches a validated call to an implementation; the shared core of every transport. */
export async function dispatch(api: Api, channel: unknown, input: unknown): Promise<unknown> {
  if (!isChannel(channel)) throw new ApiError('unknown-channel', `未知的接口：${String(channel)}`);
  const valid = validateInput(channel, input);
  return (api[channel] as (i: unknown) => Promise<unknown>)(valid);
}

/** Turns any thrown value into the body a transport sends back. Unknown errors keep their text but get a code. */
export function toErrorBody(e: unknown): ApiErrorBody {
  if (e instanceof ApiError) return { code: e.code, message: e.message };
  const err = e as { code?: unknown; message?: unknown; name?: unknown };
  const message = typeof err?.message === 'string' ? err.message : String(e);
  const code = typeof err?.code === 'string' ? err.code : typeof err?.name === 'string' ? err.name : 'internal';
  return { code, message };
}
