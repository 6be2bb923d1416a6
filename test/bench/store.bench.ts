// Library store benchmarks: autosave of a putian-size draft, search over 1,000 drafts (2- and 4-character queries),
// the lazy index refresh a search pays after an autosave, and opening a 1,000-draft library.
import { rmSync } from 'node:fs';
import { paragraph } from '../../core/common/model/build';
import type { Draft } from '../../core/common/model/types';
import { type Library, createLibrary } from '../../core/node/library';
import { tempDir } from '../support/library-drafts';
import { printedChars, putianSizeDraft, syntheticRectificationDraft } from '../support/synthetic-draft';
import type { Benchmark } from './harness';

function autosave(durability: 'full' | 'normal'): Benchmark {
  let dir = '';
  let lib: Library;
  let draft: Draft;
  let n = 0;
  return {
    name: `自动保存 putian 规模文稿（synchronous=${durability.toUpperCase()}）`,
    target: '≤ 10 ms',
    runs: 100,
    warmup: 5,
    async setup() {
      dir = tempDir('qicao-bench-');
      lib = await createLibrary({ dataDir: dir, durability });
      draft = putianSizeDraft();
      lib.drafts.create(draft);
    },
    run() {
      n++;
      draft.fields.docNumber = `莆司党〔2025〕${n}号`;
      lib.drafts.save(draft);
    },
    extra: () => ({ 字数: String(printedChars(draft)), JSON: `${(JSON.stringify(draft).length / 1024).toFixed(0)} KB` }),
    teardown() {
      lib.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One library of 1,000 generated drafts shared by the search benchmarks. */
const corpus = {
  dir: '',
  lib: null as Library | null,
  chars: 0,
  async open(): Promise<Library> {
    if (this.lib) return this.lib;
    this.dir = tempDir('qicao-bench-search-');
    const lib = await createLibrary({ dataDir: this.dir, durability: 'normal', dailyBackup: false });
    lib.store.db.transaction(() => {
      for (let i = 0; i < 1000; i++) {
        const d = syntheticRectificationDraft({ seed: 1000 + i, problems: 20 + (i % 30), charsTarget: 6000 + (i % 12) * 1000 });
        d.fields.title = `中共${['莆田', '福州', '厦门', '泉州', '漳州'][i % 5]}市第${i}局党组关于巡察整改进展情况的通报`;
        if (i % 50 === 0) d.body.push(paragraph('推进智慧矫正平台建设，实现社区矫正对象动态监管。'));
        lib.drafts.create(d);
        this.chars += printedChars(d);
      }
    })();
    lib.search.refreshIndex();
    this.lib = lib;
    return lib;
  },
  close() {
    this.lib?.close();
    this.lib = null;
    rmSync(this.dir, { recursive: true, force: true });
  },
};

function search(name: string, text: string, last = false): Benchmark {
  let hits = 0;
  let lib: Library;
  return {
    name,
    target: '≤ 100 ms',
    runs: 20,
    async setup() {
      lib = await corpus.open();
    },
    run() {
      hits = lib.search.query({ text, limit: 50 }).length;
    },
    extra: () => ({ 命中: String(hits), 文稿: '1000', 总字数: `${(corpus.chars / 10_000).toFixed(0)} 万` }),
    teardown() {
      if (last) corpus.close();
    },
  };
}

function reindexAfterAutosave(): Benchmark {
  let dir = '';
  let lib: Library;
  let draft: Draft;
  let n = 0;
  return {
    name: '自动保存后首次搜索的索引更新（1 份 putian 规模文稿）',
    target: '≤ 50 ms',
    runs: 20,
    async setup() {
      dir = tempDir('qicao-bench-');
      lib = await createLibrary({ dataDir: dir, durability: 'normal' });
      draft = putianSizeDraft();
      lib.drafts.create(draft);
    },
    run() {
      draft.fields.docNumber = `${++n}`;
      lib.drafts.save(draft);
      lib.search.refreshIndex();
    },
    teardown() {
      lib.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function openLibrary(): Benchmark {
  let dir = '';
  return {
    name: '打开 1,000 份文稿的资料库（锁、quick_check、迁移检查）',
    target: '≤ 500 ms',
    runs: 5,
    async setup() {
      dir = tempDir('qicao-bench-open-');
      const lib = await createLibrary({ dataDir: dir, durability: 'normal', dailyBackup: false });
      lib.store.db.transaction(() => {
        for (let i = 0; i < 1000; i++) lib.drafts.create(syntheticRectificationDraft({ seed: i, charsTarget: 12_000 }));
      })();
      lib.close();
    },
    async run() {
      (await createLibrary({ dataDir: dir, dailyBackup: false })).close();
    },
    teardown() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const benchmarks: Benchmark[] = [
  autosave('full'),
  autosave('normal'),
  reindexAfterAutosave(),
  search('搜索 1,000 份文稿：2 字“矫正”（LIKE）', '矫正'),
  search('搜索 1,000 份文稿：4 字“法律援助”（FTS5 trigram）', '法律援助'),
  search('搜索 1,000 份文稿：6 字“智慧矫正平台”（FTS5，20 份命中）', '智慧矫正平台', true),
  openLibrary(),
];
export default benchmarks;
