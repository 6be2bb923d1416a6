// Small drafts and temp library folders for the library/store tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyDraft, paragraph, problem, section } from '../../core/common/model/build';
import type { Block, DocType, Draft } from '../../core/common/model/types';
import { type Library, type LibraryOptions, createLibrary } from '../../core/node/library';

/** A draft with a title and one paragraph per string. */
export function simpleDraft(title: string, paragraphs: string[], opts: { docType?: DocType; docDate?: string; year?: string } = {}): Draft {
  const d = emptyDraft(opts.docType ?? 'rectification', '2025-01-01T00:00:00.000Z');
  d.fields.title = title;
  if (opts.docDate) d.fields.docDate = opts.docDate;
  if (opts.year) d.fields.year = opts.year;
  d.body = paragraphs.map((p) => paragraph(p));
  return d;
}

/** A small 通报 with one aspect holding a done, a mostly-done and a not-done problem. */
export function smallRectification(): Draft {
  const d = emptyDraft('rectification', '2024-02-01T00:00:00.000Z');
  d.fields = {
    title: '中共某某县司法局党组关于2024年巡察整改进展情况的通报',
    signer: '中共某某县司法局党组',
    docDate: '2024-02-17',
    docNumber: '某司党〔2024〕3号',
    inspectionStart: '2023-04-20',
    inspectionEnd: '2023-05-31',
    feedbackDate: '2023-07-04',
    year: '2024',
  };
  const body: Block[] = [
    paragraph('根据县委统一部署，县委第二巡察组对我局开展了巡察。', 'preamble'),
    section('rectification', '巡察反馈问题的整改情况', [
      section('aspect', '贯彻落实党中央决策部署方面', [
        problem('理论学习不够深入', [], { status: 'done', statusPhrase: '已完成整改' }),
        problem('普法责任制落实不到位', [], { status: 'mostly-done', statusPhrase: '已基本完成整改', deadline: '2024年12月底' }),
      ]),
      section('aspect', '全面从严治党方面', [problem('财务管理制度执行不严', [], { status: 'done' })]),
      section('aspect', '组织建设方面', [problem('支部组织生活不规范', [], { status: 'not-done' })]),
    ]),
    paragraph('全年召开专题会议12次，培训干部260余人次，整改完成率达97.14%，整理档案38卷。'),
  ];
  d.body = body;
  return d;
}

export interface TempLibrary {
  dir: string;
  library: Library;
  /** A controllable clock: advance(ms) moves it. */
  clock: { now: Date; advance(ms: number): void; fn: () => Date };
  reopen(extra?: Partial<LibraryOptions>): Promise<Library>;
  cleanup(): void;
}

export function tempDir(prefix = 'qicao-lib-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function fakeClock(start = '2025-03-01T09:00:00.000Z'): TempLibrary['clock'] {
  const c = {
    now: new Date(start),
    advance(ms: number) {
      c.now = new Date(c.now.getTime() + ms);
    },
    fn: () => c.now,
  };
  return c;
}

export async function openTempLibrary(extra: Partial<LibraryOptions> = {}): Promise<TempLibrary> {
  const dir = tempDir();
  const clock = fakeClock();
  const t: TempLibrary = {
    dir,
    clock,
    library: await createLibrary({ dataDir: dir, clock: clock.fn, durability: 'normal', ...extra }),
    async reopen(more = {}) {
      t.library.close();
      t.library = await createLibrary({ dataDir: dir, clock: clock.fn, durability: 'normal', ...extra, ...more });
      return t.library;
    },
    cleanup() {
      t.library.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}
