// Document channels: import a notice into the library as a new draft; proofread a draft.
import type { DocumentOutputs } from '../../common/api/channels/document';
import { type Api, ApiError } from '../../common/api/contract';
import { checkDraft } from '../../common/checks';
import { DraftRejectedError, validateDraft } from '../../common/api/draft-gate';
import { DRAFT_LIMITS, stripUnprintable } from '../../common/api/draft-schema';
import { formatReport } from '../../common/import';
import { describeProfileChange, mergeUnitProfile } from '../../common/model/profile-merge';
import type { Library } from '../library';
import { MAX_TEXT_BYTES, readNoticeFile } from '../readers';
import { type NoticeParser, inProcessParser } from './notice-parser';
import { readPreviousDraft } from './previous-draft';
import { withUploadedFile } from './uploads';

type DocumentApi = Pick<Api, keyof DocumentOutputs>;

/** A paste larger than any notice is refused whole, with a message, before it costs the clerk's machine anything. */
function acceptPaste(text: string): string {
  // Refused before parsing: a draft may not hold more text than this anyway (the draft schema's limit).
  const limit = Math.min(MAX_TEXT_BYTES, DRAFT_LIMITS.importChars);
  if (text.length > limit) {
    throw new ApiError('too-large', `粘贴的内容有 ${text.length} 字，远超一份通报的篇幅（上限 ${limit} 字），未导入。请只复制通报正文。`);
  }
  if (!text.trim()) throw new ApiError('empty', '没有可导入的文字。');
  return stripUnprintable(text);
}

export function documentApi(lib: Library, now: () => string, parse: NoticeParser = inProcessParser): DocumentApi {
  const store = async (text: string, encoding: string) => {
    const imported = await parse(text, now());
    // 单位信息 fills what the notice left out; what it published (a phone number, a mailbox) is kept and differences
    // are reported, never silently replaced.
    const { draft, changes } = mergeUnitProfile(imported.draft, lib.profile.get(), 'fill');
    const report = { ...imported.report, notes: [...imported.report.notes, ...changes.map(describeProfileChange)] };
    lib.drafts.create(draft); // the library's gate refuses what no editor could show (e.g. a 3,000,000-字 title)
    return { draft: lib.drafts.get(draft.id), report, reportText: formatReport(report), encoding };
  };
  return {
    'import.text': async ({ text }) => store(acceptPaste(text), 'text'),
    'import.parseText': async ({ text }) => {
      const { draft, report } = await parse(acceptPaste(text), now());
      // What goes into the editor must also be savable: the same gate as the library, before the clerk sees it.
      try {
        validateDraft(draft);
      } catch (e) {
        if (e instanceof DraftRejectedError) throw new ApiError('too-large', `粘贴的内容超出一篇文稿的上限，未插入：${e.message.replace(/^文稿内容无效：/, '')}`);
        throw e;
      }
      return { body: draft.body, report };
    },
    'import.file': async ({ name, base64 }) => {
      // The same bound as a paste, checked after reading (the readers bound the bytes) and before parsing.
      // The readers take a path (file dialogs give paths); bytes from a page go through a private temp file.
      const file = await withUploadedFile(name, base64, (path) => readNoticeFile(path, { name }));
      if (file.text.length > DRAFT_LIMITS.importChars) {
        throw new ApiError('too-large', `“${name}”有 ${file.text.length} 字，远超一份通报的篇幅（上限 ${DRAFT_LIMITS.importChars} 字），未导入。`);
      }
      return store(file.text, file.encoding);
    },
    'checks.run': async ({ draft }) => {
      const ignored = new Set(lib.findings.list(draft.id));
      const previous = readPreviousDraft(lib, draft);
      const all = checkDraft(draft, { previous: previous.kind === 'found' ? previous.draft : undefined });
      const findings = all.filter((f) => !ignored.has(f.id));
      const ignoredFindings = all.filter((f) => ignored.has(f.id));
      const note = previous.kind === 'purged' || previous.kind === 'unreadable' ? `${previous.message}未做与上年文稿的雷同检查。` : undefined;
      return { findings, ignored: ignoredFindings.length, ignoredFindings, ...(note ? { note } : {}) };
    },
    'checks.ignore': async ({ draftId, findingId }) => {
      lib.findings.ignore(draftId, findingId);
      return { ok: true };
    },
    'checks.unignore': async ({ draftId, findingId }) => {
      lib.findings.unignore(draftId, findingId);
      return { ok: true };
    },
  };
}
