// Big pastes are parsed on a worker thread: parsing 5 MB takes seconds, and on the host's event loop every other
// request (the autosave of another window, the page's own scripts) would wait for it. Small ones stay in-process,
// where a thread hop would cost more than the parse. A parse past its time limit ends the worker, not the host.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiError } from '../../core/common/api/contract';
import { type NoticeParser, inProcessParser } from '../../core/node/services/notice-parser';

export interface WorkerParserOptions {
  /** Texts shorter than this are parsed in-process. */
  minChars?: number;
  timeoutMs?: number;
}

type Pending = { resolve: (r: Awaited<ReturnType<NoticeParser>>) => void; reject: (e: unknown) => void; timer: ReturnType<typeof setTimeout> };

export function workerParser(script: URL, opts: WorkerParserOptions = {}): { parse: NoticeParser; close: () => Promise<void> } {
  const minChars = opts.minChars ?? 100_000;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  // The worker script is a built bundle; running from sources (tests) there is none, and parsing stays in-process.
  if (!existsSync(fileURLToPath(script))) return { parse: inProcessParser, close: async () => undefined };
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (e: unknown): void => {
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(e);
    }
    pending.clear();
  };
  const start = (): Worker => {
    const w = new Worker(script);
    w.unref();
    w.on('message', (m: { id: number; ok: boolean; draft?: unknown; report?: unknown; message?: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      clearTimeout(p.timer);
      if (m.ok) p.resolve({ draft: m.draft, report: m.report } as Awaited<ReturnType<NoticeParser>>);
      else p.reject(new ApiError('import-failed', '这段文字无法解析为通报，未导入。请检查复制的内容。'));
    });
    w.on('error', () => failAll(new ApiError('import-failed', '解析文字时出错，未导入。请重试。')));
    w.on('exit', () => {
      if (worker === w) worker = null;
      failAll(new ApiError('import-failed', '解析文字时出错，未导入。请重试。'));
    });
    return w;
  };

  const parse: NoticeParser = (text, now) => {
    if (text.length < minChars) return inProcessParser(text, now);
    worker ??= start();
    const w = worker;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new ApiError('timeout', `解析粘贴的文字超过 ${Math.round(timeoutMs / 1000)} 秒仍未完成，已停止，未导入。请只复制通报正文。`));
        if (worker === w) worker = null;
        void w.terminate();
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      w.postMessage({ id, text, now });
    });
  };
  return {
    parse,
    close: async () => {
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
}
