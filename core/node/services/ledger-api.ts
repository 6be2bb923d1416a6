// Ledger channels: tables read from the bytes a page or dialog sends, drafts created and saved in the library, the
// collection round's workbooks handed to the clerk through the host's FilePort.
import { basename } from 'node:path';
import type { LedgerOutputs } from '../../common/api/channels/ledger';
import { type Api, ApiError } from '../../common/api/contract';
import {
  type ParseOptions, applyLedgerTable, applyReturns, diffLedgerTable, draftFromLedger, parseLedgerGrid, planCollection, reviewReturns, unitFileName,
} from '../../common/ledger-table';
import type { Draft } from '../../common/model/types';
import { instantiateTemplate } from '../../common/templates/engine';
import type { Template } from '../../common/templates/schema';
import type { Library } from '../library';
import { USER_TEMPLATE_PREFIX } from '../library/templates';
import { LedgerFileError, MAX_LEDGER_BYTES, buildCollectWorkbook, ledgerGridFromBytes, returnedFromGrid } from '../ledger-files';
import { deliver } from './file-delivery';
import type { FilePort } from './ports';

type LedgerApi = Pick<Api, keyof LedgerOutputs>;
type FileIn = { name: string; base64: string };

async function grid(f: FileIn) {
  const bytes = new Uint8Array(Buffer.from(f.base64, 'base64'));
  if (bytes.length > MAX_LEDGER_BYTES) throw new ApiError('too-large', `“${f.name}”太大，不像一份整改台账。`);
  try {
    return await ledgerGridFromBytes(bytes, basename(f.name));
  } catch (e) {
    if (e instanceof LedgerFileError) throw new ApiError(e.code, e.message);
    throw e;
  }
}

const options = (i: { sheet?: number; headerRow?: number; mapping?: ParseOptions['mapping'] }): ParseOptions => ({
  ...(i.sheet !== undefined ? { sheet: i.sheet } : {}),
  ...(i.headerRow !== undefined ? { headerRow: i.headerRow } : {}),
  ...(i.mapping ? { mapping: i.mapping } : {}),
});

export function ledgerApi(lib: Library, templates: Template[], files: FilePort, now: () => string): LedgerApi {
  const returns = async (list: FileIn[]) => Promise.all(list.map(async (f) => returnedFromGrid(await grid(f))));
  /** The editor's draft saved first, so a version exists to go back to before the ledger changes. */
  const save = (draft: Draft, label: string): void => {
    lib.drafts.save(draft);
    lib.versions.createMilestone(draft.id, label);
  };
  return {
    'ledger.preview': async (i) => parseLedgerGrid(await grid(i.file), options(i)),
    'ledger.createDraft': async (i) => {
      const table = parseLedgerGrid(await grid(i.file), options(i));
      if (table.rows.length === 0) throw new ApiError('no-rows', '没有识别出任何问题，请在预览中指定“具体问题”所在的列。');
      let base: Draft;
      if (i.templateId.startsWith(USER_TEMPLATE_PREFIX)) base = lib.templates.instantiate(i.templateId.slice(USER_TEMPLATE_PREFIX.length));
      else {
        const t = templates.find((x) => x.id === i.templateId);
        if (!t) throw new ApiError('not-found', `没有名为“${i.templateId}”的模板。`);
        base = instantiateTemplate(t, { profile: lib.profile.get(), now: now() });
      }
      const draft = draftFromLedger(base, table.rows, now());
      lib.drafts.create(draft);
      return { draft: lib.drafts.get(draft.id), table };
    },
    'ledger.diffTable': async (i) => {
      const table = parseLedgerGrid(await grid(i.file), options(i));
      return { table, rows: diffLedgerTable(i.draft, table.rows) };
    },
    'ledger.applyTable': async (i) => {
      const table = parseLedgerGrid(await grid(i.file), options(i));
      const rows = diffLedgerTable(i.draft, table.rows);
      const keys = new Set(i.accepted);
      save(i.draft, '合并台账前');
      lib.drafts.save(applyLedgerTable(i.draft, table.rows, rows, keys, now()));
      return { draft: lib.drafts.get(i.draft.id), applied: rows.filter((r) => keys.has(r.key)).length };
    },
    'ledger.collect': async ({ draft, word }) => {
      const plan = planCollection(draft, now());
      if (plan.sheets.length === 0) throw new ApiError('empty-ledger', '整改台账中还没有问题，无法征集进展。');
      save(draft, `第${plan.draft.collection!.round}轮进展征集前`);
      lib.drafts.save(plan.draft);
      const out = [];
      for (const s of plan.sheets) {
        const r = await deliver(files, 'xlsx', unitFileName(s.meta.unit, s.meta.round), await buildCollectWorkbook(s));
        out.push({ ...r, unit: s.meta.unit, problems: s.rows.length });
        if (word) {
          const { buildCollectDocx } = await import('../../common/ledger-table/collect-docx');
          const d = await deliver(files, 'docx', unitFileName(s.meta.unit, s.meta.round).replace(/\.xlsx$/, '.docx'), await buildCollectDocx(s));
          out.push({ ...d, unit: s.meta.unit, problems: s.rows.length });
        }
      }
      return { draft: lib.drafts.get(draft.id), round: plan.draft.collection!.round, units: plan.sheets.length, files: out };
    },
    'ledger.reviewReturns': async ({ draft, files: list }) => reviewReturns(draft, await returns(list)),
    'ledger.applyReturns': async ({ draft, files: list, accepted }) => {
      const review = reviewReturns(draft, await returns(list));
      const keys = new Set(accepted);
      const applied = review.updates.filter((u) => keys.has(u.key) && u.problemId).length;
      save(draft, '合并征集表前');
      lib.drafts.save(applyReturns(draft, review, keys, now()));
      return { draft: lib.drafts.get(draft.id), applied };
    },
  };
}
